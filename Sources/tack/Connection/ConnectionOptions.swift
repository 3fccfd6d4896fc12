import ArgumentParser
import Foundation
import PinterestAPI
import TackCore

/// Where the API is and whose account it acts for: the options the UI and every script command share
/// (`--demo`, `--api`, `--profile`, `--config`, `--ad-account`). `resolve` checks them without starting
/// anything; `APIConnection.open` then starts the client (and the sandbox with `--demo`).
struct ConnectionOptions: ParsableArguments {
    @Flag(help: "Use the embedded sandbox with its demo data instead of an API.")
    var demo = false

    @Flag(help: "With --demo: reseed the demo data first.")
    var reset = false

    @Option(
        name: .customLong("api"),
        help: """
            The API root: an http or https URL whose path ends in the API version, \
            e.g. https://api-sandbox.pinterest.com/v5 or http://127.0.0.1:8085/v5.
            """)
    var apiBaseURL: String?

    @Option(
        name: .customLong("ad-account"),
        help: ArgumentHelp(
            "Act for the owner of this ad account (business access) wherever the API allows it.",
            valueName: "id"))
    var adAccountId: String?

    @Option(help: "The config file (default: $XDG_CONFIG_HOME/tack/config.toml).")
    var config: String?

    @Option(help: "The signed-in account to use (`tack auth login --profile`; default: the config's profile, else \"default\").")
    var profile: String?

    @OptionGroup(title: "Sandbox faults (with --demo)")
    var faults: FaultOptions

    func validate() throws {
        if reset && !demo { throw ValidationError("--reset only applies with --demo.") }
        if demo && apiBaseURL != nil { throw ValidationError("--demo and --api cannot be combined.") }
    }

    /// The config file alone (script commands; the UI reads it together with its theme and keymap).
    func loadSettings(environment: [String: String]) throws(ConnectionSetupError) -> TackConfig {
        do throws(ConfigurationError) {
            return try TackConfig.load(from: config, environment: environment)
        } catch {
            throw .badConfiguration(error)
        }
    }

    /// Everything checked, nothing started: the ad account, and the API root with the account's
    /// credentials (none with `--demo`).
    func resolve(settings: TackConfig, environment: [String: String]) throws(ConnectionSetupError) -> ConnectionPlan {
        let adAccount: AdAccountChoice?
        do throws(FileDiagnostic) {
            adAccount = try AdAccountChoice.resolve(option: adAccountId, config: settings)
        } catch {
            throw .refused("\(error)")
        }
        let target: ConnectionPlan.Target
        if demo {
            target = .demo(reset: reset, faults: faults.configuration)
        } else {
            let credentials = try self.credentials(settings: settings, environment: environment)
            target = .api(try apiRoot(settings: settings, signedIn: credentials.signedInAPI), credentials)
        }
        return ConnectionPlan(target: target, adAccount: adAccount, settings: settings, environment: environment)
    }

    /// `--api`, else the config file's `api_base_url`, else the stored sign-in's, else api.pinterest.com;
    /// refuses one that is not an API root (`APIBaseURL`). The URL is not repeated: it may hold a password.
    private func apiRoot(settings: TackConfig, signedIn: String?) throws(ConnectionSetupError) -> URL {
        guard let text = apiBaseURL ?? settings.apiBaseURL ?? signedIn else { return ClientConfiguration.productionBaseURL }
        do {
            return try APIBaseURL.parse(text)
        } catch {
            throw .refused("\(apiBaseURL != nil ? "--api" : "api_base_url in the config file") is not an API root: \(error)")
        }
    }

    /// The token from PINTEREST_ACCESS_TOKEN or the config file, without surrounding white space (a file
    /// saved with Windows line endings ends in CR LF), else the profile's stored sign-in. Refuses, without
    /// showing it, a token the client could not send (`ClientConfiguration.tokenProblem`).
    private func credentials(settings: TackConfig, environment: [String: String]) throws(ConnectionSetupError) -> AccountCredentials {
        let variable = ClientConfiguration.accessTokenVariable
        let given = environment[variable].map { ($0, variable) } ?? settings.accessToken.map { ($0, "access_token in the config file") }
        if let (raw, source) = given, case let token = raw.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            if let problem = ClientConfiguration.tokenProblem(token) { throw .refused("\(source): \(problem)") }
            return .token(token)
        }
        let profile = self.profile ?? settings.profile ?? ProfileName.standard
        if let problem = ProfileName.problem(profile) { throw .refused("--profile \(profile): \(problem)") }
        guard let store = CredentialStore.standard(environment: environment) else { throw .notSignedIn(profile: profile) }
        let stored: StoredSignIn?
        do throws(CredentialStoreError) {
            stored = try store.load(profile)
        } catch {
            throw .refused("\(error)")
        }
        guard let signIn = stored else { throw .notSignedIn(profile: profile) }
        return .signIn(signIn, profile: profile, store: store)
    }
}
