import Hummingbird
import NIOCore

/// The request context of the sandbox: Hummingbird's core storage plus the connection, so the fault
/// injector can drop it without answering.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
