/// Numbers written short for people: three significant digits and a k, M, B or T suffix
/// (`12900` → "12.9k", `1_250_000` → "1.25M", `0.05` → "0.05"), trailing zeros dropped.
public enum CompactNumber {
    public static func format(_ value: Double, significantDigits: Int = 3) -> String {
        let value = ChartValue.clamp(value)
        if value < 0 {
            let magnitude = format(-value, significantDigits: significantDigits)
            return magnitude == "0" ? "0" : "-" + magnitude
        }
        var unitIndex = units.lastIndex { value >= $0.scale } ?? 0
        while true {
            let mantissa = value / units[unitIndex].scale
            let decimals = max(0, min(6, significantDigits - 1 - exponent(of: mantissa)))
            let scale = powerOfTen(decimals)
            let rounded = (mantissa * scale).rounded()
            // Rounding can carry into the next unit: 999.95k is 1M, not "1000k".
            if rounded >= 1000 * scale, unitIndex + 1 < units.count {
                unitIndex += 1
                continue
            }
            return digits(of: rounded, decimals: decimals) + units[unitIndex].suffix
        }
    }

    private static let units: [(scale: Double, suffix: String)] = [
        (1, ""), (1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T"),
    ]

    /// `scaled` (an integer held in a Double) divided by 10^decimals, written without trailing zeros.
    private static func digits(of scaled: Double, decimals: Int) -> String {
        let whole = String(Int(scaled))
        guard decimals > 0 else { return whole }
        var text = String(repeating: "0", count: max(0, decimals + 1 - whole.count)) + whole
        text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
        while text.last == "0" {
            text.removeLast()
        }
        if text.last == "." {
            text.removeLast()
        }
        return text
    }

    /// The power of ten of the leading digit: 0 for 1..<10, 2 for 125, -2 for 0.05; 0 for zero.
    static func exponent(of value: Double) -> Int {
        guard value > 0 else { return 0 }
        var exponent = 0, scaled = value
        while scaled >= 10 {
            scaled /= 10
            exponent += 1
        }
        while scaled < 1 {
            scaled *= 10
            exponent -= 1
        }
        return exponent
    }

    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) {
            result *= 10
        }
        return exponent < 0 ? 1 / result : result
    }
}
