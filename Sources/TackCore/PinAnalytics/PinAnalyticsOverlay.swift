import PinterestAPI

/// One pin's analytics, or marked pins compared, over whatever screen opened them: a full-screen overlay
/// with its own keys (`pin_analytics`) that `back` closes, leaving the screen below as it was.
public struct PinAnalyticsOverlay: Sendable, Equatable {
    /// What is on view.
    public enum Subject: Sendable, Equatable {
        /// One pin: every metric's total and daily chart.
        case one(PinSummary)
        /// Marked pins side by side: a row per pin, a column per metric.
        case compared([PinSummary])
    }

    public var subject: Subject
    public var period: AnalyticsPeriod
    /// One pin: the metric drawn large. Compared pins: the column the rows are sorted by.
    public var metric: PinMetric
    /// One pin: one series per app type instead of one for all.
    public var splitsByAppType: Bool
    /// The selected row of the compared pins, in sorted order.
    public var selectedRow: Int
    /// The answers by pin id, for `query`.
    public var reports: Loadable<[String: PinMetricsReport]>
    /// The load that `reports` holds or waits for (nil before the first); an answer for another is dropped.
    public var query: PinAnalyticsQuery?

    public init(_ subject: Subject) {
        self.subject = subject
        period = .days30
        metric = .impressions
        splitsByAppType = false
        selectedRow = 0
        reports = .idle
        query = nil
    }

    /// The most pins multi_pins/analytics takes at once.
    public static let mostComparedPins = 100

    /// The pins on view, in the order they were marked in the list.
    public var pins: [PinSummary] {
        switch subject {
        case .one(let pin): [pin]
        case .compared(let pins): pins
        }
    }

    /// The metrics to choose from: those of the answer (video ones only for video pins), else the
    /// ones asked for.
    public var metrics: [PinMetric] {
        if case .one(let pin) = subject, let report = reports.value?[pin.id] { return report.metrics }
        return currentQuery.metrics
    }

    public var isComparison: Bool {
        if case .compared = subject { true } else { false }
    }

    /// The load for what is on view now.
    public var currentQuery: PinAnalyticsQuery {
        PinAnalyticsQuery(
            pinIds: pins.map(\.id), compares: isComparison, window: AnalyticsWindow(days: period.rawValue, endingDaysAgo: 0),
            splitsByAppType: !isComparison && splitsByAppType, includingVideo: pins.contains(where: \.isVideo))
    }

    /// The compared pins in the order shown: by the chosen column, highest first (no number last),
    /// ties in marking order.
    public var sortedPins: [PinSummary] {
        let reports = reports.value ?? [:]
        func value(_ pin: PinSummary) -> Double { reports[pin.id]?.groups.first?.totals[metric] ?? -.infinity }
        return pins.enumerated().sorted { (value($1.element), $0.offset) < (value($0.element), $1.offset) }.map(\.element)
    }
}

/// What a pin's analytics show it by: its id, its title (or description, or id) and whether it is a video.
public struct PinSummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var isVideo: Bool

    public init(id: String, title: String, isVideo: Bool) {
        self.id = id
        self.title = title
        self.isVideo = isVideo
    }

    public init(_ pin: Pin) {
        let title = [pin.title, pin.description].compactMap { $0 }.first { !$0.isEmpty } ?? "pin \(pin.id)"
        let type = pin.media?.mediaType
        self.init(id: pin.id, title: title, isVideo: type == .video || type == .multipleVideos)
    }
}

/// One load of pin analytics: pins_analytics for a single pin, multi_pins/analytics for compared ones.
public struct PinAnalyticsQuery: Sendable, Hashable {
    public var pinIds: [String]
    /// multi_pins/analytics (pins side by side) rather than pins_analytics.
    public var compares: Bool
    public var window: AnalyticsWindow
    public var splitsByAppType: Bool
    /// Whether the video metrics are asked for (only when a pin is a video).
    public var includingVideo: Bool

    public init(pinIds: [String], compares: Bool, window: AnalyticsWindow, splitsByAppType: Bool, includingVideo: Bool) {
        self.pinIds = pinIds
        self.compares = compares
        self.window = window
        self.splitsByAppType = splitsByAppType
        self.includingVideo = includingVideo
    }

    public var metrics: [PinMetric] { PinMetric.requested(includingVideo: includingVideo) }
}
