import Foundation
import GRDB

extension SandboxStore {
    static let topPinsSorts = ["ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"]

    /// `user_account/analytics`: the account's pins summed per day.
    func accountAnalytics(_ request: AnalyticsRequest) async throws -> [String: WireMetricsGroup] {
        let pins = try await ownPins()
        return Self.groups(request) { day in
            pins.reduce(into: [:]) { total, pin in total.merge(PinAnalytics(pin: pin).counts(day: day), uniquingKeysWith: +) }
        }
    }

    /// `pins/analytics` for one pin.
    func pinAnalytics(_ id: Int64, _ request: AnalyticsRequest) async throws -> [String: WireMetricsGroup] {
        let pin = try await database.read { db in try self.pinRow(id, db) }
        return Self.groups(request, lifetime: PinAnalytics(pin: pin).pinMetrics()) { PinAnalytics(pin: pin).counts(day: $0) }
    }

    /// `multi_pins/analytics`: the same, keyed by pin id; 404 when any pin is unknown.
    func multiPinAnalytics(_ ids: [Int64], _ request: AnalyticsRequest) async throws -> [String: [String: WireMetricsGroup]] {
        var result: [String: [String: WireMetricsGroup]] = [:]
        for id in ids { result[String(id)] = try await pinAnalytics(id, request) }
        return result
    }

    /// `top_pins` / `top_video_pins`: the account's pins ranked by a metric over the range.
    func topPins(_ request: AnalyticsRequest, sortBy: String, count: Int, videoOnly: Bool, createdWithinDays: Int?)
        async throws -> WireTopPins
    {
        let today = SandboxClock.today()
        let pins = try await ownPins().filter { pin in
            (!videoOnly || pin.creativeType == "VIDEO")
                && createdWithinDays.map { (SandboxClock.day(of: pin.createdAt) ?? 0) >= today - $0 } ?? true
        }
        let ranked = pins.map { pin -> (id: Int64, metrics: [String: Double]) in
            let totals = PinAnalytics(pin: pin).totals(days: request.dayList)
            let metrics = MetricRates.select(Array(Set(request.metrics + [sortBy])), from: totals)
            return (pin.id!, metrics)
        }.sorted { ($0.metrics[sortBy] ?? 0, $1.id) > ($1.metrics[sortBy] ?? 0, $0.id) }
        return WireTopPins(
            dateAvailability: .init(
                isRealtime: false, latestAvailableTimestamp: Double(request.endDay + 1) * 86_400_000 - 1),
            pins: ranked.prefix(count).map { entry in
                .init(
                    pinId: String(entry.id), metrics: entry.metrics,
                    dataStatus: entry.metrics.mapValues { _ in "READY" })
            },
            sortBy: sortBy)
    }

    private func ownPins() async throws -> [PinRow] {
        try await database.read { db in
            try PinRow.fetchAll(
                db, sql: "SELECT pin.* FROM pin JOIN board ON board.id = pin.boardId WHERE board.owner = ?",
                arguments: [try self.account(db).username])
        }
    }

    /// Builds the response groups of a range from a day's counts, scaling each group by its share.
    private static func groups(
        _ request: AnalyticsRequest, lifetime: WirePinMetrics? = nil, counts: (Int) -> [String: Int]
    ) -> [String: WireMetricsGroup] {
        let perDay = request.dayList.map { ($0, counts($0)) }
        var result: [String: WireMetricsGroup] = [:]
        for (name, share) in request.groups {
            func scaled(_ counts: [String: Int]) -> [String: Int] {
                counts.mapValues { Int((Double($0) * share).rounded()) }
            }
            var summary: [String: Int] = [:]
            let daily = perDay.map { day, dayCounts in
                let groupCounts = scaled(dayCounts)
                summary.merge(groupCounts, uniquingKeysWith: +)
                return WireDailyMetrics(
                    date: SandboxClock.dateString(day: day),
                    dataStatus: dayCounts.isEmpty ? "BEFORE_PIN_CREATED" : "READY",
                    metrics: MetricRates.select(request.metrics, from: groupCounts))
            }
            result[name] = WireMetricsGroup(
                dailyMetrics: daily, summaryMetrics: MetricRates.select(request.metrics, from: summary),
                lifetimeMetrics: lifetime.map {
                    [
                        "TOTAL_COMMENTS": $0.lifetimeMetrics.comment ?? 0,
                        "TOTAL_REACTIONS": $0.lifetimeMetrics.reaction ?? 0,
                        "IMPRESSION": $0.lifetimeMetrics.impression,
                        "PIN_CLICK": $0.lifetimeMetrics.pinClick,
                        "OUTBOUND_CLICK": $0.lifetimeMetrics.clickthrough,
                    ]
                })
        }
        return result
    }
}
