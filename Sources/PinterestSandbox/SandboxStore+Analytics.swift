import Dispatch
import GRDB

extension SandboxStore {
    /// `user_account/analytics`: the activity of the account's pins, summed per day, filtered and split.
    func accountAnalytics(_ request: AnalyticsRequest) async throws -> [String: WireMetricsGroup] {
        let pins = try await ownPins().map(PinAnalytics.init)
        return await Self.computed { Self.report(request, pins: pins) }
    }

    /// `pins/analytics` for one of the account's pins.
    func pinAnalytics(_ id: Int64, _ request: AnalyticsRequest) async throws -> [String: WireMetricsGroup] {
        try await multiPinAnalytics([id], request)[String(id)]!
    }

    /// `multi_pins/analytics`: each pin's analytics keyed by its id; 404 when a pin is unknown, 403 when it is
    /// not the account's.
    func multiPinAnalytics(_ ids: [Int64], _ request: AnalyticsRequest) async throws -> WireBulkPinAnalytics {
        let rows = try await database.read { db in try ids.map { try self.ownPinRow($0, db) } }
        return await Self.computed {
            var result: WireBulkPinAnalytics = [:]
            for row in rows {
                let pin = PinAnalytics(pin: row)
                result[String(row.id!)] = Self.report(request, pins: [pin], of: pin)
            }
            return result
        }
    }

    /// `top_pins` / `top_video_pins`: the account's pins with activity in the period that the filters keep,
    /// ranked by the sort metric (ties by id).
    func topPins(_ request: TopPinsRequest) async throws -> WireTopPins {
        let analytics = request.analytics
        let pins = try await ownPins().map(PinAnalytics.init).filter { pin in
            (!request.videoOnly || pin.isVideo)
                && request.createdWithinDays.map { (pin.createdDay ?? .min) >= analytics.today - $0 } ?? true
        }
        let ranked = await Self.computed {
            pins.compactMap { pin -> (id: Int64, metrics: [String: Double])? in
                var totals = [ActivityCounts.zero]
                for day in analytics.daysWithData {
                    pin.add(day: day, filter: analytics.filter, split: .none, into: &totals)
                }
                guard totals[0].impression > 0 else { return nil }
                return (pin.pin.id!, totals[0].values(of: request.metrics, includingVideo: pin.isVideo))
            }.sorted { ($0.metrics[request.sortBy] ?? 0, $1.id) > ($1.metrics[request.sortBy] ?? 0, $0.id) }
        }
        let status = AnalyticsDayStatus.ofPeriod(analytics.days, today: analytics.today)
        let newestReady = AnalyticsDayStatus.newestReadyDay(today: analytics.today)
        return WireTopPins(
            dateAvailability: .init(
                isRealtime: false, latestAvailableTimestamp: Double(newestReady + 1) * 86_400_000 - 1),
            pins: ranked.prefix(request.count).map { entry in
                .init(
                    pinId: String(entry.id), metrics: entry.metrics, dataStatus: entry.metrics.mapValues { _ in status }
                )
            },
            sortBy: request.sortBy)
    }

    /// Runs the generation of numbers (up to a second for 90 days of the whole account in a debug build) on
    /// a dispatch queue rather than on one of Swift concurrency's few cooperative threads, which it would
    /// hold up for every other task of the process (the app's own, when the sandbox is embedded).
    private static func computed<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    private func ownPins() async throws -> [PinRow] {
        try await database.read { db in
            try PinRow.fetchAll(
                db,
                sql: "SELECT pin.* FROM pin JOIN board ON board.id = pin.boardId WHERE board.owner = ? ORDER BY pin.id",
                arguments: [try self.account(db).username])
        }
    }

    /// A pin of the account's boards: analytics are the owner's only.
    private func ownPinRow(_ id: Int64, _ db: Database) throws -> PinRow {
        let row = try pinRow(id, db)
        let owner = try String.fetchOne(db, sql: "SELECT owner FROM board WHERE id = ?", arguments: [row.boardId])
        guard owner == (try account(db).username) else { throw APIError.notAuthorizedForPin }
        return row
    }

    /// The daily and summary numbers of `pins` over the period, one group per split value. `single` is the
    /// pin of a pin's analytics: its days before creation say so, it has lifetime numbers, and video numbers
    /// when it is a video.
    private static func report(
        _ request: AnalyticsRequest, pins: [PinAnalytics], of single: PinAnalytics? = nil
    ) -> [String: WireMetricsGroup] {
        let groups = request.split.groups
        let includingVideo = single?.isVideo ?? false
        var daily = Array(repeating: [WireDailyMetrics](), count: groups.count)
        var summary = Array(repeating: ActivityCounts.zero, count: groups.count)
        for day in request.days {
            let status = AnalyticsDayStatus.of(day: day, today: request.today, createdDay: single?.createdDay)
            let date = SandboxClock.dateString(day: day)
            var counts = Array(repeating: ActivityCounts.zero, count: groups.count)
            let hasData = AnalyticsDayStatus.hasData(status)
            if hasData {
                for pin in pins { pin.add(day: day, filter: request.filter, split: request.split, into: &counts) }
            }
            for group in groups.indices {
                summary[group] += counts[group]
                let metrics = hasData ? counts[group].values(of: request.metrics, includingVideo: includingVideo) : [:]
                daily[group].append(WireDailyMetrics(date: date, dataStatus: status, metrics: metrics))
            }
        }
        let lifetime = single?.lifetimeMetrics(today: request.today)
        return Dictionary(
            uniqueKeysWithValues: groups.indices.map { group in
                (
                    groups[group],
                    WireMetricsGroup(
                        dailyMetrics: daily[group],
                        summaryMetrics: summary[group].values(of: request.metrics, includingVideo: includingVideo),
                        lifetimeMetrics: lifetime)
                )
            })
    }
}

extension APIError {
    static let notAuthorizedForPin = APIError(
        status: .forbidden, code: 403, message: "Not authorized to access board or Pin.")
}
