extension SeededGenerator {
    /// A number in `0..<1` from 53 random bits. The analytics draw millions of these: unlike
    /// `Double.random(in:using:)`, this is not generic, which in a debug build makes it many times cheaper.
    mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A number in `low..<high`.
    mutating func number(_ low: Double, _ high: Double) -> Double {
        low + fraction() * (high - low)
    }
}
