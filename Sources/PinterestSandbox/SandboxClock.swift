import Foundation

/// Dates as the API writes them: zone-less UTC timestamps (`2022-10-13T01:40:29`) and `YYYY-MM-DD` days,
/// with days also counted as integers since 1970-01-01 for arithmetic.
enum SandboxClock {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func timestamp(_ date: Date = Date()) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    static func today(_ now: Date = Date()) -> Int {
        Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    static func dateString(day: Int) -> String {
        String(timestamp(Date(timeIntervalSince1970: Double(day) * 86_400)).prefix(10))
    }

    /// The day number of a `YYYY-MM-DD` string (its first ten characters when given a timestamp), nil when not a real date.
    static func day(of text: some StringProtocol) -> Int? {
        let parts = text.prefix(10).split(separator: "-")
        guard text.count >= 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
            let date = calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth))
        else { return nil }
        let day = today(date)
        return dateString(day: day) == text.prefix(10) ? day : nil
    }
}
