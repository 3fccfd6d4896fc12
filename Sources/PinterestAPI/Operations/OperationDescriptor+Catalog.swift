// The 31 operations of BoardsApi, PinsApi and UserAccountApi, from the spec's paths, security
// requirements and response tables (reference: pinterest-api-notes.md §1.5 and §4).

extension OperationDescriptor {
    // MARK: Scope sets

    private static let boardsRead = ["boards:read"]
    private static let boardsWrite = ["boards:read", "boards:write"]
    private static let boardsAndPinsRead = ["boards:read", "pins:read"]
    private static let pinsWrite = ["boards:read", "boards:write", "pins:read", "pins:write"]
    private static let accountRead = ["user_accounts:read"]
    private static let accountWrite = ["user_accounts:write"]
    private static let topPinsRead = ["pins:read", "user_accounts:read"]

    // MARK: Shared error tables

    /// The generic `Pinterest.Lib.Error` responses of boards and pins operations, for `subject`.
    private static func standardErrors(_ subject: String) -> [Int: String] {
        collectionErrors(subject).merging([404: "\(subject) not found"]) { $1 }
    }

    /// The errors of an operation on a collection (`/boards`): no object of the path can be missing, so a
    /// 404 has no documented meaning (see `meaning(ofStatus:)`).
    private static func collectionErrors(_ subject: String) -> [Int: String] {
        [
            400: "the request had invalid data",
            403: "not permitted to access this \(subject)",
        ]
    }

    private static let analyticsErrors: [Int: String] = [
        400: "invalid analytics parameters: dates must be within the last 90 days",
        403: "not authorized to see these analytics",
        404: "pin not found",
    ]

    // MARK: Boards

    public static let boardsList = OperationDescriptor(
        "boards/list", .get, "/boards", scopes: boardsRead, errors: collectionErrors("board"))
    public static let boardsGet = OperationDescriptor(
        "boards/get", .get, "/boards/{board_id}", scopes: boardsRead, errors: standardErrors("board"))
    public static let boardsCreate = OperationDescriptor(
        "boards/create", .post, "/boards", scopes: boardsWrite, errors: collectionErrors("board"))
    public static let boardsUpdate = OperationDescriptor(
        "boards/update", .patch, "/boards/{board_id}", scopes: boardsWrite, errors: standardErrors("board"))
    public static let boardsDelete = OperationDescriptor(
        "boards/delete", .delete, "/boards/{board_id}", scopes: boardsWrite, errors: standardErrors("board"))
    public static let boardsListPins = OperationDescriptor(
        "boards/list_pins", .get, "/boards/{board_id}/pins", scopes: boardsAndPinsRead,
        errors: [404: "board not found"])

    // MARK: Board sections

    public static let boardSectionsList = OperationDescriptor(
        "board_sections/list", .get, "/boards/{board_id}/sections", scopes: boardsRead)
    public static let boardSectionsCreate = OperationDescriptor(
        "board_sections/create", .post, "/boards/{board_id}/sections", scopes: boardsWrite,
        errors: [
            400: "invalid section: the name must be 1 to 180 characters and new on this board",
            403: "not authorized to create sections on this board",
            409: "the board was busy: try again",
            500: "Pinterest could not create the section: try again",
        ])
    public static let boardSectionsUpdate = OperationDescriptor(
        "board_sections/update", .patch, "/boards/{board_id}/sections/{section_id}", scopes: boardsWrite,
        errors: [
            400: "invalid section: the name must be 1 to 180 characters",
            403: "not authorized to update this section",
            409: "another section of this board has this name: choose a different one",
        ])
    public static let boardSectionsDelete = OperationDescriptor(
        "board_sections/delete", .delete, "/boards/{board_id}/sections/{section_id}", scopes: boardsWrite,
        errors: [
            403: "not authorized to delete this section",
            404: "section not found",
            409: "section conflict: try again",
        ])
    public static let boardSectionsListPins = OperationDescriptor(
        "board_sections/list_pins", .get, "/boards/{board_id}/sections/{section_id}/pins",
        scopes: boardsAndPinsRead,
        errors: [
            403: "not authorized to see the pins of this section",
            404: "board or section not found",
            409: "section conflict: try again",
        ])

    // MARK: Pins

