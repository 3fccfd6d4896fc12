import PinterestSandbox
import Testing

/// Each validation rule family is answered 400 with a message naming the field.
@Suite struct ValidationTests {
    /// (method, path, JSON body, field the message must name)
    static let cases: [(String, String, String?, String)] = [
        ("POST", "/boards", #"{"description":"no name"}"#, "name"),
        ("POST", "/boards", #"{"name":"x","privacy":"FRIENDS"}"#, "privacy"),
        ("POST", "/boards", #"{"name":"x","description":"\#(String(repeating: "d", count: 501))"}"#, "description"),
        ("POST", "/boards", #"{"name": 42}"#, "name"),
        // The API description gives board names no limit: the sandbox's cap for such fields applies.
        ("POST", "/boards", #"{"name":"\#(String(repeating: "n", count: 1001))"}"#, "name"),
        ("PATCH", "/boards/549755813001", #"{"name":"\#(String(repeating: "n", count: 1001))"}"#, "name"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"multiple_image_urls","items":[{"url":"https://a.example/1.jpg","title":"\#(String(repeating: "t", count: 1001))"},{"url":"https://a.example/2.jpg"}]}}"#, "media_source.items[0].title"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"multiple_image_urls","items":[{"url":"https://a.example/1.jpg"},{"url":"https://a.example/2.jpg","link":"not a url"}]}}"#, "media_source.items[1].link"),
        ("GET", "/boards?privacy=HIDDEN", nil, "privacy"),
        ("GET", "/boards/12ab", nil, "board_id"),
        ("GET", "/pins?pin_filter=everything", nil, "pin_filter"),
        ("GET", "/pins?pin_type=PUBLIC", nil, "pin_type"),
        ("GET", "/pins?creative_types=REGULAR,HOLOGRAM", nil, "creative_types"),
        ("POST", "/pins", #"{"media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"}}"#, "board_id"),
        ("POST", "/pins", #"{"board_id":"549755813001"}"#, "media_source"),
        ("POST", "/pins", #"{"board_id":"abc","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"}}"#, "board_id"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},"title":"\#(String(repeating: "t", count: 101))"}"#, "title"),
        // Lengths count code points: 51 "é" written as e + combining acute are 102, over the title's 100.
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},"title":"\#(String(repeating: "e\u{301}", count: 51))"}"#, "title"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},"description":"\#(String(repeating: "d", count: 801))"}"#, "description"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},"alt_text":"\#(String(repeating: "a", count: 501))"}"#, "alt_text"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},"link":"not a url"}"#, "link"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},"link":"https://a.example/\#(String(repeating: "l", count: 2048))"}"#, "link"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},"dominant_color":"red"}"#, "dominant_color"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"gif_url"}}"#, "media_source.source_type"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"image_base64","content_type":"image/gif","data":"AAAA"}}"#, "media_source.content_type"),
        ("POST", "/pins", #"{"board_id":"549755813001","media_source":{"source_type":"multiple_image_urls","items":[{"url":"https://a.example/1.jpg"}]}}"#, "media_source.items"),
        ("POST", "/boards/549755813001/sections", #"{"name":""}"#, "name"),
        ("POST", "/boards/549755813001/sections", #"{"name":"\#(String(repeating: "s", count: 181))"}"#, "name"),
        ("PATCH", "/boards/549755813001", #"{"privacy":"PROTECTED"}"#, "privacy"),
        ("POST", "/user_account/following/12345", #"{}"#, "username"),
        ("POST", "/user_account/websites", #"{"website":"a.example","verification_method":"EMAIL"}"#, "verification_method"),
        ("DELETE", "/user_account/websites", nil, "website"),
        ("POST", "/boards", "{not json", "JSON"),
        ("GET", "/boards?ad_account_id=12x", nil, "ad_account_id"),
        ("GET", "/user_account?ad_account_id=1234567890123456789", nil, "ad_account_id"),
    ]

    @Test(arguments: cases.indices)
    func ruleIsEnforced(_ index: Int) async throws {
        let (method, path, body, field) = Self.cases[index]
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.call(method, path, json: body)
            #expect(reply.status == 400, "\(method) \(path)")
            #expect(reply.message.contains(field), "\(method) \(path): \(reply.message)")
            #expect(reply.code != nil)
        }
    }

    /// Each limit takes a value of exactly its length, so none is stricter than the API's.
    @Test func limitsTakeValuesOfTheirFullLength() async throws {
        try await Sandbox.with { sandbox in
            let name = String(repeating: "n", count: 1000), description = String(repeating: "d", count: 500)
            let board = try await sandbox.call("POST", "/boards", json: #"{"name":"\#(name)","description":"\#(description)"}"#)
            #expect(board.status == 201, "\(board.message)")
            let boardId = try #require(board.object["id"] as? String)
            let section = try await sandbox.call(
                "POST", "/boards/\(boardId)/sections", json: #"{"name":"\#(String(repeating: "s", count: 180))"}"#)
            #expect(section.status == 201, "\(section.message)")
            let pin = try await sandbox.call("POST", "/pins", json: """
                {"board_id":"\(boardId)","media_source":{"source_type":"image_url","url":"https://a.example/p.jpg"},
                 "title":"\(String(repeating: "t", count: 100))","description":"\(String(repeating: "d", count: 800))",
                 "alt_text":"\(String(repeating: "a", count: 500))"}
                """)
            #expect(pin.status == 201, "\(pin.message)")
        }
    }

    /// The default body limit takes an image at Pinterest's 20 MB limit, base64-encoded (sending one
    /// would hold the test run's threads for seconds).
    @Test func theBodyLimitTakesALargestImage() {
        let base64Image = (20 << 20) / 3 * 4
        #expect(SandboxLimits.defaultMaxBodyBytes > base64Image + 1024)
    }

    /// (query, field the message must name) for `user_account/analytics`.
    static let analyticsCases: [(String, String)] = [
        ("end_date=\(isoDay(0))", "start_date"),
        ("start_date=\(isoDay(-10))", "end_date"),
        ("start_date=2026-13-01&end_date=\(isoDay(0))", "start_date"),
        ("start_date=\(isoDay(-91))&end_date=\(isoDay(0))", "start_date"),
        ("start_date=\(isoDay(-5))&end_date=\(isoDay(-6))", "end_date"),
        ("start_date=\(isoDay(-10))&end_date=\(isoDay(90))", "end_date"),
        ("start_date=\(isoDay(-10))&end_date=\(isoDay(0))&metric_types=IMPRESSION,LIKES", "metric_types"),
        ("start_date=\(isoDay(-10))&end_date=\(isoDay(0))&split_field=COUNTRY", "split_field"),
        ("start_date=\(isoDay(-10))&end_date=\(isoDay(0))&app_types=WATCH", "app_types"),
    ]

    @Test(arguments: analyticsCases.indices)
    func analyticsParametersAreChecked(_ index: Int) async throws {
        let (query, field) = Self.analyticsCases[index]
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.get("/user_account/analytics?\(query)")
            #expect(reply.status == 400, "\(query)")
            #expect(reply.message.contains(field), "\(query): \(reply.message)")
        }
    }

    @Test func pinAnalyticsNeedMetricTypesAndTopPinsNeedSortBy() async throws {
        try await Sandbox.with { sandbox in
            let range = "start_date=\(isoDay(-30))&end_date=\(isoDay(0))"
            let pin = try #require(try await sandbox.get("/pins?page_size=1").items.first?["id"] as? String)
            let noMetrics = try await sandbox.get("/pins/\(pin)/analytics?\(range)")
            #expect(noMetrics.status == 400)
            #expect(noMetrics.message.contains("metric_types"))
            let noSort = try await sandbox.get("/user_account/analytics/top_pins?\(range)")
            #expect(noSort.status == 400)
            #expect(noSort.message.contains("sort_by"))
            let tooMany = try await sandbox.get("/user_account/analytics/top_pins?\(range)&sort_by=SAVE&num_of_pins=51")
            #expect(tooMany.status == 400)
            #expect(tooMany.message.contains("num_of_pins"))
            let ids = (0...100).map { "pin_ids=\($0 + 1)" }.joined(separator: "&")
            let bulk = try await sandbox.get("/pins/analytics?\(ids)&\(range)&metric_types=IMPRESSION")
            #expect(bulk.status == 400)
            #expect(bulk.message.contains("pin_ids"))
        }
    }
}
