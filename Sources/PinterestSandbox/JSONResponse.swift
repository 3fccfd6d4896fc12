import Foundation
import Hummingbird

/// Builds JSON responses. Keys are sorted so that equal data always gives the same bytes.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        make(body: ByteBuffer(bytes: try encode(value)), status: status)
    }

    static func make(_ json: EncodedJSON, status: HTTPResponse.Status = .ok) -> Response {
        make(body: ByteBuffer(string: json.text), status: status)
    }

    static func make(_ page: WirePage<EncodedJSON>) throws -> Response {
        make(body: try body(page), status: .ok)
    }

    /// A page of already encoded items written around them: the bytes `encode` gives for a page of the
    /// values they encode, without decoding or encoding any item.
    static func body(_ page: WirePage<EncodedJSON>) throws -> ByteBuffer {
        var body = ByteBuffer()
        body.reserveCapacity(page.items.reduce(64) { $0 + $1.text.utf8.count + 1 })
        body.writeString(#"{"bookmark":"#)
        body.writeBytes(try encode(page.bookmark))
        body.writeString(#","items":["#)
        for (index, item) in page.items.enumerated() {
            if index > 0 { body.writeString(",") }
            body.writeString(item.text)
        }
        body.writeString("]}")
        return body
    }

    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// 204 with no body, as deletes answer.
    static var noContent: Response { Response(status: .noContent) }

    private static func make(body: ByteBuffer, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ImageOrigin.resolving(body)))
    }
}
