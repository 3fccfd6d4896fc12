/// A JSON object already encoded (a pin's stored wire JSON), sent as it is.
struct EncodedJSON: Sendable {
    let text: String

    /// The object with one more member, written last (after the sorted keys of the stored object).
    func adding(_ key: String, _ value: some Encodable) throws -> EncodedJSON {
        let member = try JSONResponse.encode(key) + [UInt8(ascii: ":")] + JSONResponse.encode(value)
        return EncodedJSON(text: String(text.dropLast()) + "," + String(decoding: member, as: UTF8.self) + "}")
    }
}
