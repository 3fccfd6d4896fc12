import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Waits on the loopback interface for the one request Pinterest's redirect sends the browser to, and
/// answers it with a page saying what happened. It binds 127.0.0.1 only and takes the first request.
struct RedirectListener {
    let port: Int
    /// Called once the port is bound: only then may the browser be sent to it.
    let onListening: @Sendable () -> Void

    /// The redirect's address as the browser requested it (`/?code=…&state=…`), once it comes; the page
    /// the browser shows is `page(for:)` of what `judge` makes of it.
    func firstRedirect(judge: @escaping @Sendable (String) -> RedirectPage) async throws -> String {
        let (addresses, sink) = AsyncStream.makeStream(of: String.self)
        let router = Router()
        let answer: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let address = request.uri.description
            sink.yield(address)
            let page = judge(address)
            return Response(
                status: page.succeeded ? .ok : .badRequest, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: page.html)))
        }
        // The redirect address may have any path; "**" matches every one but the root.
        router.get("/", use: answer)
        router.get("**", use: answer)
        let silent = Logger(label: "tack.redirect") { _ in SwiftLogNoOpLogHandler() }
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { [onListening] _ in onListening() }, logger: silent)
        let services = ServiceGroup(configuration: .init(services: [app], logger: silent))
        return try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                try await services.run()
                return nil
            }
            group.addTask {
                for await address in addresses { return address }
                return nil
            }
            defer { group.cancelAll() }
            guard case let address?? = try await group.next() else { throw CancellationError() }
            // The server finishes answering (the browser gets its page) before it ends.
            await services.triggerGracefulShutdown()
            _ = try await group.next()
            return address
        }
    }
}

/// What the browser shows after the redirect: every piece of text escaped.
struct RedirectPage: Sendable {
    let succeeded: Bool
    let html: String

    init(succeeded: Bool, heading: String, text: String) {
        self.succeeded = succeeded
        html = """
            <!doctype html><html><head><meta charset="utf-8"><title>Tack</title></head><body>\
            <h1>\(Self.escaped(heading))</h1><p>\(Self.escaped(text))</p></body></html>
            """
    }

    /// Text made safe inside HTML: the five characters with meaning there become entities.
    static func escaped(_ text: String) -> String {
        let entities: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        return text.reduce(into: "") { escaped, character in escaped += entities[character] ?? String(character) }
    }
}
