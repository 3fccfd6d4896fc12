import Foundation
import PinterestAPI
import Testing

struct ErrorMappingTests {
    private func failure(
        _ response: HTTPResponse, _ call: @escaping @Sendable (PinterestClient) async throws -> Void
    ) async throws -> PinterestError {
        let client = TestClient.make(ScriptedTransport([.respond(response)]), maxAttempts: 1)
        do {
            try await call(client)
        } catch let error as PinterestError {
            return error
        }
        Issue.record("expected a PinterestError")
        throw CancellationError()
    }

    @Test func sectionCreateConflictMeansTheBoardWasBusy() async throws {
        let error = try await failure(.error(409, code: 409, message: "Could not get exclusive access to the board to create a new section.")) {
            _ = try await $0.boardSectionsCreate(boardId: "1", .init(name: "S"))
        }
        #expect(error.status == 409 && error.code == 409)
        #expect(error.operation == "board_sections/create")
        #expect(error.userMessage
            == "Could not get exclusive access to the board to create a new section. (the board was busy: try again)")
        #expect(error.isRetryable)
    }

    @Test func notFoundOnACollectionSaysTheAPIRootIsWrongAndOnAnObjectNamesIt() async throws {
        let list = try await failure(.error(404, code: 404, message: "Not Found")) { _ = try await $0.boardsList() }
        #expect(list.userMessage == "Not Found (\(OperationDescriptor.noAPIHere))", "a list of boards cannot miss a board")
        let board = try await failure(.error(404, code: 40, message: "Board not found.")) {
            _ = try await $0.boardsGet(boardId: "1")
        }
        #expect(board.userMessage == "Board not found. (board not found)")
        let pin = try await failure(.error(404, code: 40, message: "Board not found.")) {
            _ = try await $0.pinsCreate(.init(boardId: "1"))
        }
        #expect(pin.userMessage.hasSuffix("(board or section not found)"), "a create that names a board keeps its meaning")
    }

    @Test func missingScopeNamesTheScopes() async throws {
        let message = "Your token does not have sufficient permissions to perform this operation."
        let error = try await failure(.error(401, code: 3, message: message)) {
            _ = try await $0.boardsCreate(.init(name: "B"))
        }
        #expect(error.userMessage.contains("token lacks scope boards:read, boards:write"))
        #expect(error.userMessage.hasPrefix(message))
        #expect(!error.isRetryable)
        let pins = try await failure(.error(401, code: 3, message: message)) { _ = try await $0.pinsGet(pinId: "1") }
        #expect(pins.requiredScopes == ["boards:read", "pins:read"])
    }

    @Test func otherUnauthorizedSaysOnceThatTheTokenWasRefused() async throws {
        let error = try await failure(.error(401, code: 2, message: "Authentication failed.")) {
            _ = try await $0.userAccountGet()
        }
        #expect(error.userMessage == "Pinterest refused the token (expired or revoked): run `tack auth login` or set PINTEREST_ACCESS_TOKEN")
        #expect(!error.userMessage.localizedCaseInsensitiveContains("authentication failed"))
        #expect(!error.isRetryable)
    }

    @Test func documentedMeaningsPerOperation() async throws {
        let notFound = try await failure(.error(404, code: 2031, message: "Sorry! We couldn't find this board section.")) {
            _ = try await $0.pinsSave(pinId: "1", .init(boardId: "2", boardSectionId: "3"))
        }
        #expect(notFound.documentedMeaning == "board, section or pin not found")
        let user = try await failure(.error(404, code: 30, message: "User not found.")) {
            _ = try await $0.followUserUpdate(username: "nobody")
        }
        #expect(user.userMessage == "User not found. (user not found)")
    }

    @Test func nonJSONErrorBodyStillReports() async throws {
        let error = try await failure(HTTPResponse(status: 502, body: Data("<html>Bad gateway</html>".utf8))) {
            _ = try await $0.boardsGet(boardId: "1")
        }
        #expect(error.status == 502 && error.code == nil)
        #expect(error.message == "<html>Bad gateway</html>")
        #expect(error.userMessage.contains("server error"))
    }

    @Test func undecodableSuccessIsADecodingError() async throws {
        let error = try await failure(.json(#"{"name": "no id"}"#)) { _ = try await $0.boardsGet(boardId: "1") }
        #expect(error.kind == .decoding)
        #expect(error.message.contains("id"))
    }

    @Test func tokenNeverAppears() async throws {
        let token = TestClient.token
        let configuration = ClientConfiguration(accessToken: token)
        #expect(!configuration.description.contains(token))
        #expect(!String(reflecting: configuration).contains(token))
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains(token))
        #expect(configuration.description.contains("<redacted>"))

        let echoed = try await failure(.error(400, code: 1, message: "bad token \(token)")) { _ = try await $0.boardsList() }
        #expect(!echoed.message.contains(token))
        #expect(!echoed.description.contains(token))
        #expect(!echoed.userMessage.contains(token))
        let network = TestClient.make(ScriptedTransport([.fail(.failed(.closedBeforeAnswer, detail: "closed while sending Bearer \(token)"))]), maxAttempts: 1)
        let error = await #expect(throws: PinterestError.self) { _ = try await network.boardsCreate(.init(name: "B")) }
        #expect(error.map { !"\($0)".contains(token) } == true)
    }

    @Test func tokenFromEnvironment() throws {
        let configuration = try ClientConfiguration.fromEnvironment(
            baseURL: ClientConfiguration.sandboxBaseURL, environment: ["PINTEREST_ACCESS_TOKEN": " pina_abc \n"])
        #expect(configuration.accessToken == "pina_abc")
        #expect(configuration.baseURL.absoluteString == "https://api-sandbox.pinterest.com/v5")
        let error = #expect(throws: PinterestError.self) {
            _ = try ClientConfiguration.fromEnvironment(environment: [:])
        }
        #expect(error?.kind == .missingToken)
        #expect(error?.userMessage.contains("PINTEREST_ACCESS_TOKEN") == true)
    }

    @Test func shutdownReachesTheTransport() async throws {
        let transport = ScriptedTransport(json: "{}")
        try await TestClient.make(transport).shutdown()
        #expect(await transport.isShutDown)
    }
}
