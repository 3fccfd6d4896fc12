import ArgumentParser
import Foundation
import PinterestAPI
import TackCore

/// `tack auth logout`: forgets the profile's sign-in, and asks Pinterest to revoke its tokens when the
/// app's secret is at hand (Pinterest revokes only some tokens; what it answers is said).
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "Forget the profile's sign-in.")

    @OptionGroup var options: ProfileOptions

    func run() async throws {
        let resolved = try options.resolve()
        guard let signIn = try resolved.storedSignIn() else {
            print("Profile \(resolved.profile) was not signed in.")
            return
        }
        await revoke(signIn, resolved)
        do throws(CredentialStoreError) {
            try resolved.store.remove(resolved.profile)
        } catch {
            printToStandardError("tack: \(error)")
            throw ExitCode(1)
        }
        print("Signed out of profile \(resolved.profile)\(signIn.username.map { " (@\($0))" } ?? ""): \(resolved.store.path(of: resolved.profile)) is removed.")
    }

    private func revoke(_ signIn: StoredSignIn, _ resolved: ProfileOptions.Resolved) async {
        guard let secret = try? OAuthAppSource.clientSecret(environment: resolved.environment, config: resolved.settings),
            let api = URL(string: signIn.apiBaseURL)
        else {
            print("Pinterest was not asked to revoke the tokens (the app's secret is not at hand).")
            return
        }
        let transport = AsyncHTTPClientTransport()
        let endpoint = OAuthTokenEndpoint(
            baseURL: api, app: OAuthApp(clientId: signIn.clientId, clientSecret: secret), transport: transport)
        do {
            for token in [signIn.tokens.refreshToken, signIn.tokens.accessToken].compactMap(\.self) {
                try await endpoint.revoke(token)
            }
            print("Pinterest revoked the tokens.")
        } catch {
            print("Pinterest did not revoke the tokens (\(error.userMessage)); they stop working when they expire.")
        }
        try? await transport.shutdown()
    }
}
