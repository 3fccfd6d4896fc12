/// Keeps chart arithmetic safe: values that are not finite count as missing, and values beyond
/// ±`limit` are drawn at the limit, so scaling never overflows and conversions to cells never trap.
enum ChartValue {
    static let limit = 1e15

    static func clean(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return clamp(value)
    }

    static func clamp(_ value: Double) -> Double {
        value.isNaN ? 0 : min(limit, max(-limit, value))
    }
}
