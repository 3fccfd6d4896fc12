import Foundation

/// A calendar day in UTC, as the analytics API counts its days (`YYYY-MM-DD`), counted from 1970-01-01 so
/// that days add and subtract as integers. The civil date is computed (proleptic Gregorian), not looked up.
public struct UTCDay: Hashable, Sendable, Comparable {
    /// Days since 1970-01-01.
    public var number: Int

    public init(number: Int) {
        self.number = number
    }

    /// The UTC day `date` falls on.
    public init(_ date: Date) {
        number = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.length(ofMonth: month, year: year)).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Reads exactly `YYYY-MM-DD` (a real date); nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month (1…12) and day of the month.
    public var civil: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// "2026-11-01".
    public var iso: String {
        let (year, month, day) = civil
        return "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// Midnight UTC at the start of the day.
    public var date: Date { Date(timeIntervalSince1970: Double(number) * 86_400) }

    /// "1 Nov", with " 2026" when `withYear`: the month's English abbreviation, the same in every locale.
    public func label(withYear: Bool) -> String {
        let (year, month, day) = civil
        return "\(day) \(Self.monthNames[month - 1])" + (withYear ? " \(year)" : "")
    }

    public func adding(days: Int) -> UTCDay { UTCDay(number: number + days) }

    public static func < (lhs: UTCDay, rhs: UTCDay) -> Bool { lhs.number < rhs.number }

    /// "1 Nov – 20 Nov 2026", or "20 Dec 2026 – 5 Jan 2027" across a year's end.
    public static func rangeLabel(_ first: UTCDay, _ last: UTCDay) -> String {
        let sameYear = first.civil.year == last.civil.year
        return "\(first.label(withYear: !sameYear)) – \(last.label(withYear: true))"
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
