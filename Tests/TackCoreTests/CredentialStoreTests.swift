import Foundation
import Glibc
import PinterestAPI
import Testing
@testable import TackCore

@Suite struct CredentialStoreTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("tack-credentials-\(UUID().uuidString)").path
    var store: CredentialStore { CredentialStore(directory: base + "/state/tack/credentials") }

    static func signIn(_ username: String, token: String = "pina_\(UUID().uuidString)") -> StoredSignIn {
        StoredSignIn(
            apiBaseURL: "http://127.0.0.1:8085/v5", clientId: "1234", username: username,
            tokens: OAuthTokens(
                accessToken: token, issuedAt: Date(timeIntervalSince1970: 1_800_000_000.25),
                accessTokenExpiresAt: Date(timeIntervalSince1970: 1_802_592_000.25), refreshToken: "pinr_r",
                refreshTokenExpiresAt: Date(timeIntervalSince1970: 1_805_184_000), scopes: ["boards:read", "pins:read"]))
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        _ = stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func aSavedSignInReadsBackTheSameInA0600FileInA0700Directory() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        let signIn = Self.signIn("ada")
        try store.save(signIn, profile: "default")
        #expect(try store.load("default") == signIn)
        #expect(Self.mode(store.path(of: "default")) == 0o600)
        #expect(Self.mode(store.directory) == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(leftovers == ["default.json"], "no temporary file is left behind")
    }

    @Test func aProfileWithoutASignInHasNone() throws {
        #expect(try store.load("nobody") == nil)
    }

    @Test func twoProfilesAreKeptApartAndReplacedWhole() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try store.save(Self.signIn("ada"), profile: "personal")
        try store.save(Self.signIn("bob"), profile: "work")
        let replacement = Self.signIn("ada", token: "pina_new")
        try store.save(replacement, profile: "personal")
        #expect(try store.load("personal") == replacement)
        #expect(try store.load("work")?.username == "bob")
        #expect(try store.remove("work"))
        #expect(try store.load("work") == nil)
        #expect(try store.remove("work") == false)
    }

    @Test func aFileOthersMayReadIsRefusedWithTheChmodThatFixesIt() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try store.save(Self.signIn("ada"), profile: "default")
        chmod(store.path(of: "default"), 0o644)
        let error = #expect(throws: CredentialStoreError.self) { try store.load("default") }
        #expect(error?.description.contains("run `chmod 600 \(store.path(of: "default"))`") == true)
        #expect(error?.description.contains("pina_") == false)
    }

    @Test func aDirectoryOthersMayEnterIsRefusedToo() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try store.save(Self.signIn("ada"), profile: "default")
        chmod(store.directory, 0o755)
        let error = #expect(throws: CredentialStoreError.self) { try store.load("default") }
        #expect(error?.description.contains("chmod 700") == true)
        #expect(throws: CredentialStoreError.self) { try store.save(Self.signIn("ada"), profile: "default") }
    }

    @Test func aDamagedFileSaysToSignInAgain() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try store.save(Self.signIn("ada"), profile: "default")
        try Data("{\"half".utf8).write(to: URL(fileURLWithPath: store.path(of: "default")))
        let error = #expect(throws: CredentialStoreError.self) { try store.load("default") }
        #expect(error?.description.contains("tack auth login") == true)
    }

    @Test(arguments: [("default", true), ("work-2_b", true), ("", false), ("../etc", false), ("a b", false), ("ü", false)])
    func profileNamesAreSafeFileNames(name: String, valid: Bool) {
        #expect((ProfileName.problem(name) == nil) == valid)
    }
}
