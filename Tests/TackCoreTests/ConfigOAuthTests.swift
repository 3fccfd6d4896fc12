import Foundation
import TackCore
import Testing

@Suite("Config file: profile and [oauth]")
struct ConfigOAuthTests {
    @Test func theProfileAndTheOAuthTableAreRead() throws {
        let config = try TestFiles.withFile("""
            profile = "work"

            [oauth]
            client_id = "1234567"
            client_secret_file = "~/.config/tack/client_secret"
            redirect_uri = "http://localhost:9999/"
            """) { path in try TackConfig.load(from: path, environment: [:]) }
        #expect(config.profile == "work")
        #expect(config.oauthClientId == "1234567")
        #expect(config.oauthClientSecretFile == "~/.config/tack/client_secret")
        #expect(config.oauthRedirectURI == "http://localhost:9999/")
        #expect(config.origins["oauth.client_id"]?.line == 4)
        #expect(config.origins["oauth.redirect_uri"]?.line == 6)
    }

    @Test(arguments: [
        ("[oauth]\nclient_secret = \"hush\"\n", "unknown setting \"client_secret\" in [oauth]", 2),
        ("oauth = \"x\"\n", "oauth must be a table", 1),
        ("profile = \"../x\"\n", "profile is not a profile name", 1),
        ("[oauth]\nclient_id = 12\n", "client_id must be a non-empty string", 2),
    ])
    func mistakesAreReportedWithTheirLine(text: String, message: String, line: Int) throws {
        let error = #expect(throws: ConfigurationError.self) {
            try TestFiles.withFile(text) { path in try TackConfig.load(from: path, environment: [:]) }
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.message.contains(message))
        #expect(diagnostic.line == line)
        #expect(!"\(diagnostic)".contains("hush"), "a secret put in the file by mistake is not repeated")
    }
}
