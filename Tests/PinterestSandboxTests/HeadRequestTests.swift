import Foundation
import PinterestSandbox
import Testing

/// `HEAD` on a GET route answers as the GET would, without the body.
@Suite struct HeadRequestTests {
    @Test func headAnswersLikeGetWithoutTheBody() async throws {
        try await Sandbox.with { sandbox in
            let get = try await sandbox.call("GET", "/boards?page_size=3")
            let head = try await sandbox.call("HEAD", "/boards?page_size=3")
            #expect(get.status == 200)
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("content-type") == "application/json")
            #expect(head.header("content-length") == String(get.body.count))
        }
    }

    /// Errors too come without a body: a body after the answer to a HEAD would be taken for the start
    /// of the next answer on the connection.
    @Test func errorsToHeadHaveNoBodyAndTheConnectionStaysInStep() async throws {
        try await Sandbox.with { sandbox in
            let connection = try RawConnection.open(port: sandbox.server.port)
            for (path, token, status) in [("/v5/boards/1", "t", 404), ("/v5/boards", "", 401), ("/v5/nothing", "t", 404)] {
                await connection.send("HEAD \(path) HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer \(token)\r\n\r\n")
                #expect(await connection.readResponse(toHead: true)?.status == status, "HEAD \(path)")
            }
            await connection.send(ConnectionHandlingTests.accountRequest)
            let account = try #require(await connection.readResponse())
            #expect(account.status == 200)
            #expect(account.text.hasPrefix("{"))
        }
    }
}
