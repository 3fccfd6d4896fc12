/// The OAuth scopes each API route needs of a user token, all of them, as the API description's
/// `security` entries say (`pinterest_oauth2`). Keyed like the request counts: "METHOD /template".
enum RequiredScopes {
    static func forRoute(_ key: String) -> [String] { table[key] ?? [] }

    private static let boardsRead = ["boards:read"]
    private static let boardsWrite = ["boards:read", "boards:write"]
    private static let pinsRead = ["boards:read", "pins:read"]
    private static let pinsWrite = ["boards:read", "boards:write", "pins:read", "pins:write"]
    private static let accountRead = ["user_accounts:read"]
    private static let accountWrite = ["user_accounts:write"]
    private static let accountPins = ["pins:read", "user_accounts:read"]

    private static let table: [String: [String]] = [
        "GET /boards": boardsRead,
        "GET /boards/{board_id}": boardsRead,
        "POST /boards": boardsWrite,
        "PATCH /boards/{board_id}": boardsWrite,
        "DELETE /boards/{board_id}": boardsWrite,
        "GET /boards/{board_id}/pins": pinsRead,
        "GET /boards/{board_id}/sections": boardsRead,
        "POST /boards/{board_id}/sections": boardsWrite,
        "PATCH /boards/{board_id}/sections/{section_id}": boardsWrite,
        "DELETE /boards/{board_id}/sections/{section_id}": boardsWrite,
        "GET /boards/{board_id}/sections/{section_id}/pins": pinsRead,
        "GET /pins": pinsRead,
        "GET /pins/{pin_id}": pinsRead,
        "POST /pins": pinsWrite,
        "PATCH /pins/{pin_id}": pinsWrite,
        "DELETE /pins/{pin_id}": pinsWrite,
        "POST /pins/{pin_id}/save": pinsWrite,
        "GET /pins/{pin_id}/analytics": pinsRead,
        "GET /pins/analytics": pinsRead,
        "GET /user_account": accountRead,
        "GET /user_account/analytics": accountRead,
        "GET /user_account/analytics/top_pins": accountPins,
        "GET /user_account/analytics/top_video_pins": accountPins,
        "GET /user_account/followers": accountRead,
        "GET /user_account/following": accountRead,
        "GET /user_account/following/boards": accountRead,
        "POST /user_account/following/{username}": accountWrite,
        "GET /user_account/websites": accountRead,
        "POST /user_account/websites": accountWrite,
        "DELETE /user_account/websites": accountWrite,
        "GET /user_account/websites/verification": accountRead,
        "GET /user_account/businesses": accountRead,
    ]
}
