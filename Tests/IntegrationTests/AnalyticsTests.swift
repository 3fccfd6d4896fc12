import Foundation
import PinterestAPI
import Testing

/// pins/analytics, multi_pins/analytics and the three user_account analytics operations, with every
/// filter family: metric types, split fields, date windows, app types, content filters, sorting.
@Suite struct AnalyticsTests {
    @Test func pinAnalyticsHasOneDayPerDateAndTheRequestedMetrics() async throws {
        try await Integration.run { world in
            let pin = try await world.newestPin(ofBoardNamed: Demo.summerRecipes)
            let metrics: [PinAnalyticsMetricType] = [.impression, .save, .saveRate, .pinClick]
            let report = try await world.client.pinsAnalytics(
                pinId: pin.id, startDate: day(-30), endDate: day(-1), metricTypes: metrics)
            let all = try #require(report["all"])
            #expect(report.count == 1)
            let daily = try #require(all.dailyMetrics)
            #expect(daily.count == 30)
            #expect(daily.first?.date == PinterestTimestamp.day(day(-30)))
            #expect(daily.last?.date == PinterestTimestamp.day(day(-1)))
            #expect(
                daily.dropLast().allSatisfy {
                    $0.dataStatus == .ready && Set(($0.metrics ?? [:]).keys) == Set(metrics.map(\.rawValue))
                })
            #expect(daily.last?.dataStatus == .estimate, "yesterday's numbers are an estimate")
            let summary = try #require(all.summaryMetrics)
            #expect(summary["IMPRESSION"] == daily.compactMap { $0.metrics?["IMPRESSION"] }.reduce(0, +))
            let saveRate = try #require(summary["SAVE_RATE"])
            #expect(saveRate > 0 && saveRate < 1, "rates are fractions")
            #expect(all.lifetimeMetrics?["IMPRESSION"] != nil)
        }
    }

    @Test func pinAnalyticsCoversEveryPinMetricTypeForAVideo() async throws {
        let every: [PinAnalyticsMetricType] = [
            .impression, .outboundClick, .pinClick, .save, .saveRate, .totalComments, .totalReactions, .userFollow,
            .profileVisit, .videoMRCView, .video10sView, .quartile95PercentView, .videoV50WatchTime, .videoStart,
            .videoAverageWatchTime,
        ]
        try await Integration.run { world in
            let video = try await world.newestPin(ofBoardNamed: Demo.videoTutorials, creativeType: .video)
            let report = try await world.client.pinsAnalytics(
                pinId: video.id, startDate: day(-60), endDate: day(0), metricTypes: every)
            let summary = try #require(report["all"]?.summaryMetrics)
            #expect(Set(summary.keys) == Set(every.map(\.rawValue)))
            #expect((summary["VIDEO_START"] ?? 0) > 0 && (summary["VIDEO_AVG_WATCH_TIME"] ?? 0) > 0)
            let today = try #require(report["all"]?.dailyMetrics?.last)
            #expect(today.dataStatus == .processing && today.metrics == [:], "today is not processed yet")
        }
    }

    @Test func pinAnalyticsSplitsByAppTypeAndFiltersByAppType() async throws {
        try await Integration.run { world in
            let client = world.client
            let pin = try await world.newestPin(ofBoardNamed: Demo.summerRecipes)
            let window = (start: day(-14), end: day(-1))
            let split = try await client.pinsAnalytics(
                pinId: pin.id, startDate: window.start, endDate: window.end, metricTypes: [.impression],
                splitField: .appType)
            #expect(Set(split.keys) == ["MOBILE", "TABLET", "WEB"])

            func daily(_ appTypes: AppType) async throws -> [Double] {
                let report = try await client.pinsAnalytics(
                    pinId: pin.id, startDate: window.start, endDate: window.end, metricTypes: [.impression],
                    appTypes: appTypes, splitField: .noSplit)
                return try #require(report["all"]?.dailyMetrics).map { $0.metrics?["IMPRESSION"] ?? 0 }
            }
            let everywhere = try await daily(.all)
            let perApp = [try await daily(.mobile), try await daily(.tablet), try await daily(.web)]
            #expect(everywhere.reduce(0, +) > 0)
            #expect(perApp[0] != perApp[2], "each app has its own numbers")
            #expect(
                zip(zip(perApp[0], perApp[1]), perApp[2]).map { $0.0 + $0.1 + $1 } == everywhere,
                "the apps add up to all")
            #expect(
                split["WEB"]?.dailyMetrics?.map { $0.metrics?["IMPRESSION"] ?? 0 } == perApp[2], "a group is its filter"
            )
        }
    }

    @Test func multiPinAnalyticsIsKeyedByPinId() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.summerRecipes)
            let pins = try await world.client.boardsListPins(boardId: board.id, pageSize: 3).items.map(\.id)
            let report = try await world.client.multiPinsAnalytics(
                pinIds: pins, startDate: day(-7), endDate: day(-1), metricTypes: [.impression, .outboundClick],
                appTypes: .web)
            #expect(Set(report.keys) == Set(pins))
            for id in pins {
                let single = try await world.client.pinsAnalytics(
                    pinId: id, startDate: day(-7), endDate: day(-1), metricTypes: [.impression, .outboundClick],
                    appTypes: .web)
                #expect(report[id] == single, "the same numbers as asking for the pin alone")
            }
        }
    }

    @Test(arguments: [
        (AccountAnalyticsSplitField.noSplit, ["all"]),
        (.appType, ["MOBILE", "TABLET", "WEB"]),
        (.ownedContent, ["OWNED", "NOT_OWNED"]),
        (.source, ["YOUR_PINS", "OTHER_PINS"]),
        (
            .pinFormat,
            ["ORGANIC_IMAGE", "ORGANIC_VIDEO", "ORGANIC_PRODUCT", "ADS_STANDARD", "ADS_VIDEO", "ADS_PRODUCT"]
        ),
    ])
    func accountAnalyticsGroupsBySplitField(split: AccountAnalyticsSplitField, groups: [String]) async throws {
        try await Integration.run { world in
            let report = try await world.client.userAccountAnalytics(
                startDate: day(-10), endDate: day(-1), metricTypes: [.engagement, .engagementRate], splitField: split)
            #expect(Set(report.keys) == Set(groups))
            for group in report.values {
                #expect(group.dailyMetrics?.count == 10)
                #expect(Set((group.summaryMetrics ?? [:]).keys) == ["ENGAGEMENT", "ENGAGEMENT_RATE"])
            }
            let unsplit = try await world.client.userAccountAnalytics(
                startDate: day(-10), endDate: day(-1), metricTypes: [.engagement])
            let engagements = report.values.compactMap { $0.summaryMetrics?["ENGAGEMENT"] }.reduce(0, +)
            #expect(engagements == unsplit["all"]?.summaryMetrics?["ENGAGEMENT"], "the groups add up to the whole")
        }
    }

    @Test func accountAnalyticsAcceptsEveryContentFilterAndDefaultsToAllMetrics() async throws {
        try await Integration.run { world in
            let report = try await world.client.userAccountAnalytics(
                startDate: day(-5), endDate: day(-5), fromClaimedContent: .both, pinFormat: .organicImage,
                appTypes: .tablet, contentType: .organic, source: .yourPins)
            let all = try #require(report["all"])
            #expect(all.dailyMetrics?.map(\.date) == [PinterestTimestamp.day(day(-5))])
            let everyMetric: [AccountMetricType] = [
                .engagement, .engagementRate, .impression, .outboundClick, .outboundClickRate, .pinClick,
                .pinClickRate, .save, .saveRate,
            ]
            #expect(Set((all.summaryMetrics ?? [:]).keys) == Set(everyMetric.map(\.rawValue)))
        }
    }

    @Test func accountAnalyticsFiltersPartitionTheNumbers() async throws {
        try await Integration.run { world in
            let client = world.client
            func saves(
                _ claimed: FromClaimedContent? = nil, _ contentType: AnalyticsContentType? = nil,
                _ source: AnalyticsSource? = nil
            ) async throws -> [Double] {
                let report = try await client.userAccountAnalytics(
                    startDate: day(-14), endDate: day(-1), fromClaimedContent: claimed, contentType: contentType,
                    source: source, metricTypes: [.save])
                return try #require(report["all"]?.dailyMetrics).map { $0.metrics?["SAVE"] ?? 0 }
            }
            let all = try await saves()
            #expect(all.allSatisfy { $0 > 0 })
            for (first, second) in [
                (try await saves(.claimed), try await saves(.other)),
                (try await saves(nil, .paid), try await saves(nil, .organic)),
                (try await saves(nil, nil, .yourPins), try await saves(nil, nil, .otherPins)),
            ] {
                #expect(zip(first, second).map(+) == all, "the two halves of a filter add up to the whole")
                #expect(first != second)
            }
        }
    }

    @Test func accountAnalyticsEndsTodayAtTheLatestAndTodayIsStillProcessing() async throws {
        try await Integration.run { world in
            let report = try await world.client.userAccountAnalytics(
                startDate: day(-2), endDate: day(0), metricTypes: [.impression])
            let days = try #require(report["all"]?.dailyMetrics)
            #expect(days.map(\.date) == [-2, -1, 0].map { PinterestTimestamp.day(day($0)) })
            #expect(days.map(\.dataStatus) == [.ready, .estimate, .processing])
            expectHTTPError(
                try await expectPinterestError {
                    try await world.client.userAccountAnalytics(startDate: day(-2), endDate: day(1))
                },
                status: 400, code: 1, messageNaming: "'end_date'",
                meaning: "invalid analytics parameters: dates must be within the last 90 days")
        }
    }

    @Test func topPinsAreRankedByTheSortMetric() async throws {
        try await Integration.run { world in
            let report = try await world.client.userAccountAnalyticsTopPins(
                startDate: day(-30), endDate: day(-1), sortBy: .impression, fromClaimedContent: .claimed,
                pinFormat: .all, appTypes: .mobile, contentType: .all, source: .all, metricTypes: [.save], numOfPins: 5)
            let pins = try #require(report.pins)
            #expect(pins.count == 5)
            #expect(report.sortBy == .impression)
            #expect(report.dateAvailability?.latestAvailableTimestamp != nil)
            let impressions = pins.compactMap { $0.metrics?["IMPRESSION"] }
            #expect(impressions.count == 5 && impressions == impressions.sorted(by: >))
            #expect(pins.allSatisfy { $0.metrics?["SAVE"] != nil && $0.dataStatus?["SAVE"] == .estimate })
            let firstId = try #require(pins.first?.pinId)
            let first = try await world.client.pinsGet(pinId: firstId)
            #expect(first.boardOwner?.username == Demo.username)
            let alone = try await world.client.pinsAnalytics(
                pinId: firstId, startDate: day(-30), endDate: day(-1), metricTypes: [.impression, .save],
                appTypes: .mobile)
            #expect(
                alone["all"]?.summaryMetrics?["IMPRESSION"] == pins.first?.metrics?["IMPRESSION"], "the same numbers")
            #expect(alone["all"]?.summaryMetrics?["SAVE"] == pins.first?.metrics?["SAVE"])
        }
    }

    @Test func topPinsCreatedRecentlyIsEmptyForTheOlderDemoPins() async throws {
        try await Integration.run { world in
            let report = try await world.client.userAccountAnalyticsTopPins(
                startDate: day(-30), endDate: day(-1), sortBy: .save, createdInLastNDays: 30)
            #expect(report.pins == [])
        }
    }

    @Test func topVideoPinsAreTheVideosRankedByTheVideoMetric() async throws {
        try await Integration.run { world in
            let report = try await world.client.userAccountAnalyticsTopVideoPins(
                startDate: day(-30), endDate: day(-1), sortBy: .videoStart,
                metricTypes: [.videoMRCView, .videoAverageWatchTime], numOfPins: 50)
            let pins = try #require(report.pins)
            #expect(pins.count == 6, "the demo holds six videos")
            #expect(report.sortBy == .videoStart)
            let starts = pins.compactMap { $0.metrics?["VIDEO_START"] }
            #expect(starts == starts.sorted(by: >))
            for entry in pins {
                let pin = try await world.client.pinsGet(pinId: try #require(entry.pinId))
                #expect(pin.creativeType == .video)
            }
        }
    }
}
