/// Counts for people: "987", "48.2k", "1.3M", with the exact value ("48,213") where there is room.
public enum CountFormat {
    /// Three significant figures at most, with a k (thousands) or M (millions) suffix.
    public static func compact(_ count: Int) -> String {
        let magnitude = abs(count)
        let (scale, suffix): (Double, String) = switch magnitude {
        case ..<1_000: (1, "")
        case ..<999_950: (1_000, "k")
        case ..<999_950_000: (1_000_000, "M")
        default: (1_000_000_000, "B")
        }
        guard !suffix.isEmpty else { return String(count) }
        let value = Double(count) / scale
        let rounded = (abs(value) < 100 ? (value * 10).rounded() / 10 : value.rounded())
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return text + suffix
    }

    /// Every digit, grouped by thousands with commas: "48,213".
    public static func exact(_ count: Int) -> String {
        let digits = String(abs(count))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return count < 0 ? "-" + grouped : grouped
    }
}
