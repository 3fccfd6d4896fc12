import Foundation
import Testing

/// The generated analytics: sums that hold, filters and splits that partition the numbers consistently,
/// the data status of recent days and of days before a pin, video metrics on videos only, and a shape
/// like a real account's.
@Suite struct AnalyticsTests {
    static let range = "start_date=\(isoDay(-29))&end_date=\(isoDay(0))"
    /// The longest period the API allows, ending today.
    static let longest = "start_date=\(isoDay(-90))&end_date=\(isoDay(0))"

    @Test func accountSummaryIsTheSumOfTheDailyValuesAndRatesComeFromTheCounts() async throws {
        try await Sandbox.with { sandbox in
            let all = try #require(
                try await sandbox.get("/user_account/analytics?\(Self.range)").analyticsGroups()["all"])
            #expect(all.days.map(\.date) == (-29...0).map(isoDay))
            for metric in countedAccountMetrics { #expect(all.summary[metric] == all.total(metric), "\(metric)") }
            let impressions = all.total("IMPRESSION")
            #expect(isClose(all.summary["SAVE_RATE"], all.total("SAVE") / impressions))
            #expect(isClose(all.summary["ENGAGEMENT_RATE"], all.total("ENGAGEMENT") / impressions))
            #expect(isClose(all.summary["OUTBOUND_CLICK_RATE"], all.total("OUTBOUND_CLICK") / impressions))
            #expect(isClose(all.summary["PIN_CLICK_RATE"], all.total("PIN_CLICK") / impressions))
            for day in all.days where !day.metrics.isEmpty {
                let dayImpressions = try #require(day.metrics["IMPRESSION"])
                #expect(dayImpressions > 0)
                #expect(isClose(day.metrics["SAVE_RATE"], (day.metrics["SAVE"] ?? 0) / dayImpressions))
            }
        }
    }

