import Foundation
import TackCore
import Testing

/// A theme or keymap named in config.toml or by an option is reported where it was named, not as
/// if it were a file of its own (`solarized:1: …`).
@Suite("Startup configuration")
struct StartupConfigurationTests {
    /// Loads with `config` as the config file's text (none when nil) and the options; returns
    /// the error's subject and lines, with the config file's path replaced by "config.toml".
    private func failure(config: String?, theme: String? = nil, keymap: String? = nil) throws -> [String]? {
        try TestFiles.withDirectory { directory in
            let path = directory + "/config.toml"
            try config?.write(toFile: path, atomically: true, encoding: .utf8)
            do throws(ConfigurationError) {
                _ = try StartupConfiguration.load(
                    configFile: config == nil ? nil : path, theme: theme, keymap: keymap,
                    environment: ["XDG_CONFIG_HOME": directory], presets: TestFiles.presets)
                return nil
            } catch {
                return [error.subject.rawValue] + error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "config.toml") }
            }
        }
    }

    @Test func aBadThemeInTheConfigFileIsReportedAtItsLine() throws {
        #expect(try failure(config: "# mine\ntheme = \"solarized\"\n") == [
            "theme", "config.toml:2: no theme \"solarized\" (presets: default, high-contrast, light, mono; or give a file path)",
        ])
    }

    @Test func aBadKeymapInTheConfigFileIsReportedAtItsLine() throws {
        #expect(try failure(config: "theme = \"light\"\n\nkeymap = \"vimm\"\n") == [
            "keymap", "config.toml:3: no keymap \"vimm\" (presets: default, emacs, vim; or give a file path)",
        ])
    }

    @Test func aMissingFileNamedInTheConfigFileIsReportedAtItsLine() throws {
        #expect(try failure(config: "theme = \"./mine.toml\"\n") == ["theme", "config.toml:1: no theme file \"./mine.toml\": no such file"])
        #expect(try failure(config: "keymap = \"/nowhere/keys.toml\"\n") == ["keymap", "config.toml:1: no keymap file \"/nowhere/keys.toml\": no such file"])
    }

    @Test func badOptionsNameTheOption() throws {
        #expect(try failure(config: nil, theme: "solarized") == [
            "theme", "--theme: no theme \"solarized\" (presets: default, high-contrast, light, mono; or give a file path)",
        ])
        #expect(try failure(config: nil, keymap: "nano") == [
            "keymap", "--keymap: no keymap \"nano\" (presets: default, emacs, vim; or give a file path)",
        ])
        #expect(try failure(config: nil, theme: "./missing.toml") == ["theme", "--theme: no theme file \"./missing.toml\": no such file"])
    }

    @Test func optionsWinOverTheConfigFile() throws {
        #expect(try failure(config: "theme = \"solarized\"\nkeymap = \"nano\"\n", theme: "light", keymap: "vim") == nil)
    }

    @Test func everyProblemOfTheConfigFileIsReported() throws {
        #expect(try failure(config: "colour = \"auto\"\ntheme = 3\napi_base_url = \"ftp://x\"\n") == [
            "config file",
            "config.toml:1: unknown setting \"colour\" (settings: access_token, ad_account_id, api_base_url, images, keymap, profile, theme)",
            "config.toml:2: theme must be a non-empty string in quotes",
            "config.toml:3: api_base_url is not an API root: Tack speaks only http and https, not ftp://",
        ])
    }

    @Test func theAdAccountOptionWinsOverTheConfigFile() throws {
        let config = TackConfig(adAccountId: "111")
        #expect(try AdAccountChoice.resolve(option: "222", config: config)
            == AdAccountChoice(id: "222", origin: .option("--ad-account")))
        #expect(try AdAccountChoice.resolve(option: "222", config: TackConfig())?.id == "222")
    }

    @Test func theConfigFilesAdAccountIsUsedWithTheLineItWasGivenAt() throws {
        try TestFiles.withFile("theme = \"light\"\nad_account_id = \"549755885175\"\n", named: "config.toml") { path in
            let config = try TackConfig.load(from: path, environment: [:])
            let choice = try AdAccountChoice.resolve(option: nil, config: config)
            #expect(choice == AdAccountChoice(id: "549755885175", origin: .configFile(path, line: 2)))
            #expect(choice?.origin.description == "\(path):2")
        }
    }

    @Test func noAdAccountAnywhereMeansNone() throws {
        #expect(try AdAccountChoice.resolve(option: nil, config: TackConfig()) == nil)
    }

    @Test(arguments: [
        ("", "--ad-account: not an ad account id: it is empty"),
        ("12ab", "--ad-account: not an ad account id: it must be digits only, as in 549755885175"),
        (" 123", "--ad-account: not an ad account id: it must be digits only, as in 549755885175"),
        ("-5", "--ad-account: not an ad account id: it must be digits only, as in 549755885175"),
        ("１２３", "--ad-account: not an ad account id: it must be digits only, as in 549755885175"),
        ("1234567890123456789", "--ad-account: not an ad account id: it has 19 digits; an ad account id has at most 18"),
    ])
    func aBadAdAccountOptionNamesTheOption(value: String, message: String) {
        #expect {
            try AdAccountChoice.resolve(option: value, config: TackConfig(adAccountId: "111"))
        } throws: { error in
            (error as? FileDiagnostic)?.description == message
        }
    }

    @Test func theLongestAdAccountIdIsAccepted() throws {
        #expect(try AdAccountChoice.resolve(option: "123456789012345678", config: TackConfig())?.id == "123456789012345678")
    }

    @Test func filesNamedInTheConfigFileAreLoaded() throws {
        try TestFiles.withFile("preset = \"vim\"\n", named: "keys.toml") { keys in
            try TestFiles.withDirectory { directory in
                let config = directory + "/config.toml"
                try "keymap = \"\(keys)\"\ntheme = \"mono\"\n".write(toFile: config, atomically: true, encoding: .utf8)
                let startup = try StartupConfiguration.load(
                    configFile: config, theme: nil, keymap: nil, environment: [:], presets: TestFiles.presets)
                #expect(startup.theme.name == "mono")
                #expect(startup.keymap == (try KeymapLoader.load(preset: "vim", userFile: nil, presets: TestFiles.presets)))
            }
        }
    }
}
