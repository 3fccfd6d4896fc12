import Foundation
import Glibc
import PinterestAPI
import TackCore

/// The Pinterest app Tack signs in with: its id from a flag, PINTEREST_CLIENT_ID or the config's
/// `[oauth] client_id`; its secret from PINTEREST_CLIENT_SECRET or the file the config's
/// `[oauth] client_secret_file` names, which only its owner may read. Never from a flag: it would
/// show in `ps`.
enum OAuthAppSource {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func clientId(flag: String?, environment: [String: String], config: TackConfig) -> String? {
        [flag, environment[OAuthApp.clientIdVariable], config.oauthClientId]
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
    }

    /// The secret, nil when neither place holds one.
    static func clientSecret(environment: [String: String], config: TackConfig) throws(Problem) -> String? {
        if let secret = environment[OAuthApp.clientSecretVariable]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !secret.isEmpty
        {
            return secret
        }
        guard let file = config.oauthClientSecretFile else { return nil }
        let path = TildeExpansion.expand(file, environment: environment)
        var info = stat()
        guard stat(path, &info) == 0, let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "client_secret_file \(path) cannot be read")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw Problem(description: """
                client_secret_file \(path) may be read by others (mode \(String(info.st_mode & 0o777, radix: 8))), \
                so Tack will not use it: run `chmod 600 \(path)`
                """)
        }
        let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !secret.isEmpty else { throw Problem(description: "client_secret_file \(path) is empty") }
        return secret
    }

    /// The app, or why there is none, naming every place its parts may come from.
    static func app(flag: String?, environment: [String: String], config: TackConfig) throws(Problem) -> OAuthApp {
        guard let clientId = clientId(flag: flag, environment: environment, config: config) else {
            throw Problem(description: """
                no Pinterest app id: give --client-id, set \(OAuthApp.clientIdVariable), or put client_id in the \
                config file's [oauth] table (the app's id is on developers.pinterest.com, under My apps)
                """)
        }
        guard let secret = try clientSecret(environment: environment, config: config) else {
            throw Problem(description: """
                no secret for the Pinterest app \(clientId): set \(OAuthApp.clientSecretVariable), or put \
                client_secret_file in the config file's [oauth] table naming a file only you can read
                """)
        }
        return OAuthApp(clientId: clientId, clientSecret: secret)
    }
}
