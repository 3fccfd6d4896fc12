/// A 128-bit hash of a string as 32 hex digits: two 64-bit FNV-1a hashes with different offsets. It names
/// cache files, not secrets, so a cryptographic hash is not needed.
enum URLDigest {
    static func hex(_ text: String) -> String {
        let first = fnv1a(text, offset: 0xcbf2_9ce4_8422_2325)
        let second = fnv1a(text, offset: 0x8422_2325_cbf2_9ce4)
        return [first, second].map { hash in
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    private static func fnv1a(_ text: String, offset: UInt64) -> UInt64 {
        text.utf8.reduce(offset) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
