import Foundation
import PinterestAPI

/// The analytics screen: the account's metrics over a period, one of them drawn large.
public struct AnalyticsScreenState: Sendable, Equatable {
    public var period: AnalyticsPeriod
    /// The metric drawn large; the others are a row each.
    public var metric: AccountMetric
    /// The period's metrics, day by day.
    public var report: Loadable<AccountMetricsReport>
    /// The same metrics for the period before, to compare totals; idle when the API cannot reach it
    /// (it keeps 90 days).
    public var previous: Loadable<AccountMetricsReport>
    /// The part on view: the metrics, or the top pins.
    public var part: AnalyticsPart
    /// How top pins are sorted; top video pins by `topVideoPinsSort`.
    public var topPinsSort: TopPinsSort
    /// The top pins (or video pins) of `topPinsQuery`.
    public var topPins: Loadable<TopPinsTable>
    /// The selected row of the top pins.
    public var selectedTopPin: Int
    /// Pins fetched by id to name the top pins and video pins (the API gives ids only), kept across
    /// periods, sorts and kinds.
    public var pinDetails: [String: Loadable<Pin>]
    /// Top video pins instead of top pins, ranked by their own sort.
    public var topPinsKind: TopPinsKind
    public var topVideoPinsSort: TopPinsSort
    /// How many top pins are asked for: one of `topPinCounts`.
    public var topPinCount: Int
    /// Only the top pins created in the last 30 days.
    public var onlyRecentTopPins: Bool

    public init() {
        period = .days30
        metric = .impressions
        report = .idle
        previous = .idle
        part = .metrics
        topPinsSort = .saves
        topPins = .idle
        selectedTopPin = 0
        pinDetails = [:]
        topPinsKind = .pins
        topVideoPinsSort = .videoViews
        topPinCount = 20
        onlyRecentTopPins = false
    }

    /// How many pins are fetched by id at a time to name the top pins.
    public static let pinDetailsAtOnce = 4

    /// The window of the period on view, ending today.
    public var window: AnalyticsWindow { AnalyticsWindow(days: period.rawValue, endingDaysAgo: 0) }

    /// The window before it, when the API still keeps all of it.
    public var previousWindow: AnalyticsWindow? {
        let window = AnalyticsWindow(days: period.rawValue, endingDaysAgo: period.rawValue)
        return window.firstDayAgo < AnalyticsWindow.daysKept ? window : nil
    }
}

/// The parts of the analytics screen; `focus_next` goes from one to the other.
public enum AnalyticsPart: Hashable, Sendable {
    case metrics, topPins
}

/// How far back the analytics screen looks; `cycle_period` goes through them in order.
public enum AnalyticsPeriod: Int, Hashable, Sendable, CaseIterable {
    case days7 = 7, days30 = 30, days90 = 90

    public var title: String { "last \(rawValue) days" }

    public var next: AnalyticsPeriod {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// A run of whole UTC days ending `endingDaysAgo` days before today (0: today).
public struct AnalyticsWindow: Hashable, Sendable {
    public var days: Int
    public var endingDaysAgo: Int

    /// How many days back the API reports: a start date at most 90 days ago.
    public static let daysKept = 90

    public init(days: Int, endingDaysAgo: Int) {
        self.days = days
        self.endingDaysAgo = endingDaysAgo
    }

    /// How many days before today the window starts.
    public var firstDayAgo: Int { endingDaysAgo + days - 1 }
}

extension AnalyticsWindow {
    /// The first and last day of the window as dates (midnight UTC), counted back from `today`.
    public func dates(today: Date) -> (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let midnight = calendar.startOfDay(for: today)
        let end = calendar.date(byAdding: .day, value: -endingDaysAgo, to: midnight) ?? midnight
        let start = calendar.date(byAdding: .day, value: -(days - 1), to: end) ?? end
        return (start, end)
    }
}
