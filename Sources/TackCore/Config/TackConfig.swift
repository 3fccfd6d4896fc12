import Foundation
import PinterestAPI
import TOMLKit

// Configuration file
// ------------------
// Tack reads `$XDG_CONFIG_HOME/tack/config.toml` (`~/.config/tack/config.toml` when XDG_CONFIG_HOME
// is not set). The file is optional; every key is optional; an unknown key is an error reported
// with its file and line. Keys:
//
//   theme = "light"          # a theme preset (default, light, high-contrast, mono) or a theme file path
//   keymap = "vim"           # a keymap preset (default, vim, emacs) or a keymap file path
//   api_base_url = "https://api.pinterest.com/v5"
//                            # the API root to talk to (http or https, the path ending in the version)
//   access_token = "pina_…"  # a Pinterest access token; PINTEREST_ACCESS_TOKEN, when set, wins
//   ad_account_id = "549755885175"
//                            # act for this ad account's owner (business access); --ad-account wins
//   profile = "work"         # the signed-in account to use (`tack auth login --profile`); --profile wins
//   images = "auto"          # how pin pictures are drawn: auto (ask the terminal), kitty, sixel, iterm,
//                            # symbols (coloured blocks, the default when the terminal says nothing), off;
//                            # --images wins
//
//   [oauth]                  # the Pinterest app `tack auth login` signs in with
//   client_id = "1234567"    # PINTEREST_CLIENT_ID, when set, wins
//   client_secret_file = "~/.config/tack/client_secret"
//                            # a file only you can read holding the app's secret (never the secret
//                            # itself here); PINTEREST_CLIENT_SECRET, when set, wins
//   redirect_uri = "http://localhost:8085/"
//                            # as registered for the app on Pinterest's developer site

/// The settings of the config file; nil for each key the file leaves out.
public struct TackConfig: Sendable, Hashable {
    public var theme: String?
    public var keymap: String?
    public var apiBaseURL: String?
    public var accessToken: String?
    /// Digits (`AdAccountID`): the ad account whose owner every operation taking `ad_account_id` acts for.
    public var adAccountId: String?
    /// The profile (signed-in account) to use by default.
    public var profile: String?
    /// How pictures are drawn (`ImagesSetting`'s names), checked when read.
    public var images: String?
    /// The `[oauth]` table: the app that signs in.
    public var oauthClientId: String?
    public var oauthClientSecretFile: String?
    public var oauthRedirectURI: String?
    /// Where each setting the file holds was read, by its name in the file ("theme"), for messages
    /// about a value found wrong later, such as a theme that does not exist.
    public var origins: [String: SettingOrigin] = [:]

    public init(
        theme: String? = nil, keymap: String? = nil, apiBaseURL: String? = nil, accessToken: String? = nil,
        adAccountId: String? = nil
    ) {
        self.theme = theme
        self.keymap = keymap
        self.apiBaseURL = apiBaseURL
        self.accessToken = accessToken
        self.adAccountId = adAccountId
    }

    /// Loads the config file at `path`, or with a nil path the XDG one (`ConfigPaths.configFile`),
    /// which may be missing: then every setting is nil. A file given by path must exist. Every
    /// problem in the file is reported.
    public static func load(
        from path: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> TackConfig {
        guard let file = path ?? ConfigPaths.configFile(environment: environment) else { return TackConfig() }
        if path == nil && !FileManager.default.fileExists(atPath: file) { return TackConfig() }
        let source: TOMLSource
        do throws(FileDiagnostic) {
            source = try TOMLSource(path: file)
        } catch {
            throw ConfigurationError(.config, diagnostics: [error])
        }
        return try parse(source)
    }

    static func parse(_ source: TOMLSource) throws(ConfigurationError) -> TackConfig {
        var config = TackConfig()
        var diagnostics: [FileDiagnostic] = []
        for (key, value) in source.table {
            if key == Self.oauthTable {
                guard let table = value.table else {
                    diagnostics.append(source.diagnostic("oauth must be a table: [oauth]", key: key))
                    continue
                }
                diagnostics += parseOAuth(table, source: source, into: &config)
                continue
            }
            guard let setting = settings[key] else {
                diagnostics.append(source.diagnostic(
                    "unknown setting \"\(key)\" (settings: \(settings.keys.sorted().joined(separator: ", ")))", key: key))
                continue
            }
            guard let text = value.string, !text.isEmpty else {
                diagnostics.append(source.diagnostic("\(key) must be a non-empty string in quotes", key: key))
                continue
            }
            if key == "api_base_url" {
                do throws(APIBaseURL.Problem) {
                    _ = try APIBaseURL.parse(text)
                } catch {
                    diagnostics.append(source.diagnostic("api_base_url is not an API root: \(error)", key: key))
                    continue
                }
            }
            if key == "profile", let problem = ProfileName.problem(text) {
                diagnostics.append(source.diagnostic("profile is not a profile name: \(problem)", key: key))
                continue
            }
            if key == "images", ImagesSetting(rawValue: text) == nil {
                diagnostics.append(source.diagnostic("images must be one of \(ImagesSetting.names), not \"\(text)\"", key: key))
                continue
            }
            if key == "ad_account_id", let problem = AdAccountID.problem(text) {
                diagnostics.append(source.diagnostic("ad_account_id is not an ad account id: \(problem)", key: key))
                continue
            }
            config[keyPath: setting] = text
            config.origins[key] = .configFile(source.label, line: source.lines.line(ofKey: key, inTable: nil))
        }
        guard diagnostics.isEmpty else { throw ConfigurationError(.config, diagnostics: diagnostics) }
        return config
    }

    /// The `[oauth]` table's keys, each a non-empty string.
    private static func parseOAuth(
        _ table: TOMLTable, source: TOMLSource, into config: inout TackConfig
    ) -> [FileDiagnostic] {
        var diagnostics: [FileDiagnostic] = []
        for (key, value) in table {
            guard let setting = oauthSettings[key] else {
                diagnostics.append(source.diagnostic(
                    "unknown setting \"\(key)\" in [oauth] (settings: \(oauthSettings.keys.sorted().joined(separator: ", ")))",
                    key: key, table: oauthTable))
                continue
            }
            guard let text = value.string, !text.isEmpty else {
                diagnostics.append(source.diagnostic("\(key) must be a non-empty string in quotes", key: key, table: oauthTable))
                continue
            }
            config[keyPath: setting] = text
            config.origins["\(oauthTable).\(key)"] = .configFile(
                source.label, line: source.lines.line(ofKey: key, inTable: oauthTable))
        }
        return diagnostics
    }

    private static let oauthTable = "oauth"

    private static let settings: [String: WritableKeyPath<TackConfig, String?> & Sendable] = [
        "theme": \.theme, "keymap": \.keymap, "api_base_url": \.apiBaseURL, "access_token": \.accessToken,
        "ad_account_id": \.adAccountId, "profile": \.profile, "images": \.images,
    ]

    private static let oauthSettings: [String: WritableKeyPath<TackConfig, String?> & Sendable] = [
        "client_id": \.oauthClientId, "client_secret_file": \.oauthClientSecretFile, "redirect_uri": \.oauthRedirectURI,
    ]
}
