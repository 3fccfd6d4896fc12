/// Lengths of time written short for people, from milliseconds: tenths of a second under a minute
/// ("0.8s", "12.4s"), then the two largest units, the smaller rounded and padded ("1m 05s", "2h 03m",
/// "3d 04h"). At most seven columns below 100 days.
public enum CompactDuration {
    public static func format(milliseconds: Double) -> String {
        let milliseconds = ChartValue.clamp(milliseconds)
        if milliseconds < 0 { return "-" + format(milliseconds: -milliseconds) }
        let tenths = Int((milliseconds / 100).rounded())
        if tenths == 0 { return "0s" }
        // Each unit's value is rounded on its own, so 59.96 s is "1m 00s", never "60.0s".
        if tenths < 600 { return "\(tenths / 10).\(tenths % 10)s" }
        let seconds = Int((milliseconds / 1_000).rounded())
        if seconds < 3_600 { return "\(seconds / 60)m \(twoDigits(seconds % 60))s" }
        let minutes = Int((milliseconds / 60_000).rounded())
        if minutes < 24 * 60 { return "\(minutes / 60)h \(twoDigits(minutes % 60))m" }
        let hours = Int((milliseconds / 3_600_000).rounded())
        return "\(hours / 24)d \(twoDigits(hours % 24))h"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
