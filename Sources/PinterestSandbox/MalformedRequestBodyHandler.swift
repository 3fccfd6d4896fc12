import Foundation
import Hummingbird
import NIOCore
import NIOHTTPTypes

/// Gives Pinterest's error body to the answer Hummingbird sends, before any route runs, to a request it
/// cannot parse (headers too large, a broken request line or chunk): an empty 400 that closes the
/// connection, which no route of the sandbox ever sends.
final class MalformedRequestBodyHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private static let body = ByteBuffer(
        bytes: (try? JSONResponse.encode(WireError(code: APIError.malformedRequest.code, message: APIError.malformedRequest.message)))
            ?? Data())

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head(var head) = unwrapOutboundIn(data), Self.isParserAnswer(head) else {
            context.write(data, promise: promise)
            return
        }
        head.headerFields[.contentType] = "application/json"
        head.headerFields[.contentLength] = String(Self.body.readableBytes)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(Self.body)), promise: promise)
    }

    private static func isParserAnswer(_ head: HTTPResponse) -> Bool {
        head.status == .badRequest && head.headerFields[.contentLength] == "0"
            && head.headerFields[.contentType] == nil
    }
}
