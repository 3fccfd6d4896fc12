/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so demo data and fault
/// decisions are the same on every run.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator derived from several values (e.g. a pin id and a day), for stateless deterministic draws.
    static func mixing(_ values: UInt64...) -> SeededGenerator {
        var generator = SeededGenerator(seed: 0x5EED)
        for value in values {
            generator.state ^= value
            _ = generator.next()
        }
        return generator
    }
}
