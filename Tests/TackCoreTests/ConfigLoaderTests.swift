import Foundation
import TackCore
import Testing

@Suite("Config file")
struct ConfigLoaderTests {
    @Test func everyKeyIsRead() throws {
        let config = try TestFiles.withFile("""
            # my settings
            theme = "light"
            keymap = "/home/me/keys.toml"
            api_base_url = "https://api-sandbox.pinterest.com/v5"
            access_token = "pina_secret"
            ad_account_id = "549755885175"
            """) { path in try TackConfig.load(from: path, environment: [:]) }
        var values = config
        values.origins = [:]
        #expect(values == TackConfig(
            theme: "light", keymap: "/home/me/keys.toml",
            apiBaseURL: "https://api-sandbox.pinterest.com/v5", accessToken: "pina_secret", adAccountId: "549755885175"))
        #expect(config.origins["theme"]?.line == 2)
        #expect(config.origins["access_token"]?.line == 5)
        #expect(config.origins["ad_account_id"]?.line == 6)
    }

    @Test func aMissingXDGFileMeansDefaults() throws {
        try TestFiles.withDirectory { (directory: String) throws in
            #expect(try TackConfig.load(from: nil, environment: ["XDG_CONFIG_HOME": directory]) == TackConfig())
        }
        #expect(try TackConfig.load(from: nil, environment: [:]) == TackConfig())
    }

    @Test func theXDGFileIsRead() throws {
        try TestFiles.withDirectory { (directory: String) throws in
            try FileManager.default.createDirectory(atPath: directory + "/tack", withIntermediateDirectories: true)
            try "keymap = \"vim\"\n".write(toFile: directory + "/tack/config.toml", atomically: true, encoding: .utf8)
            #expect(try TackConfig.load(from: nil, environment: ["XDG_CONFIG_HOME": directory]).keymap == "vim")
        }
    }

    @Test func pathsFollowXDGWithAHomeFallback() {
        #expect(ConfigPaths.configFile(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/tack/config.toml")
        #expect(ConfigPaths.keymapFile(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/tack/keymap.toml")
        #expect(ConfigPaths.configFile(environment: ["HOME": "/h"]) == "/h/.config/tack/config.toml")
        #expect(ConfigPaths.configFile(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/tack/config.toml")
        #expect(ConfigPaths.configFile(environment: [:]) == nil)
    }

    @Test func dataAndStateFollowXDGWithAHomeFallback() {
        #expect(ConfigPaths.dataDirectory(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/tack")
        #expect(ConfigPaths.dataDirectory(environment: ["HOME": "/h"]) == "/h/.local/share/tack")
        #expect(ConfigPaths.stateDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/tack")
        #expect(ConfigPaths.stateDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/tack")
    }

    /// The error loading `text`, with the file's path replaced by "FILE".
    private func failure(_ text: String) throws -> String? {
        try TestFiles.withFile(text, named: "config.toml") { (path: String) -> String? in
            do throws(ConfigurationError) {
                _ = try TackConfig.load(from: path, environment: [:])
                return nil
            } catch {
                return error.description.replacingOccurrences(of: path, with: "FILE")
            }
        }
    }

    @Test func unknownKeysAreErrorsWithTheirLine() throws {
        let message = try failure("theme = \"light\"\n\ncolour = \"auto\"\n")
        #expect(message?.hasPrefix("FILE:3: unknown setting \"colour\"") == true, "\(message ?? "no error")")
        #expect(try failure("theme = \"light\"\n[keys]\nquit = 1\n")?.hasPrefix("FILE:2: unknown setting \"keys\"") == true)
    }

    @Test func imagesTakesARendererByName() throws {
        let config = try TestFiles.withFile("images = \"sixel\"\n") { path in try TackConfig.load(from: path, environment: [:]) }
        #expect(config.images == "sixel")
        #expect(try failure("images = \"chafa\"\n") == "FILE:1: images must be one of auto, kitty, sixel, iterm, symbols, off, not \"chafa\"")
    }

    @Test func valuesMustBeNonEmptyStringsAndTheURLHTTP() throws {
        #expect(try failure("theme = 3\n") == "FILE:1: theme must be a non-empty string in quotes")
        #expect(try failure("\nkeymap = \"\"\n") == "FILE:2: keymap must be a non-empty string in quotes")
        #expect(try failure("api_base_url = \"ftp://example.com/v5\"\n")?.hasPrefix("FILE:1: api_base_url is not an API root") == true)
        #expect(try failure("\napi_base_url = \"http://127.0.0.1:99999/v5\"\n")
            == "FILE:2: api_base_url is not an API root: the port 99999 is out of range (1-65535)")
    }

    @Test func theAdAccountIdMustBeAtMost18DigitsInQuotes() throws {
        #expect(try failure("ad_account_id = \"act_42\"\n")
            == "FILE:1: ad_account_id is not an ad account id: it must be digits only, as in 549755885175")
        #expect(try failure("\nad_account_id = \"1234567890123456789\"\n")
            == "FILE:2: ad_account_id is not an ad account id: it has 19 digits; an ad account id has at most 18")
        #expect(try failure("ad_account_id = 549755885175\n") == "FILE:1: ad_account_id must be a non-empty string in quotes")
        #expect(try failure("ad_account_id = \"\"\n") == "FILE:1: ad_account_id must be a non-empty string in quotes")
    }

    @Test func anExplicitFileMustExist() {
        #expect {
            try TackConfig.load(from: "/nonexistent/config.toml", environment: [:])
        } throws: { error in
            (error as? ConfigurationError)?.description == "/nonexistent/config.toml: cannot read the file: No such file or directory"
        }
    }
}
