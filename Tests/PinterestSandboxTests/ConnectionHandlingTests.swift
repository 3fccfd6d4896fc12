import Foundation
import PinterestSandbox
import Testing

/// The sandbox facing idle, slow and stalled clients, over real loopback sockets: none holds a
/// connection for ever, and none holds up the shutdown.
@Suite struct ConnectionHandlingTests {
    static let accountRequest = "GET /v5/user_account HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer t\r\n\r\n"

    @Test func idleConnectionsAreClosedAfterTheIdleTimeout() async throws {
        let configuration = SandboxConfiguration(limits: SandboxLimits(idleTimeout: .milliseconds(300)))
        try await Sandbox.with(configuration) { sandbox in
            let port = sandbox.server.port
            let silent = try RawConnection.open(port: port)
            let halfHeaders = try RawConnection.open(port: port)
            await halfHeaders.send("GET /v5/user_account HTTP/1.1\r\nHost: sand")
            let afterOneRequest = try RawConnection.open(port: port)
            await afterOneRequest.send(Self.accountRequest)
            #expect(await afterOneRequest.readResponse()?.status == 200)

            #expect(await silent.closesWithin(.seconds(10)), "a connection that never sent anything")
            #expect(await halfHeaders.closesWithin(.seconds(10)), "a connection whose headers stopped coming")
            #expect(await afterOneRequest.closesWithin(.seconds(10)), "a kept-alive connection left idle")
        }
    }

    @Test func aRequestTricklingInIsClosedAtItsDeadline() async throws {
        let limits = SandboxLimits(idleTimeout: .seconds(30), requestTimeout: .milliseconds(500))
        try await Sandbox.with(SandboxConfiguration(limits: limits)) { sandbox in
            let connection = try RawConnection.open(port: sandbox.server.port)
            await connection.send(
                "POST /v5/boards HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer t\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
            // One byte every 100 ms keeps the idle timeout from ever firing.
            var closed = false
            for _ in 0..<100 {
                guard await connection.send(" "), await !connection.closesWithin(.milliseconds(100)) else {
                    closed = true
                    break
                }
            }
            #expect(closed)
        }
    }

    @Test func connectionsBeyondTheLimitWaitForOneToClose() async throws {
        try await Sandbox.with(SandboxConfiguration(limits: SandboxLimits(maxConnections: 2))) { sandbox in
            let port = sandbox.server.port
            var held: [RawConnection] = []
            for _ in 0..<2 {
                let connection = try RawConnection.open(port: port)
                await connection.send(Self.accountRequest)
                #expect(await connection.readResponse()?.status == 200)
                held.append(connection)
            }
            let third = try RawConnection.open(port: port)
            await third.send(Self.accountRequest)
            #expect(await third.readResponse(timeout: .milliseconds(500)) == nil, "answered beyond the limit")
            held.removeFirst().hangUp()
            #expect(await third.readResponse()?.status == 200, "not answered once a connection closed")
        }
    }

    // stop() does not wait for the clients below (without the fix it waits for ever, or for the injected
    // minute). The 2-second bound itself is asserted on the real binary, in SandboxCommandTests: in this
    // process other tests starting sandboxes can hold Swift's threads for seconds, so the bound here
    // only keeps a regression from hanging the run.
    static let stopBound: Duration = .seconds(20)

    @Test func stopDoesNotWaitForIdleOrStalledClients() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        var clients: [RawConnection] = []
        for _ in 0..<5 { clients.append(try RawConnection.open(port: server.port)) }
        let halfHeaders = try RawConnection.open(port: server.port)
        await halfHeaders.send("GET /v5/boards HTTP/1.1\r\nHost: sand")
        let stalledUpload = try RawConnection.open(port: server.port)
        await stalledUpload.send(
            "POST /v5/boards HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer t\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"name\":")
        #expect(await eventually { await server.requestCount(method: "POST", pathTemplate: "/boards") == 1 })

        #expect(await completes(within: Self.stopBound) { await server.stop() })
        #expect(await stalledUpload.closesWithin(.seconds(5)))
        withExtendedLifetime(clients + [halfHeaders]) {}
    }

    @Test func stopDoesNotWaitForARequestInFlight() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(faults: FaultConfiguration(latency: .seconds(60))))
        let slow = try RawConnection.open(port: server.port)
        await slow.send(Self.accountRequest)
        #expect(await eventually { await server.requestCount(method: "GET", pathTemplate: "/user_account") == 1 })

        #expect(await completes(within: Self.stopBound) { await server.stop() })
        #expect(await slow.closesWithin(.seconds(5)))
    }
}
