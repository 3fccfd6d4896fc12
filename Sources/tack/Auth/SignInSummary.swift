import Foundation
import TackCore

/// What `tack auth login` says once signed in: who, which scopes, and what a missing one turns off.
enum SignInSummary {
    static func text(_ signIn: StoredSignIn, profile: String, asked: [String], file: String) -> String {
        let who = signIn.username.map { "@\($0)" } ?? "an account Tack cannot read (no user_accounts:read)"
        var lines = [
            "Signed in to Pinterest as \(who) (profile \(profile)).",
            "Scopes granted: \(signIn.tokens.scopes.joined(separator: ", ")).",
        ]
        let missing = TackScopes.all.filter { !signIn.tokens.scopes.contains($0) }
        if !missing.isEmpty {
            lines.append("Without these, Tack cannot show or do:")
            lines += missing.map { "  \($0): \(TackScopes.featureLost(without: $0))" }
            if missing.contains(where: asked.contains) == false {
                lines.append("To add them: tack auth login --scopes \((signIn.tokens.scopes + missing).joined(separator: ","))")
            }
        }
        lines.append("The sign-in is kept in \(file).")
        return lines.joined(separator: "\n")
    }
}
