import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A local HTTP server speaking the Pinterest API v5 under `/v5`, backed by SQLite, with fault injection.
public final class SandboxServer: Sendable {
    public let port: Int
    private let host: String
    private let faults: FaultInjector
    private let services: ServiceGroup
    private let running: Task<Void, any Error>

    private init(port: Int, host: String, faults: FaultInjector, services: ServiceGroup, running: Task<Void, any Error>) {
        self.port = port
        self.host = host
        self.faults = faults
        self.services = services
        self.running = running
    }

    /// `http://<host>:<port>/v5`.
    public var baseURL: URL { URL(string: "http://\(host):\(port)/v5")! }

    /// Opens (and on first use seeds) the database, binds, and returns once the server accepts connections.
    public static func start(_ configuration: SandboxConfiguration) async throws -> SandboxServer {
        let store = SandboxStore(database: try await SandboxDatabase.open(path: configuration.databasePath))
        let faults = FaultInjector(configuration.faults)
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: ErrorBodyMiddleware())
        router.add(middleware: FaultMiddleware(injector: faults))
        router.add(middleware: BearerAuthMiddleware(requiredToken: configuration.requiredToken))
        router.add(middleware: AdAccountParameterMiddleware())
        let v5 = router.group("v5")
        BoardRoutes(store: store).register(on: v5)
        PinRoutes(store: store).register(on: v5)
        AccountRoutes(store: store).register(on: v5)

        let (boundPorts, portSink) = AsyncThrowingStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "PinterestSandbox"),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? configuration.port)
            },
            logger: Logger(label: "PinterestSandbox") { _ in SwiftLogNoOpLogHandler() })
        // Run as a service so that stop() can shut down gracefully: cancelling a NIO server while a
        // connection is still being accepted traps in NIOAsyncWriter.
        let services = ServiceGroup(
            configuration: .init(services: [app], logger: Logger(label: "PinterestSandbox") { _ in SwiftLogNoOpLogHandler() }))
        let running = Task {
            do {
                try await services.run()
                portSink.finish()
            } catch {
                portSink.finish(throwing: error)
                throw error
            }
        }
        for try await port in boundPorts {
            return SandboxServer(
                port: port, host: configuration.host, faults: faults, services: services, running: running)
        }
        throw CancellationError()
    }

    public func setFaults(_ faults: FaultConfiguration) async {
        await self.faults.set(faults)
    }

    /// Counts requests received per "METHOD /path-template" so tests can assert e.g. that a write was sent once.
    /// The template is the API's, with or without the `/v5` prefix: `requestCount(method: "POST", pathTemplate: "/pins")`.
    public func requestCount(method: String, pathTemplate: String) async -> Int {
        await faults.count(Self.countKey(method: method, path: pathTemplate))
    }

    /// Stops accepting connections, lets requests in flight finish, and returns once the server is down.
    public func stop() async {
        await services.triggerGracefulShutdown()
        _ = await running.result
    }

    static func countKey(method: String, path: String) -> String {
        let relative = path.hasPrefix("/v5/") ? String(path.dropFirst(3)) : path
        return "\(method.uppercased()) \(relative)"
    }
}
