import Hummingbird
import NIOCore
import NIOHTTPTypes

/// Honours `Connection: close` on an answer (Hummingbird honours it only on requests): once the answer
/// is sent, the connection stops sending, then closes when the client closes its side or after
/// `lingering`. Stopping to send first, rather than closing outright, lets the client read the answer
/// even while it is still sending a body that will never be read (closing a socket with unread input
/// resets the connection, and the reset can destroy the answer before the client reads it).
final class CloseAfterResponseHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let lingering: TimeAmount
    private var closesAfterThisResponse = false

    init(lingering: Duration = .seconds(1)) {
        self.lingering = TimeAmount(lingering)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            closesAfterThisResponse = head.headerFields[.connection]?.lowercased() == "close"
            context.write(data, promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            context.writeAndFlush(data, promise: promise)
            guard closesAfterThisResponse else { return }
            closesAfterThisResponse = false
            context.close(mode: .output, promise: nil)
            let channel = context.channel
            context.eventLoop.scheduleTask(in: lingering) { channel.close(promise: nil) }
        }
    }
}
