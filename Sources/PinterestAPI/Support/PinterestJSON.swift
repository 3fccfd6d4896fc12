import Foundation

/// The JSON coders every request and response goes through.
public enum PinterestJSON {
    /// A decoder that reads every timestamp shape with `PinterestTimestamp`, for one response: the
    /// models it decodes share their repeated strings (see `StringInterner`).
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[.stringInterner] = StringInterner()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = PinterestTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Unrecognised timestamp \"\(text)\"")
            }
            return date
        }
        return decoder
    }

    /// An encoder for request bodies; keys are sorted so bodies are stable.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
