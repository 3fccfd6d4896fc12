import Foundation
import PinterestAPI
import PinterestSandbox

/// One test's world: a sandbox on a free loopback port with an in-memory database, and the real client
/// (on AsyncHTTPClient) pointed at it over HTTP. Both are shut down when the test body ends, whatever happens.
struct Integration {
    static let token = "pina_integration_token"

    let server: SandboxServer
    let client: PinterestClient
    /// The waits the client's retry policy asked for.
    let waits: RetryWaits

    /// Starts a sandbox and a client, runs `body`, then shuts both down.
    /// Backoff is short (20 ms doubling) so retry tests stay fast; server-requested waits are honoured as sent.
    static func run(
        _ sandbox: SandboxConfiguration = SandboxConfiguration(),
        token: String = Integration.token,
        requestTimeout: Duration = .seconds(10),
        maxAttempts: Int = 3,
        _ body: (Integration) async throws -> Void
    ) async throws {
        let server = try await SandboxServer.start(sandbox)
        let waits = RetryWaits()
        let policy = RetryPolicy(
            maxAttempts: maxAttempts, baseDelay: .milliseconds(20), maxDelay: .milliseconds(80),
            sleep: { try await waits.wait($0) })
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: server.baseURL, accessToken: token, requestTimeout: requestTimeout, retryPolicy: policy))
        let outcome: Result<Void, any Error>
        do {
            try await body(Integration(server: server, client: client, waits: waits))
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        try await client.shutdown()
        await server.stop()
        try outcome.get()
    }

    /// The sandbox's `host:port`, as the client's connection messages name it.
    var endpoint: String { "\(server.baseURL.host ?? "127.0.0.1"):\(server.port)" }

    /// How many requests for `operation` reached the sandbox.
    func requests(_ operation: OperationDescriptor) async -> Int {
        await server.requestCount(method: operation.method.rawValue, pathTemplate: operation.pathTemplate)
    }

    /// The requests for `operation` once at least `minimum` have reached the server (or after 5 s): a
    /// request the client gave up on may still be on its way when the call returns.
    func requests(_ operation: OperationDescriptor, atLeast minimum: Int) async -> Int {
        let deadline = ContinuousClock.now + .seconds(5)
        var count = await requests(operation)
        while count < minimum && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
            count = await requests(operation)
        }
        return count
    }

    /// Turns the sandbox's faults off as soon as the client starts waiting to retry, so its retry succeeds.
    func healFaultsWhileTheClientWaitsToRetry() async {
        await waits.onWait { [server] in await server.setFaults(.none) }
    }

    /// The account's board whose name is `name`.
    func board(named name: String) async throws -> Board {
        let boards = try await client.boardsListPages().allItems()
        guard let board = boards.first(where: { $0.name == name }) else { throw MissingDemoData(what: "board \(name)") }
        return board
    }

    /// The section of `boardId` whose name is `name`.
    func section(named name: String, boardId: String) async throws -> BoardSection {
        let sections = try await client.boardSectionsListPages(boardId: boardId).allItems()
        guard let section = sections.first(where: { $0.name == name }) else {
            throw MissingDemoData(what: "section \(name)")
        }
        return section
    }

    /// The newest pin of the board named `name` (boards list their pins newest first), optionally of one creative type.
    func newestPin(ofBoardNamed name: String, creativeType: CreativeType? = nil) async throws -> Pin {
        let board = try await board(named: name)
        let page = try await client.boardsListPins(boardId: board.id, pageSize: 1, creativeTypes: creativeType.map { [$0] })
        guard let pin = page.items.first else {
            throw MissingDemoData(what: "a pin on \(name)")
        }
        return pin
    }
}

/// The demo seed did not hold what a test relies on.
struct MissingDemoData: Error, CustomStringConvertible {
    let what: String
    var description: String { "the sandbox's demo data has no \(what)" }
}
