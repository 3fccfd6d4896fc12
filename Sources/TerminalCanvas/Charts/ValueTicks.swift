/// A value axis's range and its round ticks: a step of 1, 2, 2.5 or 5 times a power of ten, the smallest
/// that covers the data (and zero) in at most `maximumCount` ticks (three when the data crosses zero), never
/// below `smallestStep` (1 for counts, which also skip 2.5). Data up to 1234 in 5 ticks gives 0, 500, 1000, 1500.
public struct ValueTicks: Hashable, Sendable {
    /// The bottom of the axis: the first tick.
    public let lower: Double
    /// The top of the axis: the last tick.
    public let upper: Double
    public let step: Double

    public init(minimum: Double, maximum: Double, maximumCount: Int, smallestStep: Double = 0) {
        let low = min(0, ChartValue.clamp(minimum)), high = max(0, ChartValue.clamp(maximum))
        let span = high > low ? high - low : max(smallestStep, 1e-9)
        // A range across zero needs a tick below zero, zero itself and one above.
        let intervals = max(low < 0 && high > 0 ? 2 : 1, maximumCount - 1)
        var magnitude = CompactNumber.powerOfTen(CompactNumber.exponent(of: span / Double(intervals)))
        var step = magnitude
        search: while true {
            for multiple in [1, 2, 2.5, 5] {
                step = max(smallestStep, multiple * magnitude)
                // Counts never tick at 2.5: a 2.5 step must be a whole number of smallest steps.
                if multiple == 2.5, smallestStep > 0, !Self.isWhole(step / smallestStep) {
                    continue
                }
                let count = Self.ceil(high / step) - Self.floor(low / step)
                if count <= intervals {
                    break search
                }
            }
            magnitude *= 10
        }
        self.step = step
        self.lower = Double(Self.floor(low / step)) * step
        let upper = Double(Self.ceil(high / step)) * step
        self.upper = upper > lower ? upper : lower + step
    }

    /// The tick values from `lower` to `upper`, bottom up.
    public var values: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    private static func isWhole(_ value: Double) -> Bool {
        abs(value - value.rounded()) < 1e-6
    }

    /// Rounding that forgives the last bit of floating-point noise (1500 / 500 is 3, not 3.0000001).
    private static func ceil(_ value: Double) -> Int { Int((value - 1e-9).rounded(.up)) }
    private static func floor(_ value: Double) -> Int { Int((value + 1e-9).rounded(.down)) }
}
