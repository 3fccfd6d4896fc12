import Foundation
import PinterestAPI
import Testing

/// What goes on the wire: methods, paths with ids, query encoding, bodies.
struct RequestEncodingTests {
    private static let emptyPage = #"{"items": [], "bookmark": null}"#
    private static let day1 = PinterestTimestamp.parse("2026-01-05T10:00:00Z")!
    private static let day2 = PinterestTimestamp.parse("2026-02-03T23:59:59Z")!

    /// Runs `call` against a transport answering `json` and returns the one request it sent.
    private func sent(
        json: String = emptyPage, status: Int = 200, _ call: (PinterestClient) async throws -> Void
    ) async throws -> HTTPRequest {
        let transport = ScriptedTransport(status: status, json: json)
        try await call(TestClient.make(transport))
        #expect(await transport.requestCount == 1)
        return try #require(await transport.lastRequest)
    }

    private func target(_ request: HTTPRequest) -> String {
        let url = request.url
        return "\(request.method.rawValue) \(url.path)" + (url.query.map { "?\($0)" } ?? "")
    }

    private func body(_ request: HTTPRequest) throws -> String {
        String(decoding: try #require(request.body), as: UTF8.self)
    }

    @Test func listBoardsWithEveryParameter() async throws {
        let request = try await sent { client in
            _ = try await client.boardsList(privacy: .publicAndSecret, bookmark: "b+/=?&x", pageSize: 250, adAccountId: "42")
        }
        #expect(request.url.absoluteString
            == "http://127.0.0.1:8080/v5/boards?ad_account_id=42&privacy=PUBLIC_AND_SECRET&bookmark=b%2B%2F%3D%3F%26x&page_size=250")
        #expect(request.header("Authorization") == "Bearer \(TestClient.token)")
        #expect(request.body == nil)
    }

    @Test func noParametersMeansNoQuery() async throws {
        let request = try await sent { client in _ = try await client.boardsList() }
        #expect(target(request) == "GET /v5/boards")
    }

    @Test func creativeTypesAreRepeatedKeys() async throws {
        let request = try await sent { client in
            _ = try await client.boardsListPins(boardId: "77", creativeTypes: [.regular, .video], pinMetrics: true)
        }
        #expect(target(request) == "GET /v5/boards/77/pins?creative_types=REGULAR&creative_types=VIDEO&pin_metrics=true")
    }

