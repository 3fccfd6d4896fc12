import ArgumentParser
import Foundation
import TackCore

/// The days an analytics report covers, with the API's limits checked by the UI's period form's
/// rules: the start at most 90 days back, the end not after today nor more than 90 days after the start.
struct AnalyticsPeriodOptions: ParsableArguments {
    @Option(name: .customLong("start-date"), help: ArgumentHelp("The first day, YYYY-MM-DD in UTC (default: 29 days before the end).", valueName: "day"))
    var startDate: String?

    @Option(name: .customLong("end-date"), help: ArgumentHelp("The last day, YYYY-MM-DD in UTC (default: today).", valueName: "day"))
    var endDate: String?

    func validate() throws {
        _ = try period(today: UTCDay(Date()))
    }

    /// The first and last day, as midnight UTC dates.
    func dates() throws -> (start: Date, end: Date) {
        let days = try period(today: UTCDay(Date()))
        return (Self.midnight(days.lowerBound), Self.midnight(days.upperBound))
    }

    private func period(today: UTCDay) throws -> ClosedRange<UTCDay> {
        let endText = endDate ?? today.iso
        let startText = startDate ?? UTCDay(iso: endText).map { $0.adding(days: -29).iso } ?? ""
        var limits = FormLimits(.analyticsPeriod(today, today, today: today))
        limits.set(.startDate, startText, as: "--start-date")
        limits.set(.endDate, endText, as: "--end-date")
        try limits.check()
        guard let start = UTCDay(iso: startText), let end = UTCDay(iso: endText) else {
            throw ValidationError("--start-date and --end-date must be dates like 2026-11-01.")
        }
        return start...end
    }

    private static func midnight(_ day: UTCDay) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.number) * 86_400)
    }
}
