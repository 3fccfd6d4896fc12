import Foundation
import PinterestAPI
import TerminalCanvas

/// How the detail pane and the pin view spell dates, colours and image sizes.
public enum DetailFormat {
    /// "2026-06-02 14:03 UTC", whatever the machine's time zone and locale.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04ld-%02ld-%02ld %02ld:%02ld UTC",
            parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0
        )
    }

    /// The colour of a "#rrggbb" string (the "#" is optional), or nil when it is not one.
    public static func color(fromHex hex: String) -> Color? {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// "150x150 · 400x300 · 600x…": width by height, "…" for an unknown side, the API's label when
    /// the width is unknown.
    public static func imageSizes(_ sizes: [(label: String, width: Int?, height: Int?, url: String?)]) -> String {
        sizes.map { size in
            guard let width = size.width else { return size.label }
            return "\(width)x\(size.height.map(String.init) ?? "…")"
        }.joined(separator: " · ")
    }

    public static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// A video's length from milliseconds: "0:42", "12:05", "1:02:09".
    public static func duration(milliseconds: Double) -> String {
        let seconds = Int((milliseconds / 1000).rounded())
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        return hours > 0
            ? String(format: "%ld:%02ld:%02ld", hours, minutes, rest)
            : String(format: "%ld:%02ld", minutes, rest)
    }

    /// "SECRET" -> "secret", "multiple_images" -> "multiple images".
    public static func enumName(_ rawValue: String) -> String {
        rawValue.lowercased().replacingOccurrences(of: "_", with: " ")
    }
}
