import Foundation
import PinterestAPI

/// The analytics screen: the account's metrics over a period, one of them drawn large.
public struct AnalyticsScreenState: Sendable, Equatable {
    /// The last 7, 30 or 90 days; a custom period takes its place while there is one.
    public var period: AnalyticsPeriod
    /// A period chosen by its first and last day (`choose_period`); `cycle_period` goes back to `period`.
    public var customPeriod: ClosedRange<UTCDay>?
    /// The UTC day it is, kept by the app, so that windows and the period form's limits are counted from it.
    public var today: UTCDay
    /// The filters sent with the account's metrics.
    public var filters: AnalyticsFilters
    /// How the metrics are split into groups, one series per group.
    public var split: AccountMetricsSplit
    /// The period's metrics per group of `split`; idle without a split.
    public var splitReport: Loadable<SplitMetricsReport>
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

    /// `today` is the day the app starts on; the app sends `dayBegan` when it changes.
    public init(today: UTCDay = UTCDay(Date())) {
        period = .days30
        customPeriod = nil
        self.today = today
        filters = .none
        split = .none
        splitReport = .idle
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

    /// The window of the period on view: the last days ending today, or the custom period's days.
    public var window: AnalyticsWindow {
        guard let custom = customPeriod else { return AnalyticsWindow(days: period.rawValue, endingDaysAgo: 0) }
        return AnalyticsWindow(
            days: custom.upperBound.number - custom.lowerBound.number + 1,
            endingDaysAgo: today.number - custom.upperBound.number)
    }

    /// The first and last day of the window on view.
    public var days: ClosedRange<UTCDay> {
        let last = today.adding(days: -window.endingDaysAgo)
        return last.adding(days: 1 - window.days)...last
    }

    /// The window before it, of the same length, when the API still reaches all of it.
    public var previousWindow: AnalyticsWindow? {
        let window = AnalyticsWindow(days: window.days, endingDaysAgo: window.endingDaysAgo + window.days)
        return window.firstDayAgo <= AnalyticsWindow.daysKept ? window : nil
    }

    /// "last 30 days", or the custom period's days: "1 Nov – 20 Nov 2026".
    public var periodTitle: String {
        customPeriod.map { UTCDay.rangeLabel($0.lowerBound, $0.upperBound) } ?? period.title
    }

    /// The request of the period's unsplit metrics.
    public var query: AccountMetricsQuery { AccountMetricsQuery(window: window, filters: filters) }

    /// The request of the period before, to compare totals, when the API reaches it.
    public var previousQuery: AccountMetricsQuery? {
        previousWindow.map { AccountMetricsQuery(window: $0, filters: filters) }
    }

    /// The request of the period's metrics per group, with a split.
    public var splitQuery: AccountMetricsQuery? {
        split == .none ? nil : AccountMetricsQuery(window: window, filters: filters, split: split)
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
    /// How many days past its start a period may end.
    public static let longestSpan = 90

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
