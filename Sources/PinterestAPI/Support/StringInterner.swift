import Synchronization

/// Makes equal strings decoded from one response share one storage.
///
/// A string of more than 15 UTF-8 bytes is a heap allocation of its own, and a page of pins repeats
/// some on every pin (the board and section ids, the owner's name, the image host): kept once per
/// response, not once per pin. Shorter strings are stored inline and pass through unchanged.
final class StringInterner: Sendable {
    private let strings = Mutex<Set<String>>([])

    func intern(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return strings.withLock { $0.insert(string).memberAfterInsert }
    }
}

extension CodingUserInfoKey {
    /// The `StringInterner` a decoder's models share strings through (see `PinterestJSON.makeDecoder`).
    static let stringInterner = CodingUserInfoKey(rawValue: "PinterestAPI.StringInterner")!
}

extension Decoder {
    /// `string`, or an equal one already decoded from the same response.
    func intern(_ string: String) -> String {
        (userInfo[.stringInterner] as? StringInterner)?.intern(string) ?? string
    }
}
