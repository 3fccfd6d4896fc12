import Foundation
import PinterestSandbox
import Testing

/// Requests no client library would send, over raw sockets: each gets its status with Pinterest's error
/// body and no internal text (SQL, Swift type names, file paths), and the broken ones lose their connection.
@Suite struct MalformedRequestTests {
    static let head = "Host: sandbox\r\nAuthorization: Bearer t\r\n"
    static let json = "Content-Type: application/json\r\n"

    /// (what is wrong, request, status, whether the server closes the connection after answering)
    static let cases: [(String, String, Int, Bool)] = [
        ("broken chunked encoding",
         "POST /v5/boards HTTP/1.1\r\n\(head)\(json)Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n", 400, true),
        ("headers over the size limit",
         "GET /v5/boards HTTP/1.1\r\n\(head)X-Padding: \(String(repeating: "p", count: 100_000))\r\n\r\n", 400, true),
        ("no request line", "HELLO\r\n\r\n", 400, true),
        ("a body that is not JSON",
         "POST /v5/boards HTTP/1.1\r\n\(head)\(json)Content-Length: 9\r\n\r\n{not json", 400, false),
        ("JSON sent as another content type",
         "POST /v5/boards HTTP/1.1\r\n\(head)Content-Type: text/plain\r\nContent-Length: 12\r\n\r\n{\"name\":\"x\"}", 415, false),
        ("JSON sent with no content type",
         "POST /v5/boards HTTP/1.1\r\n\(head)Content-Length: 12\r\n\r\n{\"name\":\"x\"}", 415, false),
        ("an unknown path", "GET /v5/nothing/here HTTP/1.1\r\n\(head)\r\n", 404, false),
        ("a method the path does not take", "PUT /v5/boards HTTP/1.1\r\n\(head)Content-Length: 0\r\n\r\n", 404, false),
        ("a declared body over the limit",
         "POST /v5/boards HTTP/1.1\r\n\(head)\(json)Content-Length: 5000\r\n\r\n{\"name\":\"\(String(repeating: "n", count: 4989))\"}",
         413, true),
        ("a chunked body over the limit",
         "POST /v5/boards HTTP/1.1\r\n\(head)\(json)Transfer-Encoding: chunked\r\n\r\n"
            + "\(String(5000, radix: 16))\r\n\(String(repeating: " ", count: 5000))\r\n0\r\n\r\n", 413, true),
    ]

    /// With a 4 KB body limit, so the oversized cases stay small.
    static let configuration = SandboxConfiguration(limits: SandboxLimits(maxBodyBytes: 4096))

    @Test(arguments: cases.indices)
    func answersWithPinterestsErrorBodyAndNoInternals(_ index: Int) async throws {
        let (problem, request, status, closes) = Self.cases[index]
        try await Sandbox.with(Self.configuration) { sandbox in
            let connection = try RawConnection.open(port: sandbox.server.port)
            await connection.send(request)
            let response = try #require(await connection.readResponse(), "\(problem): no answer")
            #expect(response.status == status, "\(problem)")
            let error = try #require(
                try? JSONSerialization.jsonObject(with: response.body) as? [String: Any], "\(problem): \(response.text)")
            #expect(Set(error.keys) == ["code", "message"], "\(problem): \(response.text)")
            #expect(error["code"] is Int && error["message"] is String, "\(problem): \(response.text)")
            for leak in ["SQLite", "Error(", ".swift", "/"] {
                #expect(!response.text.contains(leak), "\(problem): \(response.text)")
            }
            if closes {
                #expect(await connection.closesWithin(.seconds(5)), "\(problem): the connection stays open")
            } else {
                await connection.send(ConnectionHandlingTests.accountRequest)
                #expect(await connection.readResponse()?.status == 200, "\(problem): the connection is not reusable")
            }
        }
    }

    @Test func oversizedPostsLeaveNoConnectionOpen() async throws {
        try await Sandbox.with(Self.configuration) { sandbox in
            let port = sandbox.server.port
            let oversized = "POST /v5/boards HTTP/1.1\r\n\(Self.head)\(Self.json)Content-Length: 100000\r\n\r\n"
                + "{\"name\":\"\(String(repeating: "n", count: 99_988))\"}"
            for round in 0..<30 {
                let connection = try RawConnection.open(port: port)
                await connection.send(oversized)
                #expect(await connection.readResponse()?.status == 413, "round \(round)")
                #expect(await connection.closesWithin(.seconds(5)), "round \(round)")
                connection.hangUp()
            }
            #expect(await eventually { ServerSockets.heldOpen(port: port) == 0 })
        }
    }
}
