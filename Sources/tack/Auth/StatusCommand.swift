import ArgumentParser
import Foundation
import TackCore

/// `tack auth status`: the profile's sign-in, read from disk without a request. Exit status 0 when it
/// can be used (the access token is alive, or the refresh token can replace it), 1 when not.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the profile's sign-in; exit status 0 when it can be used, 1 when not.")

    @OptionGroup var options: ProfileOptions

    func run() async throws {
        let resolved = try options.resolve()
        let file = resolved.store.path(of: resolved.profile)
        guard let signIn = try resolved.storedSignIn() else {
            print("Profile \(resolved.profile): not signed in (run `tack auth login\(profileFlag(resolved))`).")
            throw ExitCode(1)
        }
        let now = Date()
        let tokens = signIn.tokens
        let usable = tokens.accessTokenExpiresAt > now || tokens.canRefresh(at: now)
        print("""
            Profile \(resolved.profile): \(signIn.username.map { "@\($0)" } ?? "account unknown") at \(signIn.apiBaseURL)
            Scopes: \(tokens.scopes.joined(separator: ", "))
            Access token: \(Self.when(tokens.accessTokenExpiresAt, now: now))
            Refresh token: \(tokens.refreshToken == nil ? "none" : tokens.refreshTokenExpiresAt.map { Self.when($0, now: now) } ?? "does not expire")
            Kept in: \(file)
            \(usable ? "Usable." : "Not usable: run `tack auth login\(profileFlag(resolved))` to sign in again.")
            """)
        if !usable { throw ExitCode(1) }
    }

    private func profileFlag(_ resolved: ProfileOptions.Resolved) -> String {
        resolved.profile == ProfileName.standard ? "" : " --profile \(resolved.profile)"
    }

    /// "expires 2026-12-31 10:00 UTC (in 30 days)" or "expired 2026-11-01 10:00 UTC".
    static func when(_ date: Date, now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        let stamp = formatter.string(from: date)
        let seconds = Int(date.timeIntervalSince(now))
        guard seconds > 0 else { return "expired \(stamp)" }
        let left = seconds >= 86_400 ? "\(seconds / 86_400) days" : seconds >= 3_600 ? "\(seconds / 3_600) hours"
            : seconds >= 60 ? "\(seconds / 60) minutes" : "\(seconds) seconds"
        return "expires \(stamp) (in \(left))"
    }
}
