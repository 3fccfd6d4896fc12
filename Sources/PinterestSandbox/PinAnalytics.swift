/// Deterministic, plausible daily metrics of one pin: the same pin and day always give the same numbers,
/// shaped by the pin's popularity, the weekday, whether it has a link and whether it is a video.
struct PinAnalytics: Sendable {
    let pin: PinRow

    /// Integer counts (all metric names the API knows) of one day; empty before the pin existed.
    func counts(day: Int) -> [String: Int] {
        guard let created = SandboxClock.day(of: pin.createdAt), day >= created else { return [:] }
        var random = SeededGenerator.mixing(UInt64(bitPattern: pin.id ?? 0), UInt64(bitPattern: Int64(day)))
        let weekday = [0.8, 0.9, 1.0, 1.0, 1.1, 1.3, 1.2][((day % 7) + 7) % 7]
        let impressions = Int(Double(pin.popularity) * weekday * Double.random(in: 0.6...1.4, using: &random))
        func share(_ range: ClosedRange<Double>) -> Int {
            Int((Double(impressions) * Double.random(in: range, using: &random)).rounded())
        }
        var counts = [
            "IMPRESSION": impressions,
            "SAVE": share(0.01...0.05),
            "PIN_CLICK": share(0.02...0.08),
            "OUTBOUND_CLICK": pin.link == nil ? 0 : share(0.005...0.03),
            "TOTAL_COMMENTS": share(0...0.004),
            "TOTAL_REACTIONS": share(0...0.01),
            "USER_FOLLOW": share(0...0.003),
            "PROFILE_VISIT": share(0.001...0.01),
        ]
        if pin.creativeType == "VIDEO" {
            let starts = share(0.25...0.4)
            let views = starts * 2 / 3
            counts["VIDEO_START"] = starts
            counts["VIDEO_MRC_VIEW"] = views
            counts["VIDEO_10S_VIEW"] = views / 2
            counts["QUARTILE_95_PERCENT_VIEW"] = views / 4
            counts["VIDEO_AVG_WATCH_TIME"] = views == 0 ? 0 : Int.random(in: 4_000...9_000, using: &random)
            counts["VIDEO_V50_WATCH_TIME"] = views * (counts["VIDEO_AVG_WATCH_TIME"] ?? 0)
        }
        counts["ENGAGEMENT"] =
            counts["SAVE"]! + counts["PIN_CLICK"]! + counts["OUTBOUND_CLICK"]! + counts["TOTAL_REACTIONS"]!
            + counts["TOTAL_COMMENTS"]!
        return counts
    }

    /// Counts summed over several days.
    func totals(days: some Sequence<Int>) -> [String: Int] {
        days.reduce(into: [:]) { totals, day in totals.merge(counts(day: day), uniquingKeysWith: +) }
    }

    /// `pin_metrics` for `?pin_metrics=true`: the last 90 days and the pin's lifetime (capped at two years).
    func pinMetrics(today: Int = SandboxClock.today()) -> WirePinMetrics {
        func window(_ days: Int, withSocial: Bool) -> WirePinMetrics.Window {
            let totals = totals(days: (today - days + 1)...today)
            return .init(
                pinClick: totals["PIN_CLICK", default: 0], impression: totals["IMPRESSION", default: 0],
                clickthrough: totals["OUTBOUND_CLICK", default: 0],
                reaction: withSocial ? totals["TOTAL_REACTIONS", default: 0] : nil,
                comment: withSocial ? totals["TOTAL_COMMENTS", default: 0] : nil)
        }
        return WirePinMetrics(ninetyDays: window(90, withSocial: false), lifetimeMetrics: window(730, withSocial: true))
    }
}

/// Rates derived from counts, as the API reports them (fractions).
enum MetricRates {
    static let definitions: [String: (numerator: String, denominator: String)] = [
        "SAVE_RATE": ("SAVE", "IMPRESSION"),
        "ENGAGEMENT_RATE": ("ENGAGEMENT", "IMPRESSION"),
        "OUTBOUND_CLICK_RATE": ("OUTBOUND_CLICK", "IMPRESSION"),
        "PIN_CLICK_RATE": ("PIN_CLICK", "IMPRESSION"),
    ]

    /// The requested metrics from counts, computing rates and averages where asked.
    static func select(_ metrics: [String], from counts: [String: Int]) -> [String: Double] {
        var result: [String: Double] = [:]
        for metric in metrics {
            if let (numerator, denominator) = definitions[metric] {
                let total = counts[denominator, default: 0]
                result[metric] = total == 0 ? 0 : Double(counts[numerator, default: 0]) / Double(total)
            } else if metric == "VIDEO_AVG_WATCH_TIME" {
                let views = counts["VIDEO_MRC_VIEW", default: 0]
                result[metric] = views == 0 ? 0 : Double(counts["VIDEO_V50_WATCH_TIME", default: 0] / views)
            } else {
                result[metric] = Double(counts[metric, default: 0])
            }
        }
        return result
    }
}
