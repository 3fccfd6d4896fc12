import PinterestSandbox
import Testing

@Suite struct AuthTests {
    @Test func missingTokenIsRefused() async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.call("GET", "/boards", token: nil)
            #expect(reply.status == 401)
            #expect(reply.code == 2)
            #expect(reply.message == "Authentication failed.")
        }
    }

    @Test func anyTokenIsAcceptedWhenNoneIsRequired() async throws {
        try await Sandbox.with { sandbox in
            let any = try await sandbox.call("GET", "/user_account", token: "whatever")
            let empty = try await sandbox.call("GET", "/user_account", token: "")
            #expect(any.status == 200)
            #expect(empty.status == 401)
        }
    }

    @Test func onlyTheRequiredTokenIsAccepted() async throws {
        try await Sandbox.with(SandboxConfiguration(requiredToken: "pina_right")) { sandbox in
            let wrong = try await sandbox.call("GET", "/user_account", token: "pina_wrong")
            #expect(wrong.status == 401)
            #expect(wrong.code == 2)
            #expect(try await sandbox.call("GET", "/user_account", token: "pina_right").status == 200)
        }
    }

    @Test func writesNeedATokenToo() async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.call("POST", "/boards", json: #"{"name":"x"}"#, token: nil)
            #expect(reply.status == 401)
            #expect(try await sandbox.get("/boards?page_size=250").items.allSatisfy { $0["name"] as? String != "x" })
        }
    }
}
