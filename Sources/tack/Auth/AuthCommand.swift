import ArgumentParser

/// `tack auth`: signing in with Pinterest, checking the sign-in, signing out.
struct AuthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auth",
        abstract: "Sign in with Pinterest, check the sign-in, sign out.",
        subcommands: [LoginCommand.self, StatusCommand.self, LogoutCommand.self]
    )
}
