import Foundation
import PinterestAPI
import Testing

/// Which failures offer a retry: only those the same request can get past later.
struct RetryClassificationTests {
    @Test(arguments: [
        (400, false), (401, false), (403, false), (404, false), (413, false),
        (429, true), (500, true), (502, true), (503, true),
    ])
    func httpStatus(status: Int, retryable: Bool) async throws {
        let transport = ScriptedTransport([.respond(.error(status, code: status, message: "answer \(status)"))])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport, maxAttempts: 1).boardsGet(boardId: "1")
        }
        #expect(error?.status == status)
        #expect(error?.isRetryable == retryable)
    }

    @Test func tooLargeSaysSo() async throws {
        let transport = ScriptedTransport([.respond(HTTPResponse(status: 413, body: Data("Payload Too Large".utf8)))])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport, maxAttempts: 1).pinsCreate(.init(boardId: "1"))
        }
        #expect(error?.userMessage == "Payload Too Large (the request is too large for the server)")
        #expect(error?.isRetryable == false)
    }

    @Test(arguments: [
        (ConnectionProblem.refused, true), (.hostNotFound, true), (.connectTimedOut, true), (.unreachable, true),
        (.tlsFailed, true), (.closedBeforeAnswer, true), (.reset, true), (.other, true),
        (.notTLS, false), (.notHTTP, false), (.invalidURL, false),
    ])
    func connectionProblemOfAGet(problem: ConnectionProblem, retryable: Bool) async throws {
        let transport = ScriptedTransport([.fail(.failed(problem, detail: "detail"))])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport, maxAttempts: 1).boardsGet(boardId: "1")
        }
        #expect(error?.isRetryable == retryable)
        #expect(error?.kind == (retryable ? .network : .invalidConfiguration))
        #expect(error?.technicalDetail == "detail")
    }

    /// A write that may have reached the server is not offered again; one that never left is.
    @Test(arguments: [
        (ConnectionProblem.refused, true), (.closedBeforeAnswer, false), (.reset, false), (.other, false),
    ])
    func connectionProblemOfAWrite(problem: ConnectionProblem, retryable: Bool) async throws {
        let transport = ScriptedTransport([.fail(.failed(problem, detail: "detail"))])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport, maxAttempts: 1).boardsCreate(.init(name: "B"))
        }
        #expect(error?.isRetryable == retryable)
        #expect(error?.mayHaveBeenApplied == !retryable)
        #expect(error?.userMessage.contains("may have gone through") == !retryable)
    }

    @Test func timeoutIsRetryableForAGetAndNotForAWrite() async throws {
        let get = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(ScriptedTransport([.fail(.timedOut)]), maxAttempts: 1).boardsGet(boardId: "1")
        }
        #expect(get?.isRetryable == true)
        #expect(get?.userMessage == "No answer from 127.0.0.1:8080 within 5 s: try again")
        let write = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(ScriptedTransport([.fail(.timedOut)]), maxAttempts: 1).boardsCreate(.init(name: "B"))
        }
        #expect(write?.isRetryable == false)
        #expect(write?.userMessage
            == "No answer from 127.0.0.1:8080 within 5 s (the change may have gone through: reload to check before trying again)")
    }
}
