import ArgumentParser
import Foundation
import PinterestAPI
import TackCore

/// What every auth command needs: the config file, the profile and the API it signs in to.
struct ProfileOptions: ParsableArguments {
    @Option(help: "The profile: one signed-in account among several (default: the config's profile, else \"default\").")
    var profile: String?

    @Option(name: .customLong("api"), help: "The API root, e.g. http://127.0.0.1:8085/v5 (default: api.pinterest.com).")
    var apiBaseURL: String?

    @Option(help: "The config file (default: $XDG_CONFIG_HOME/tack/config.toml).")
    var config: String?

    /// The parts resolved: the config's settings, the profile's name, its store.
    struct Resolved {
        let settings: TackConfig
        let profile: String
        let store: CredentialStore
        let environment: [String: String]

        /// The profile's sign-in, nil when it has none; a file that cannot be used is said on standard
        /// error, with exit status 1.
        func storedSignIn() throws -> StoredSignIn? {
            do throws(CredentialStoreError) {
                return try store.load(profile)
            } catch {
                printToStandardError("tack: \(error)")
                throw ExitCode(1)
            }
        }
    }

    func resolve() throws -> Resolved {
        let environment = ProcessInfo.processInfo.environment
        let settings: TackConfig
        do throws(ConfigurationError) {
            settings = try TackConfig.load(from: config, environment: environment)
        } catch {
            printToStandardError("tack: the \(error.subject.rawValue) has errors:")
            error.diagnostics.forEach { printToStandardError("  \($0)") }
            throw ExitCode(2)
        }
        let profile = profile ?? settings.profile ?? ProfileName.standard
        if let problem = ProfileName.problem(profile) { throw refusal("--profile \(profile): \(problem)") }
        guard let store = CredentialStore.standard(environment: environment) else {
            throw refusal("Neither XDG_STATE_HOME nor HOME is set: Tack has nowhere to keep the sign-in.")
        }
        return Resolved(settings: settings, profile: profile, store: store, environment: environment)
    }

    /// `--api`, else the config's `api_base_url`, else `fallback` (a stored sign-in's), else Pinterest's.
    func apiRoot(settings: TackConfig, fallback: String? = nil) throws -> URL {
        guard let text = apiBaseURL ?? settings.apiBaseURL ?? fallback else { return ClientConfiguration.productionBaseURL }
        do {
            return try APIBaseURL.parse(text)
        } catch {
            throw refusal("\(apiBaseURL != nil ? "--api" : "api_base_url") is not an API root: \(error)")
        }
    }
}
