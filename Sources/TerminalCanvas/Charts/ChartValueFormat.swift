/// What a chart's values are, which decides how the value axis is labelled and how fine its steps go.
public enum ChartValueFormat: Hashable, Sendable {
    /// Whole things counted (impressions, saves): "12.9k", steps of at least 1.
    case count
    /// Fractions shown as percentages (an engagement rate of 0.0275 is "2.75%").
    case rate

    public func label(_ value: Double) -> String {
        switch self {
        case .count: CompactNumber.format(value)
        case .rate: CompactNumber.format(value * 100) + "%"
        }
    }

    /// The finest step the value axis may use.
    var smallestStep: Double {
        switch self {
        case .count: 1
        case .rate: 0.0001
        }
    }
}