    @Test func accountTotalsAreTheSumOverItsPinsOfTheirDailyValues() async throws {
        try await Sandbox.with { sandbox in
            let range = "start_date=\(isoDay(-6))&end_date=\(isoDay(-1))"
            let account = try #require(
                try await sandbox.get("/user_account/analytics?\(range)&metric_types=IMPRESSION,SAVE,OUTBOUND_CLICK")
                    .analyticsGroups()["all"])
            let pins = try await sandbox.all("/pins?include_protected_pins=true", pageSize: 250).items
                .compactMap { $0["id"] as? String }
            #expect(pins.count > 100)
            var perPin: [AnalyticsGroup] = []
            for batch in stride(from: 0, to: pins.count, by: 100).map({ pins[$0..<min($0 + 100, pins.count)] }) {
                let ids = batch.map { "pin_ids=\($0)" }.joined(separator: "&")
                let reply = try await sandbox.get(
                    "/pins/analytics?\(ids)&\(range)&metric_types=IMPRESSION,SAVE,OUTBOUND_CLICK")
                #expect(reply.status == 200)
                for id in batch { perPin.append(try AnalyticsGroup((reply.object[id] as? [String: Any])?["all"])) }
            }
            for metric in ["IMPRESSION", "SAVE", "OUTBOUND_CLICK"] {
                #expect(addedUp(perPin.map { $0.daily(metric) }) == account.daily(metric), "\(metric)")
            }
        }
    }

    @Test(arguments: [
        ("APP_TYPE", ["MOBILE", "TABLET", "WEB"]),
        ("OWNED_CONTENT", ["OWNED", "NOT_OWNED"]),
        ("SOURCE", ["YOUR_PINS", "OTHER_PINS"]),
        (
            "PIN_FORMAT",
            ["ORGANIC_IMAGE", "ORGANIC_VIDEO", "ORGANIC_PRODUCT", "ADS_STANDARD", "ADS_VIDEO", "ADS_PRODUCT"]
        ),
    ])
    func accountSplitGroupsAddUpToTheUnsplitValues(split: String, groups: [String]) async throws {
        try await Sandbox.with { sandbox in
            let all = try #require(
                try await sandbox.get("/user_account/analytics?\(Self.range)").analyticsGroups()["all"])
            let parts = try await sandbox.get("/user_account/analytics?\(Self.range)&split_field=\(split)")
                .analyticsGroups()
            #expect(Set(parts.keys) == Set(groups))
            for metric in countedAccountMetrics {
                #expect(addedUp(parts.values.map { $0.daily(metric) }) == all.daily(metric), "\(split) \(metric)")
            }
            #expect(parts.values.allSatisfy { $0.days.map(\.status) == all.days.map(\.status) })
            let active = parts.filter { $0.value.total("IMPRESSION") > 0 }
            #expect(active.count >= 2, "the account's activity spreads over \(split) groups")
            let saveRates = Set(active.values.map { $0.summary["SAVE_RATE"] ?? 0 })
            #expect(saveRates.count == active.count, "each group's rate is its own")
        }
    }

    @Test(arguments: [
        ("app_types", ["MOBILE", "TABLET", "WEB"]),
        ("content_type", ["PAID", "ORGANIC"]),
        ("source", ["YOUR_PINS", "OTHER_PINS"]),
        ("from_claimed_content", ["CLAIMED", "OTHER"]),
        (
            "pin_format",
            [
                "ORGANIC_IMAGE", "ORGANIC_PRODUCT", "ORGANIC_VIDEO", "ADS_STANDARD", "ADS_PRODUCT", "ADS_VIDEO",
                "ADS_IDEA",
            ]
        ),
    ])
    func filterValuesPartitionTheAccountsNumbers(filter: String, values: [String]) async throws {
        try await Sandbox.with { sandbox in
            let all = try #require(
                try await sandbox.get("/user_account/analytics?\(Self.range)").analyticsGroups()["all"])
            var parts: [AnalyticsGroup] = []
            for value in values {
                let reply = try await sandbox.get("/user_account/analytics?\(Self.range)&\(filter)=\(value)")
                parts.append(try #require(try reply.analyticsGroups()["all"]))
            }
            for metric in countedAccountMetrics {
                #expect(addedUp(parts.map { $0.daily(metric) }) == all.daily(metric), "\(filter) \(metric)")
            }
            let distinct = Set(parts.map { $0.total("IMPRESSION") }.filter { $0 > 0 })
            #expect(distinct.count >= 2, "\(filter) values give different numbers")
        }
    }

    @Test func aFilterGivesTheNumbersOfItsGroupInTheSplitAndFiltersCombine() async throws {
        try await Sandbox.with { sandbox in
            let base = "/user_account/analytics?\(Self.range)"
            let split = try await sandbox.get("\(base)&split_field=APP_TYPE&source=YOUR_PINS").analyticsGroups()
            let web = try #require(
                try await sandbox.get("\(base)&app_types=WEB&source=YOUR_PINS").analyticsGroups()["all"])
            #expect(split["WEB"]?.days.map(\.metrics) == web.days.map(\.metrics))
            #expect(split["WEB"]?.summary == web.summary)
            let mobile = try #require(split["MOBILE"])
            #expect(mobile.total("IMPRESSION") > web.total("IMPRESSION"), "most of Pinterest is mobile")
            let splitWithinFilter = try await sandbox.get("\(base)&split_field=APP_TYPE&app_types=TABLET")
                .analyticsGroups()
            #expect(
                splitWithinFilter["WEB"]?.total("IMPRESSION") == 0
                    && splitWithinFilter["MOBILE"]?.total("IMPRESSION") == 0)
            #expect((splitWithinFilter["TABLET"]?.total("IMPRESSION") ?? 0) > 0)
            let contradiction = try #require(
                try await sandbox.get("\(base)&content_type=PAID&pin_format=ORGANIC_IMAGE").analyticsGroups()["all"])
            #expect(contradiction.total("IMPRESSION") == 0, "paid activity is never an organic format")
        }
    }

    @Test func onlyTheRequestedMetricsComeBack() async throws {
        try await Sandbox.with { sandbox in
            let account = try #require(
                try await sandbox.get("/user_account/analytics?\(Self.range)&metric_types=SAVE,PIN_CLICK_RATE")
                    .analyticsGroups()["all"])
            #expect(Set(account.summary.keys) == ["SAVE", "PIN_CLICK_RATE"])
            #expect(
                account.days.allSatisfy { $0.metrics.isEmpty || Set($0.metrics.keys) == ["SAVE", "PIN_CLICK_RATE"] })
            let everything = try #require(
                try await sandbox.get("/user_account/analytics?\(Self.range)").analyticsGroups()["all"])
            #expect(everything.summary.count == 9, "no metric_types means every metric")
            let pin = try #require(try await sandbox.get("/pins?page_size=1").items.first?["id"] as? String)
            let pinReport = try #require(
                try await sandbox.get("/pins/\(pin)/analytics?\(Self.range)&metric_types=USER_FOLLOW")
                    .analyticsGroups()["all"])
            #expect(Set(pinReport.summary.keys) == ["USER_FOLLOW"])
        }
    }

    @Test func theLastTwoDaysAreNotReadyAndTodayHasNoNumbersYet() async throws {
        try await Sandbox.with { sandbox in
            let all = try #require(
                try await sandbox.get("/user_account/analytics?\(Self.range)").analyticsGroups()["all"])
            #expect(all.days.dropLast(2).allSatisfy { $0.status == "READY" && !$0.metrics.isEmpty })
            let yesterday = try #require(all.days.dropLast().last)
            #expect(yesterday.status == "ESTIMATE" && (yesterday.metrics["IMPRESSION"] ?? 0) > 0)
            let today = try #require(all.days.last)
            #expect(today.date == isoDay(0) && today.status == "PROCESSING" && today.metrics.isEmpty)

            let pin = try #require(try await sandbox.get("/pins?page_size=1").items.first?["id"] as? String)
            let pinDays = try #require(
                try await sandbox.get("/pins/\(pin)/analytics?\(Self.range)&metric_types=IMPRESSION").analyticsGroups()[
                    "all"]
            ).days
            #expect(pinDays.suffix(2).map(\.status) == ["ESTIMATE", "PROCESSING"])

            let top = try await sandbox.get("/user_account/analytics/top_pins?\(Self.range)&sort_by=SAVE&num_of_pins=3")
            let statuses = try #require(top.object["pins"] as? [[String: Any]]).compactMap {
                $0["data_status"] as? [String: String]
            }
            #expect(statuses.count == 3 && statuses.allSatisfy { Set($0.values) == ["ESTIMATE"] })
            let settled = try await sandbox.get(
                "/user_account/analytics/top_pins?start_date=\(isoDay(-29))&end_date=\(isoDay(-2))&sort_by=SAVE&num_of_pins=3"
            )
            let settledStatuses = try #require(settled.object["pins"] as? [[String: Any]]).compactMap {
                $0["data_status"] as? [String: String]
            }
            #expect(settledStatuses.allSatisfy { Set($0.values) == ["READY"] })
            let availability = try #require(settled.object["date_availability"] as? [String: Any])
            let latest = try #require(availability["latest_available_timestamp"] as? Double)
            #expect(UTCDays.isoDay(ofMilliseconds: latest) == isoDay(-2))
        }
    }

    @Test func daysBeforeAPinWasCreatedSaySoAndHaveNoNumbers() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Summer")
            let created = try await sandbox.call(
                "POST", "/pins",
                json:
                    #"{"board_id":"\#(board)","media_source":{"source_type":"image_url","url":"https://example.com/new.jpg"}}"#
            )
            let pin = try #require(created.object["id"] as? String)
            let report = try await sandbox.get(
                "/pins/\(pin)/analytics?start_date=\(isoDay(-3))&end_date=\(isoDay(0))&metric_types=IMPRESSION")
            let days = try #require(try report.analyticsGroups()["all"]).days
            #expect(
                days.map(\.status) == ["BEFORE_PIN_CREATED", "BEFORE_PIN_CREATED", "BEFORE_PIN_CREATED", "PROCESSING"])
            #expect(days.allSatisfy { $0.metrics.isEmpty })
            let lifetime = (report.object["all"] as? [String: Any])?["lifetime_metrics"] as? [String: Int]
            #expect(lifetime?["IMPRESSION"] == 0, "no day with numbers yet")
            let withMetrics = try await sandbox.get("/pins/\(pin)?pin_metrics=true")
            let window = (withMetrics.object["pin_metrics"] as? [String: Any])?["90d"] as? [String: Int]
            #expect(window?["impression"] == 0)
        }
    }

    @Test func videoMetricsComeOnlyForVideoPinsAndHoldTogether() async throws {
        let every =
            "IMPRESSION,SAVE,VIDEO_START,VIDEO_MRC_VIEW,VIDEO_10S_VIEW,QUARTILE_95_PERCENT_VIEW,VIDEO_V50_WATCH_TIME,VIDEO_AVG_WATCH_TIME"
        try await Sandbox.with { sandbox in
            let video = try #require(
                try await sandbox.get("/pins?creative_types=VIDEO&page_size=1").items.first?["id"] as? String)
            let image = try #require(
                try await sandbox.get("/pins?creative_types=REGULAR&page_size=1").items.first?["id"] as? String)
            let videoReport = try #require(
                try await sandbox.get("/pins/\(video)/analytics?\(Self.range)&metric_types=\(every)").analyticsGroups()[
                    "all"])
            #expect(videoReport.summary.count == 8)
            let views = videoReport.total("VIDEO_MRC_VIEW")
            #expect(views > 0 && views <= videoReport.total("VIDEO_START"))
            #expect(
                videoReport.total("QUARTILE_95_PERCENT_VIEW") <= views && videoReport.total("VIDEO_10S_VIEW") <= views)
            let average = try #require(videoReport.summary["VIDEO_AVG_WATCH_TIME"])
            #expect(abs(average - videoReport.total("VIDEO_V50_WATCH_TIME") / views) < 0.01, "play time per view")

            let imageReport = try #require(
                try await sandbox.get("/pins/\(image)/analytics?\(Self.range)&metric_types=\(every)").analyticsGroups()[
                    "all"])
            #expect(Set(imageReport.summary.keys) == ["IMPRESSION", "SAVE"])
            #expect(
                imageReport.days.allSatisfy {
                    $0.metrics.keys.allSatisfy { !$0.hasPrefix("VIDEO") && !$0.hasPrefix("QUARTILE") }
                })
            let both = try await sandbox.get(
                "/pins/analytics?pin_ids=\(video)&pin_ids=\(image)&\(Self.range)&metric_types=\(every)")
            #expect(try AnalyticsGroup((both.object[video] as? [String: Any])?["all"]).summary == videoReport.summary)
            #expect(try AnalyticsGroup((both.object[image] as? [String: Any])?["all"]).summary == imageReport.summary)
        }
    }

    @Test func pinAnalyticsSplitByAppTypeAddsUpAndMatchesTheAppTypeFilter() async throws {
        try await Sandbox.with { sandbox in
            let pin = try #require(try await sandbox.get("/pins?page_size=1").items.first?["id"] as? String)
            let base = "/pins/\(pin)/analytics?\(Self.longest)&metric_types=IMPRESSION,SAVE,PIN_CLICK"
            let all = try #require(try await sandbox.get(base).analyticsGroups()["all"])
            let split = try await sandbox.get("\(base)&split_field=APP_TYPE").analyticsGroups()
            #expect(Set(split.keys) == ["MOBILE", "TABLET", "WEB"])
            for metric in ["IMPRESSION", "SAVE", "PIN_CLICK"] {
                #expect(addedUp(split.values.map { $0.daily(metric) }) == all.daily(metric))
            }
            let tablet = try #require(try await sandbox.get("\(base)&app_types=TABLET").analyticsGroups()["all"])
            #expect(tablet.days.map(\.metrics) == split["TABLET"]?.days.map(\.metrics))
            #expect(try await sandbox.get("\(base)&split_field=SOURCE").status == 400, "pins split by app type only")
        }
    }

    @Test func theAccountHasAWeeklyRhythmAndPinsHaveQuietDays() async throws {
        try await Sandbox.with { sandbox in
            let all = try #require(
                try await sandbox.get("/user_account/analytics?\(Self.longest)").analyticsGroups()["all"])
            func mean(weekday: Int) -> Double {
                let values = all.days.filter { $0.status == "READY" && UTCDays.weekday(of: $0.date) == weekday }
                    .map { $0.metrics["IMPRESSION"] ?? 0 }
                return values.reduce(0, +) / Double(values.count)
            }
            let sunday = mean(weekday: 1)
            let monday = mean(weekday: 2)
            #expect(sunday > monday * 1.2, "Sundays \(sunday), Mondays \(monday)")
            #expect(Set(all.daily("IMPRESSION")).count > 80, "noise: no two days alike")

            let pins = try await sandbox.get("/pins?page_size=10").items.compactMap { $0["id"] as? String }
            var quietDays = 0
            for pin in pins {
                let report = try #require(
                    try await sandbox.get("/pins/\(pin)/analytics?\(Self.longest)&metric_types=IMPRESSION")
                        .analyticsGroups()["all"])
                quietDays += report.days.filter { $0.status == "READY" && $0.metrics["IMPRESSION"] == 0 }.count
            }
            #expect(quietDays > 0, "some days a pin is not seen at all")
        }
    }

    @Test(arguments: ["ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"])
    func topPinsAreRankedBySortByAndMatchEachPinsOwnNumbers(sortBy: String) async throws {
        try await Sandbox.with { sandbox in
            let top = try await sandbox.get(
                "/user_account/analytics/top_pins?\(Self.range)&sort_by=\(sortBy)&num_of_pins=12&app_types=WEB&metric_types=IMPRESSION"
            )
            #expect(top.object["sort_by"] as? String == sortBy)
            let pins = try #require(top.object["pins"] as? [[String: Any]])
            #expect(pins.count == 12)
            let metrics = pins.compactMap { $0["metrics"] as? [String: Double] }
            #expect(
                metrics.allSatisfy { Set($0.keys) == Set(["IMPRESSION", sortBy]) }, "the requested metrics and the sort"
            )
            let values = metrics.compactMap { $0[sortBy] }
            #expect(values.count == 12 && values == values.sorted(by: >))
            let id = try #require(pins.first?["pin_id"] as? String)
            let alone = try #require(
                try await sandbox.get("/pins/\(id)/analytics?\(Self.range)&metric_types=IMPRESSION&app_types=WEB")
                    .analyticsGroups()["all"])
            #expect(
                alone.summary["IMPRESSION"] == metrics.first?["IMPRESSION"],
                "the same numbers as the pin's own analytics")
        }
    }

    @Test func topPinsHonourTheFiltersAndTheCreationWindow() async throws {
        try await Sandbox.with { sandbox in
            let base = "/user_account/analytics/top_pins?\(Self.range)&sort_by=IMPRESSION&num_of_pins=50"
            let videos = try #require(
                try await sandbox.get("\(base)&pin_format=ORGANIC_VIDEO").object["pins"] as? [[String: Any]])
            #expect(videos.count == 6, "the demo's six videos")
            for entry in videos {
                let id = try #require(entry["pin_id"] as? String)
                #expect(try await sandbox.get("/pins/\(id)").object["creative_type"] as? String == "VIDEO")
            }
            let paid = try #require(
                try await sandbox.get("\(base)&content_type=PAID").object["pins"] as? [[String: Any]])
            #expect(!paid.isEmpty)
            for entry in paid {
                let id = try #require(entry["pin_id"] as? String)
                #expect(
                    try await sandbox.get("/pins/\(id)").object["has_been_promoted"] as? Bool == true,
                    "only promoted pins are paid")
            }
            let everything = try #require(try await sandbox.get(base).object["pins"] as? [[String: Any]])
            #expect(everything.count == 50)
            let recent = try #require(
                try await sandbox.get("\(base)&created_in_last_n_days=30").object["pins"] as? [[String: Any]])
            #expect(recent.isEmpty, "the demo pins are older than 30 days")
        }
    }

    @Test func analyticsAreDeterministic() async throws {
        try await Sandbox.with { sandbox in
            let first = try await sandbox.get("/user_account/analytics?\(Self.range)&split_field=PIN_FORMAT").body
            let second = try await sandbox.get("/user_account/analytics?\(Self.range)&split_field=PIN_FORMAT").body
            #expect(first == second)
        }
    }

    @Test func pinMetricsAreIncludedOnlyWhenAskedFor() async throws {
        try await Sandbox.with { sandbox in
            let plain = try #require(try await sandbox.get("/pins?page_size=1").items.first)
            #expect(plain["pin_metrics"] == nil)
            let withMetrics = try #require(try await sandbox.get("/pins?page_size=1&pin_metrics=true").items.first)
            let metrics = try #require(withMetrics["pin_metrics"] as? [String: Any])
            let ninetyDays = try #require(metrics["90d"] as? [String: Int])
            let lifetime = try #require(metrics["lifetime_metrics"] as? [String: Int])
            let id = try #require(withMetrics["id"] as? String)
            let report = try await sandbox.get(
                "/pins/\(id)/analytics?start_date=\(isoDay(-90))&end_date=\(isoDay(-1))&metric_types=IMPRESSION,PIN_CLICK,OUTBOUND_CLICK"
            )
            let summary = try #require(try report.analyticsGroups()["all"]).summary
            #expect(ninetyDays["impression"].map(Double.init) == summary["IMPRESSION"], "the last 90 days with numbers")
            #expect(ninetyDays["pin_click"].map(Double.init) == summary["PIN_CLICK"])
            #expect(ninetyDays["clickthrough"].map(Double.init) == summary["OUTBOUND_CLICK"])
            let pinLifetime = (report.object["all"] as? [String: Any])?["lifetime_metrics"] as? [String: Int]
            #expect(
                pinLifetime?["IMPRESSION"] == lifetime["impression"]
                    && pinLifetime?["TOTAL_COMMENTS"] == lifetime["comment"])
            #expect((lifetime["impression"] ?? 0) > (ninetyDays["impression"] ?? 0))
        }
    }

    @Test func analyticsOfAnotherUsersPinAreRefused() async throws {
        try await Sandbox.with { sandbox in
            let boards = try await sandbox.all("/user_account/following/boards", pageSize: 250).items
            let board = try #require(boards.first?["id"] as? String)
            let pin = try #require(
                try await sandbox.get("/boards/\(board)/pins?page_size=1").items.first?["id"] as? String)
            let reply = try await sandbox.get("/pins/\(pin)/analytics?\(Self.range)&metric_types=IMPRESSION")
            #expect(reply.status == 403 && reply.code == 403)
            #expect(reply.message == "Not authorized to access board or Pin.")
        }
    }
}
