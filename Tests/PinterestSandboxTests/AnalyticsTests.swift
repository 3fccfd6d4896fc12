import Testing

@Suite struct AnalyticsTests {
    static let range = "start_date=\(isoDay(-29))&end_date=\(isoDay(0))"

    @Test func accountAnalyticsHaveADayPerDateAndConsistentSummaries() async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.get("/user_account/analytics?\(Self.range)")
            #expect(reply.status == 200)
            let all = try #require(reply.object["all"] as? [String: Any])
            let daily = try #require(all["daily_metrics"] as? [[String: Any]])
            #expect(daily.count == 30)
            #expect(daily.first?["date"] as? String == isoDay(-29))
            let impressions = daily.compactMap { ($0["metrics"] as? [String: Any])?["IMPRESSION"] as? Double }
            #expect(impressions.allSatisfy { $0 > 0 })
            let summary = try #require(all["summary_metrics"] as? [String: Any])
            #expect(summary["IMPRESSION"] as? Double == impressions.reduce(0, +))
            #expect((summary["SAVE_RATE"] as? Double).map { $0 > 0 && $0 < 1 } == true)
        }
    }

    @Test func analyticsAreDeterministicAndSplitByAppType() async throws {
        try await Sandbox.with { sandbox in
            let first = try await sandbox.get("/user_account/analytics?\(Self.range)").body
            let second = try await sandbox.get("/user_account/analytics?\(Self.range)").body
            #expect(first == second)
            let split = try await sandbox.get("/user_account/analytics?\(Self.range)&split_field=APP_TYPE").object
            #expect(Set(split.keys) == ["MOBILE", "TABLET", "WEB"])
        }
    }

    @Test func pinAnalyticsCoverVideoMetricsAndLifetime() async throws {
        try await Sandbox.with { sandbox in
            let videos = try await sandbox.get("/pins?creative_types=VIDEO&page_size=1").items
            let video = try #require(videos.first?["id"] as? String)
            let reply = try await sandbox.get(
                "/pins/\(video)/analytics?\(Self.range)&metric_types=IMPRESSION,VIDEO_MRC_VIEW,VIDEO_START,SAVE")
            #expect(reply.status == 200)
            let all = try #require(reply.object["all"] as? [String: Any])
            let summary = try #require(all["summary_metrics"] as? [String: Any])
            #expect(Set(summary.keys) == ["IMPRESSION", "VIDEO_MRC_VIEW", "VIDEO_START", "SAVE"])
            #expect((summary["VIDEO_START"] as? Double ?? 0) > 0)
            #expect(all["lifetime_metrics"] is [String: Any])
            let bulk = try await sandbox.get("/pins/analytics?pin_ids=\(video)&\(Self.range)&metric_types=IMPRESSION")
            #expect((bulk.object[video] as? [String: Any])?["all"] != nil)
        }
    }

    @Test func topPinsAreSortedAndTopVideoPinsAreVideos() async throws {
        try await Sandbox.with { sandbox in
            let top = try await sandbox.get("/user_account/analytics/top_pins?\(Self.range)&sort_by=IMPRESSION&num_of_pins=5")
            #expect(top.status == 200)
            let pins = try #require(top.object["pins"] as? [[String: Any]])
            #expect(pins.count == 5)
            let values = pins.compactMap { ($0["metrics"] as? [String: Any])?["IMPRESSION"] as? Double }
            #expect(values == values.sorted(by: >))
            #expect(top.object["sort_by"] as? String == "IMPRESSION")

            let videos = try await sandbox.get("/user_account/analytics/top_video_pins?\(Self.range)&sort_by=VIDEO_START")
            let videoIds = try #require(videos.object["pins"] as? [[String: Any]]).compactMap { $0["pin_id"] as? String }
            #expect(!videoIds.isEmpty)
            for id in videoIds { #expect(try await sandbox.get("/pins/\(id)").object["creative_type"] as? String == "VIDEO") }
        }
    }

    @Test func pinMetricsAreIncludedOnlyWhenAskedFor() async throws {
        try await Sandbox.with { sandbox in
            let plain = try #require(try await sandbox.get("/pins?page_size=1").items.first)
            #expect(plain["pin_metrics"] == nil)
            let withMetrics = try #require(try await sandbox.get("/pins?page_size=1&pin_metrics=true").items.first)
            let metrics = try #require(withMetrics["pin_metrics"] as? [String: Any])
            #expect(metrics["90d"] != nil && metrics["lifetime_metrics"] != nil)
        }
    }
}