    public static let pinsList = OperationDescriptor(
        "pins/list", .get, "/pins", scopes: boardsAndPinsRead, errors: collectionErrors("pin"))
    public static let pinsGet = OperationDescriptor(
        "pins/get", .get, "/pins/{pin_id}", scopes: boardsAndPinsRead, errors: standardErrors("pin"))
    public static let pinsCreate = OperationDescriptor(
        "pins/create", .post, "/pins", scopes: pinsWrite,
        errors: standardErrors("pin").merging([404: "board or section not found"]) { $1 })
    public static let pinsUpdate = OperationDescriptor(
        "pins/update", .patch, "/pins/{pin_id}", scopes: pinsWrite,
        errors: standardErrors("pin").merging([403: "not permitted: pin editing is in beta and not available to all apps"]) { $1 })
    public static let pinsDelete = OperationDescriptor(
        "pins/delete", .delete, "/pins/{pin_id}", scopes: pinsWrite, errors: standardErrors("pin"))
    public static let pinsSave = OperationDescriptor(
        "pins/save", .post, "/pins/{pin_id}/save", scopes: pinsWrite,
        errors: [403: "not authorized to access this board or pin", 404: "board, section or pin not found"])
    public static let pinsAnalytics = OperationDescriptor(
        "pins/analytics", .get, "/pins/{pin_id}/analytics", scopes: boardsAndPinsRead, errors: analyticsErrors)
    public static let multiPinsAnalytics = OperationDescriptor(
        "multi_pins/analytics", .get, "/pins/analytics", scopes: boardsAndPinsRead,
        errors: analyticsErrors.merging([400: "invalid analytics parameters: 1 to 100 pins, dates within the last 90 days"]) { $1 })

    // MARK: User account

    public static let userAccountGet = OperationDescriptor(
        "user_account/get", .get, "/user_account", scopes: accountRead,
        errors: [403: "not authorized to access the user account"])
    public static let userAccountAnalytics = OperationDescriptor(
        "user_account/analytics", .get, "/user_account/analytics", scopes: accountRead,
        errors: [
            400: "invalid analytics parameters: dates must be within the last 90 days",
            403: "not authorized to see account analytics (a business account is needed)",
        ])
    public static let userAccountAnalyticsTopPins = OperationDescriptor(
        "user_account/analytics/top_pins", .get, "/user_account/analytics/top_pins", scopes: topPinsRead,
        errors: [403: "not authorized to see account analytics (a business account is needed)"])
    public static let userAccountAnalyticsTopVideoPins = OperationDescriptor(
        "user_account/analytics/top_video_pins", .get, "/user_account/analytics/top_video_pins",
        scopes: topPinsRead,
        errors: [403: "not authorized to see account analytics (a business account is needed)"])
    public static let followersList = OperationDescriptor(
        "followers/list", .get, "/user_account/followers", scopes: accountRead,
        errors: [400: "invalid user id"])
    public static let userFollowingGet = OperationDescriptor(
        "user_following/get", .get, "/user_account/following", scopes: accountRead)
    public static let boardsUserFollowsList = OperationDescriptor(
        "boards_user_follows/list", .get, "/user_account/following/boards", scopes: accountRead,
        errors: [400: "invalid user id"])
    public static let followUserUpdate = OperationDescriptor(
        "follow_user/update", .post, "/user_account/following/{username}", scopes: accountWrite,
        errors: [404: "user not found"])
    public static let userWebsitesGet = OperationDescriptor(
        "user_websites/get", .get, "/user_account/websites", scopes: accountRead,
        errors: [403: "not authorized to see the website list"])
    public static let verifyWebsiteUpdate = OperationDescriptor(
        "verify_website/update", .post, "/user_account/websites", scopes: accountWrite)
    public static let unverifyWebsiteDelete = OperationDescriptor(
        "unverify_website/delete", .delete, "/user_account/websites", scopes: accountWrite,
        errors: [404: "website not in the account's list"])
    public static let websiteVerificationGet = OperationDescriptor(
        "website_verification/get", .get, "/user_account/websites/verification", scopes: accountRead,
        errors: [403: "not authorized to get a website verification code"])
    public static let linkedBusinessAccountsGet = OperationDescriptor(
        "linked_business_accounts/get", .get, "/user_account/businesses", scopes: accountRead)

    /// Every operation the client implements.
    public static let all: [OperationDescriptor] = [
        boardsList, boardsGet, boardsCreate, boardsUpdate, boardsDelete, boardsListPins,
        boardSectionsList, boardSectionsCreate, boardSectionsUpdate, boardSectionsDelete, boardSectionsListPins,
        pinsList, pinsGet, pinsCreate, pinsUpdate, pinsDelete, pinsSave, pinsAnalytics, multiPinsAnalytics,
        userAccountGet, userAccountAnalytics, userAccountAnalyticsTopPins, userAccountAnalyticsTopVideoPins,
        followersList, userFollowingGet, boardsUserFollowsList, followUserUpdate, userWebsitesGet,
        verifyWebsiteUpdate, unverifyWebsiteDelete, websiteVerificationGet, linkedBusinessAccountsGet,
    ]
}
