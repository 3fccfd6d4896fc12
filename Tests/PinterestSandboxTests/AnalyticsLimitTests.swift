import Testing

/// The API's limits on analytics requests, each refused with a 400 in Pinterest's error shape
/// (`{"code": 1, "message": ...}`) whose message names the parameter.
@Suite struct AnalyticsLimitTests {
    static let account = "/user_account/analytics"
    static let topPins = "/user_account/analytics/top_pins"
    static let topVideoPins = "/user_account/analytics/top_video_pins"
    static let bulk = "/pins/analytics?pin_ids=1&metric_types=SAVE"
    /// A valid period: the last three days.
    static let recent = "start_date=\(isoDay(-3))&end_date=\(isoDay(-1))"

    /// (path and query, the parameter the message must name, a phrase of the message).
    static let refusals: [(String, String, String)] = [
        ("\(account)?start_date=\(isoDay(-91))&end_date=\(isoDay(-1))", "start_date", "90 days back"),
        ("\(bulk)&start_date=\(isoDay(-91))&end_date=\(isoDay(-80))", "start_date", "90 days back"),
        ("\(account)?start_date=\(isoDay(-3))&end_date=\(isoDay(-4))", "end_date", "before start_date"),
        ("\(topPins)?start_date=\(isoDay(-3))&end_date=\(isoDay(-4))&sort_by=SAVE", "end_date", "before start_date"),
        ("\(account)?start_date=\(isoDay(-10))&end_date=\(isoDay(81))", "end_date", "90 days past start_date"),
        ("\(account)?start_date=\(isoDay(-10))&end_date=\(isoDay(1))", "end_date", "after today"),
        ("\(topVideoPins)?start_date=\(isoDay(0))&end_date=\(isoDay(1))&sort_by=SAVE", "end_date", "after today"),
        ("\(account)?start_date=\(isoDay(-3))&end_date=yesterday", "end_date", "YYYY-MM-DD"),
        ("\(account)?\(recent)&content_type=BOTH", "content_type", "not one of"),
        ("\(account)?\(recent)&source=MINE", "source", "not one of"),
        ("\(account)?\(recent)&pin_format=GIF", "pin_format", "not one of"),
        ("\(account)?\(recent)&from_claimed_content=ALL", "from_claimed_content", "not one of"),
        ("\(account)?\(recent)&metric_types=VIDEO_START", "metric_types", "not one of"),
        ("\(topPins)?\(recent)&sort_by=SAVE_RATE", "sort_by", "not one of"),
        ("\(topPins)?\(recent)&sort_by=SAVE&num_of_pins=0", "num_of_pins", "between 1 and 50"),
        ("\(topPins)?\(recent)&sort_by=SAVE&created_in_last_n_days=7", "created_in_last_n_days", "not one of"),
        ("\(topVideoPins)?\(recent)&sort_by=ENGAGEMENT", "sort_by", "not one of"),
        ("\(bulk)&\(recent)&app_types=TV", "app_types", "not one of"),
        ("/pins/analytics?pin_ids=1&\(recent)&metric_types=ENGAGEMENT", "metric_types", "not one of"),
    ]

    @Test(arguments: refusals.indices)
    func analyticsLimitsAreRefusedWithPinterestsErrorShape(_ index: Int) async throws {
        let (path, field, phrase) = Self.refusals[index]
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.get(path)
            #expect(reply.status == 400, "\(path)")
            #expect(reply.code == 1, "\(path)")
            #expect(Set(reply.object.keys) == ["code", "message"])
            #expect(reply.message.contains("'\(field)'") && reply.message.contains(phrase), "\(path): \(reply.message)")
        }
    }

    @Test func theLimitsThemselvesAreAllowed() async throws {
        try await Sandbox.with { sandbox in
            let longest = "start_date=\(isoDay(-90))&end_date=\(isoDay(0))"
            let account = try await sandbox.get("/user_account/analytics?\(longest)")
            #expect(account.status == 200)
            #expect(try account.analyticsGroups()["all"]?.days.count == 91)
            let fifty = try await sandbox.get(
                "/user_account/analytics/top_pins?\(longest)&sort_by=IMPRESSION&num_of_pins=50")
            #expect((fifty.object["pins"] as? [Any])?.count == 50)
            let pins = try await sandbox.get("/pins?page_size=100").items.compactMap { $0["id"] as? String }
            #expect(pins.count == 100)
            let ids = pins.map { "pin_ids=\($0)" }.joined(separator: "&")
            let hundred = try await sandbox.get(
                "/pins/analytics?\(ids)&start_date=\(isoDay(-7))&end_date=\(isoDay(-1))&metric_types=SAVE")
            #expect(hundred.status == 200)
            #expect(Set(hundred.object.keys) == Set(pins))
            let oneDay = try await sandbox.get("/user_account/analytics?start_date=\(isoDay(0))&end_date=\(isoDay(0))")
            #expect(try oneDay.analyticsGroups()["all"]?.days.map(\.status) == ["PROCESSING"])
        }
    }
}
