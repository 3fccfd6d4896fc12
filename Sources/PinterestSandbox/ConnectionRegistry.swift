import NIOCore
import NIOHTTPTypes
import Synchronization

/// The open connections of a server, so that a shutdown can close those that its clients keep busy.
final class ConnectionRegistry: Sendable {
    private let channels = Mutex<[ObjectIdentifier: any Channel]>([:])

    /// A handler recording its connection while it is open; one for each new connection.
    func makeTracker() -> some RemovableChannelHandler {
        Tracker(registry: self)
    }

    /// Closes every connection still open.
    func closeAll() {
        for channel in channels.withLock({ Array($0.values) }) {
            channel.close(promise: nil)
        }
    }

    private func insert(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        channels.withLock { $0[id] = channel }
        channel.closeFuture.whenComplete { [self] _ in
            _ = channels.withLock { $0.removeValue(forKey: id) }
        }
    }

    private final class Tracker: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = HTTPRequestPart
        let registry: ConnectionRegistry

        init(registry: ConnectionRegistry) {
            self.registry = registry
        }

        func handlerAdded(context: ChannelHandlerContext) {
            registry.insert(context.channel)
        }
    }
}
