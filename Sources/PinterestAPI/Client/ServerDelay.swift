import Foundation

/// How long a 429 or 5xx response asks the client to wait: `Retry-After` (seconds or an HTTP
/// date), else `X-RateLimit-Reset` (seconds until the reset, or a Unix time when it is that large).
enum ServerDelay {
    static func parse(_ response: HTTPResponse, now: Date = Date()) -> Duration? {
        if let value = response.header("Retry-After")?.trimmingCharacters(in: .whitespaces) {
            if let seconds = Double(value) { return clamp(seconds) }
            if let date = try? Date(value, strategy: Date.ParseStrategy.httpDate) {
                return clamp(date.timeIntervalSince(now))
            }
        }
        if let value = response.header("X-RateLimit-Reset").flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) {
            return clamp(value > unixTimeThreshold ? value - now.timeIntervalSince1970 : value)
        }
        return nil
    }

    /// Reset values above this (2001-09-09) are Unix times rather than durations.
    private static let unixTimeThreshold = 1_000_000_000.0

    private static func clamp(_ seconds: Double) -> Duration {
        .milliseconds(Int64(max(0, seconds) * 1000))
    }
}

private extension Date.ParseStrategy {
    /// `Sun, 06 Nov 1994 08:49:37 GMT`, the HTTP-date form of Retry-After.
    static let httpDate = Date.ParseStrategy(
        format: "\(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) GMT",
        locale: Locale(identifier: "en_US_POSIX"), timeZone: .gmt)
}