    @Test func pinsListFilters() async throws {
        let request = try await sent { client in
            _ = try await client.pinsList(
                bookmark: "bm", pageSize: 10, pinFilter: .excludeRepins, includeProtectedPins: false,
                pinType: .private, creativeTypes: [.carousel], adAccountId: "9", pinMetrics: false)
        }
        #expect(target(request) == "GET /v5/pins?ad_account_id=9&bookmark=bm&page_size=10&pin_filter=exclude_repins"
            + "&include_protected_pins=false&pin_type=PRIVATE&creative_types=CAROUSEL&pin_metrics=false")
    }

    @Test func pathsCarryEncodedIds() async throws {
        let section = try await sent { client in
            _ = try await client.boardSectionsListPins(boardId: "12", sectionId: "34", pageSize: 5)
        }
        #expect(target(section) == "GET /v5/boards/12/sections/34/pins?page_size=5")
        let follow = try await sent(json: #"{"type": "user", "username": "a b/c"}"#) { client in
            _ = try await client.followUserUpdate(username: "a b/c")
        }
        #expect(follow.url.absoluteString.hasSuffix("/v5/user_account/following/a%20b%2Fc"))
        #expect(try body(follow) == "{}")
    }

    @Test func pinAnalyticsMetricTypesAreCommaSeparated() async throws {
        let request = try await sent(json: "{}") { client in
            _ = try await client.pinsAnalytics(
                pinId: "5", startDate: Self.day1, endDate: Self.day2, metricTypes: [.impression, .save, .videoMRCView],
                appTypes: .mobile, splitField: .appType)
        }
        #expect(target(request) == "GET /v5/pins/5/analytics?start_date=2026-01-05&end_date=2026-02-03"
            + "&app_types=MOBILE&metric_types=IMPRESSION,SAVE,VIDEO_MRC_VIEW&split_field=APP_TYPE")
    }

    @Test func multiPinAnalyticsRepeatsPinIds() async throws {
        let request = try await sent(json: "{}") { client in
            _ = try await client.multiPinsAnalytics(
                pinIds: ["1", "2"], startDate: Self.day1, endDate: Self.day1, metricTypes: [.pinClick, .outboundClick])
        }
        #expect(target(request) == "GET /v5/pins/analytics?start_date=2026-01-05&end_date=2026-01-05"
            + "&pin_ids=1&pin_ids=2&metric_types=PIN_CLICK,OUTBOUND_CLICK")
    }

    @Test func accountAnalyticsFilters() async throws {
        let request = try await sent(json: "{}") { client in
            _ = try await client.userAccountAnalytics(
                startDate: Self.day1, endDate: Self.day2, fromClaimedContent: .claimed, pinFormat: .organicVideo,
                appTypes: .web, contentType: .organic, source: .yourPins, metricTypes: [.engagement, .saveRate],
                splitField: .pinFormat, adAccountId: "3")
        }
        #expect(target(request) == "GET /v5/user_account/analytics?ad_account_id=3&start_date=2026-01-05"
            + "&end_date=2026-02-03&from_claimed_content=CLAIMED&pin_format=ORGANIC_VIDEO&app_types=WEB"
            + "&content_type=ORGANIC&source=YOUR_PINS&metric_types=ENGAGEMENT,SAVE_RATE&split_field=PIN_FORMAT")
    }

    @Test func topPinsAndTopVideoPins() async throws {
        let top = try await sent(json: "{}") { client in
            _ = try await client.userAccountAnalyticsTopPins(
                startDate: Self.day1, endDate: Self.day2, sortBy: .save, metricTypes: [.impression], numOfPins: 50,
                createdInLastNDays: 30)
        }
        #expect(target(top) == "GET /v5/user_account/analytics/top_pins?start_date=2026-01-05&end_date=2026-02-03"
            + "&sort_by=SAVE&metric_types=IMPRESSION&num_of_pins=50&created_in_last_n_days=30")
        let video = try await sent(json: "{}") { client in
            _ = try await client.userAccountAnalyticsTopVideoPins(
                startDate: Self.day1, endDate: Self.day2, sortBy: .videoAverageWatchTime,
                metricTypes: [.videoStart, .quartile95PercentView])
        }
        #expect(target(video) == "GET /v5/user_account/analytics/top_video_pins?start_date=2026-01-05"
            + "&end_date=2026-02-03&sort_by=VIDEO_AVG_WATCH_TIME&metric_types=VIDEO_START,QUARTILE_95_PERCENT_VIEW")
    }

    @Test func socialAndWebsiteOperations() async throws {
        let following = try await sent { client in
            _ = try await client.userFollowingGet(pageSize: 3, feedType: .rankedCreatorOnly, explicitFollowing: true)
        }
        #expect(target(following) == "GET /v5/user_account/following?page_size=3&feed_type=RANKED_CREATOR_ONLY&explicit_following=true")
        let boards = try await sent { client in _ = try await client.boardsUserFollowsList(explicitFollowing: false) }
        #expect(target(boards) == "GET /v5/user_account/following/boards?explicit_following=false")
        let followers = try await sent { client in _ = try await client.followersList(bookmark: "x") }
        #expect(target(followers) == "GET /v5/user_account/followers?bookmark=x")
        let unverify = try await sent(json: "", status: 204) { client in
            try await client.unverifyWebsiteDelete(website: "example.com/shop")
        }
        #expect(target(unverify) == "DELETE /v5/user_account/websites?website=example.com%2Fshop")
        let verify = try await sent(json: #"{"website": "example.com", "status": "success"}"#) { client in
            _ = try await client.verifyWebsiteUpdate(.init(website: "example.com", verificationMethod: .dnsTXT))
        }
        #expect(target(verify) == "POST /v5/user_account/websites")
        #expect(try body(verify) == #"{"verification_method":"DNSTXT","website":"example.com"}"#)
        let businesses = try await sent(json: #"[{"username": "shop"}]"#) { client in
            let businesses = try await client.linkedBusinessAccountsGet()
            #expect(businesses == [LinkedBusiness(username: "shop")])
        }
        #expect(target(businesses) == "GET /v5/user_account/businesses")
    }

    @Test func boardAndSectionWrites() async throws {
        let board = #"{"id": "1", "name": "N"}"#
        let create = try await sent(json: board, status: 201) { client in
            _ = try await client.boardsCreate(.init(name: "N", description: "d", privacy: .secret), adAccountId: "8")
        }
        #expect(target(create) == "POST /v5/boards?ad_account_id=8")
        #expect(create.header("Content-Type") == "application/json")
        #expect(try body(create) == #"{"description":"d","name":"N","privacy":"SECRET"}"#)
        let update = try await sent(json: board) { client in
            _ = try await client.boardsUpdate(boardId: "1", .init(privacy: .public))
        }
        #expect(target(update) == "PATCH /v5/boards/1")
        #expect(try body(update) == #"{"privacy":"PUBLIC"}"#)
        let delete = try await sent(json: "", status: 204) { client in try await client.boardsDelete(boardId: "1") }
        #expect(target(delete) == "DELETE /v5/boards/1")
        let section = #"{"id": "5", "name": "S"}"#
        let sectionCreate = try await sent(json: section, status: 201) { client in
            _ = try await client.boardSectionsCreate(boardId: "1", .init(name: "S"))
        }
        #expect(target(sectionCreate) == "POST /v5/boards/1/sections")
        #expect(try body(sectionCreate) == #"{"name":"S"}"#)
        let sectionUpdate = try await sent(json: section) { client in
            _ = try await client.boardSectionsUpdate(boardId: "1", sectionId: "5", .init(name: "S"))
        }
        #expect(target(sectionUpdate) == "PATCH /v5/boards/1/sections/5")
        let sectionDelete = try await sent(json: "", status: 204) { client in
            try await client.boardSectionsDelete(boardId: "1", sectionId: "5")
        }
        #expect(target(sectionDelete) == "DELETE /v5/boards/1/sections/5")
    }

    @Test func pinWrites() async throws {
        let pin = #"{"id": "9"}"#
        let update = try await sent(json: pin) { client in
            _ = try await client.pinsUpdate(
                pinId: "9", .init(title: "T", boardSectionId: "3", carouselSlots: [.init(title: "s1", link: "https://l")]))
        }
        #expect(target(update) == "PATCH /v5/pins/9")
        #expect(try body(update) == #"{"board_section_id":"3","carousel_slots":[{"link":"https://l","title":"s1"}],"title":"T"}"#)
        let save = try await sent(json: pin, status: 201) { client in
            _ = try await client.pinsSave(pinId: "9", .init(boardId: "1", boardSectionId: "2"))
        }
        #expect(target(save) == "POST /v5/pins/9/save")
        #expect(try body(save) == #"{"board_id":"1","board_section_id":"2"}"#)
        let delete = try await sent(json: "", status: 204) { client in try await client.pinsDelete(pinId: "9") }
        #expect(target(delete) == "DELETE /v5/pins/9")
        let get = try await sent(json: pin) { client in _ = try await client.pinsGet(pinId: "9", pinMetrics: true) }
        #expect(target(get) == "GET /v5/pins/9?pin_metrics=true")
    }

    @Test(arguments: [
        (PinMediaSource.imageURL(.init(url: "https://i/x.jpg")),
         #"{"source_type":"image_url","url":"https://i/x.jpg"}"#),
        (.imageBase64(.init(contentType: .png, data: "iVBORw0K", isStandard: false)),
         #"{"content_type":"image/png","data":"iVBORw0K","is_standard":false,"source_type":"image_base64"}"#),
        (.multipleImageURLs(.init(items: [.init(url: "https://a"), .init(url: "https://b", title: "B")], index: 1)),
         #"{"index":1,"items":[{"url":"https://a"},{"title":"B","url":"https://b"}],"source_type":"multiple_image_urls"}"#),
        (.multipleImageBase64(.init(items: [.init(contentType: .jpeg, data: "AA=="), .init(contentType: .png, data: "BB==", link: "https://l")])),
         #"{"items":[{"content_type":"image/jpeg","data":"AA=="},{"content_type":"image/png","data":"BB==","link":"https://l"}],"source_type":"multiple_image_base64"}"#),
        (.videoID(.init(mediaId: "123", coverImageUrl: "https://c", coverImageKeyFrameTime: 2)),
         #"{"cover_image_key_frame_time":2,"cover_image_url":"https://c","media_id":"123","source_type":"video_id"}"#),
        (.pinURL(.init(isAffiliateLink: true)),
         #"{"is_affiliate_link":true,"source_type":"pin_url"}"#),
    ])
    func pinCreateBodies(source: PinMediaSource, expectedSource: String) async throws {
        let request = try await sent(json: #"{"id": "9"}"#, status: 201) { client in
            _ = try await client.pinsCreate(.init(boardId: "1", title: "Tart", altText: "a tart", mediaSource: source))
        }
        #expect(target(request) == "POST /v5/pins")
        #expect(try body(request) == #"{"alt_text":"a tart","board_id":"1","media_source":\#(expectedSource),"title":"Tart"}"#)
        let decoded = try PinterestJSON.makeDecoder().decode(PinCreate.self, from: try #require(request.body))
        #expect(decoded.mediaSource == source)
    }

    @Test func pinUpdateSendsNullToClearTheLinkOrLeaveTheSection() async throws {
        let request = try await sent(json: #"{"id": "9"}"#) { client in
            _ = try await client.pinsUpdate(pinId: "9", .init(title: "Tart", link: "", boardId: "1", boardSectionId: ""))
        }
        #expect(target(request) == "PATCH /v5/pins/9")
        #expect(try body(request) == #"{"board_id":"1","board_section_id":null,"link":null,"title":"Tart"}"#)
    }

    @Test func catalogHasEveryOperationOnce() {
        let all = OperationDescriptor.all
        #expect(all.count == 32)
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(all.allSatisfy { !$0.requiredScopes.isEmpty && $0.pathTemplate.hasPrefix("/") })
        #expect(OperationDescriptor.boardSectionsListPins.path(["board_id": "1", "section_id": "2"])
            == "/boards/1/sections/2/pins")
    }

    @Test func baseURLWithTrailingSlash() async throws {
        let transport = ScriptedTransport(json: #"{"id": "1", "name": "B"}"#)
        let client = TestClient.make(transport, baseURL: URL(string: "https://api-sandbox.pinterest.com/v5/")!)
        _ = try await client.boardsGet(boardId: "1")
        #expect(await transport.lastRequest?.url.absoluteString == "https://api-sandbox.pinterest.com/v5/boards/1")
    }
}
