import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// A local HTTP server speaking the Pinterest API v5 under `/v5`, backed by SQLite, with fault injection.
public final class SandboxServer: Sendable {
    public let port: Int
    private let host: String
    private let faults: FaultInjector
    private let authority: OAuthAuthority?
    private let services: ServiceGroup
    private let connections: ConnectionRegistry
    private let shutdownGracePeriod: Duration
    private let running: Task<Void, any Error>

    private init(
        port: Int, host: String, faults: FaultInjector, authority: OAuthAuthority?, services: ServiceGroup, connections: ConnectionRegistry,
        shutdownGracePeriod: Duration, running: Task<Void, any Error>
    ) {
        self.port = port
        self.host = host
        self.faults = faults
        self.authority = authority
        self.services = services
        self.connections = connections
        self.shutdownGracePeriod = shutdownGracePeriod
        self.running = running
    }

    /// `http://<host>:<port>/v5`.
    public var baseURL: URL { URL(string: "http://\(host):\(port)/v5")! }

    /// Opens (and on first use seeds) the database, binds, and returns once the server accepts connections.
    public static func start(_ configuration: SandboxConfiguration) async throws -> SandboxServer {
        let store = SandboxStore(database: try await SandboxDatabase.open(path: configuration.databasePath, content: configuration.content))
        let faults = FaultInjector(configuration.faults)
        let limits = configuration.limits
        // Middleware runs once the router has matched the route (or found none), in the order added.
        let router = Router(context: SandboxRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: HeadRequestMiddleware())
        router.add(middleware: ImageOriginMiddleware())
        router.add(middleware: ErrorBodyMiddleware(logger: Logger(label: "PinterestSandbox")))
        router.add(middleware: FaultMiddleware(injector: faults))
        let authority = configuration.oauth.map { OAuthAuthority(app: $0) }
        router.add(middleware: BearerAuthMiddleware(requiredToken: configuration.requiredToken, authority: authority))
        router.add(middleware: AdAccountParameterMiddleware())
        router.add(middleware: RequestBodyMiddleware(maxBytes: limits.maxBodyBytes))
        let v5 = router.group("v5")
        BoardRoutes(store: store).register(on: v5)
        PinRoutes(store: store).register(on: v5)
        AccountRoutes(store: store).register(on: v5)
        if let authority { OAuthRoutes(authority: authority).register(on: router, v5: v5) }
        ImageRoutes(store: store, faults: faults).register(on: router)

        let connections = ConnectionRegistry()
        let silent = Logger(label: "PinterestSandbox") { _ in SwiftLogNoOpLogHandler() }
        let (boundPorts, portSink) = AsyncThrowingStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            server: .http1(configuration: .init(
                additionalChannelHandlers: [
                    connections.makeTracker(),
                    RequestDeadlineHandler(timeout: limits.requestTimeout),
                    MalformedRequestBodyHandler(),
                    CloseAfterResponseHandler(),
                ],
                idleTimeout: TimeAmount(limits.idleTimeout))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "PinterestSandbox",
                availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections)),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? configuration.port)
            },
            logger: silent)
        // Run as a service so that stop() can shut down gracefully: cancelling a NIO server while a
        // connection is still being accepted traps in NIOAsyncWriter.
        let services = ServiceGroup(configuration: .init(services: [app], logger: silent))
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
                port: port, host: configuration.host, faults: faults, authority: authority, services: services,
                connections: connections,
                shutdownGracePeriod: limits.shutdownGracePeriod, running: running)
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

    /// How many picture requests (`/pinimg/...`) arrived with an `Authorization` header: image hosts must
    /// not be sent the API's token, so a client's tests expect 0.
    public func imageRequestsWithAuthorization() async -> Int {
        await faults.count(ImageRoutes.requestsWithAuthorizationKey)
    }

    /// How many times the token endpoint has issued tokens by `grant` (0 without OAuth configured).
    public func tokensIssued(by grant: OAuthGrant) async -> Int {
        await authority?.issuedCount(grant) ?? 0
    }

    /// Stops accepting connections and returns once the server is down, whatever its clients do: requests
    /// in flight get the grace period to finish, then their connections are closed, and a request still
    /// running a quarter of a second later (one delayed by injected latency) is cancelled.
    public func stop() async {
        await services.triggerGracefulShutdown()
        if await finishes(within: shutdownGracePeriod) { return }
        connections.closeAll()
        if await finishes(within: .milliseconds(250)) { return }
        // Nothing is being accepted any more, so cancelling cannot hit NIO's trap (see start()).
        running.cancel()
        _ = await running.result
    }

    /// Whether the server is down within `timeout`. (A task group would wait for the waiter, which
    /// cannot be cancelled, so the waiter and the timer race as unstructured tasks.)
    private func finishes(within timeout: Duration) async -> Bool {
        let (outcome, report) = AsyncStream.makeStream(of: Bool.self)
        let running = self.running
        let waiter = Task {
            _ = await running.result
            report.yield(true)
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            report.yield(false)
        }
        defer {
            waiter.cancel()
            timer.cancel()
        }
        for await isDown in outcome { return isDown }
        return false
    }

    static func countKey(method: String, path: String) -> String {
        let relative = path.hasPrefix("/v5/") ? String(path.dropFirst(3)) : path
        return "\(method.uppercased()) \(relative)"
    }
}
