import ArgumentParser
import Glibc

/// `tack`: the terminal app for a Pinterest account, its demo sandbox, and its keymap checker.
@main
struct TackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tack",
        abstract: "A keyboard-driven terminal app for your Pinterest boards, sections and pins.",
        discussion: """
            Run `tack --demo` to try it on the embedded sandbox, or set PINTEREST_ACCESS_TOKEN and run `tack`.
            """,
        subcommands: [RunCommand.self, AuthCommand.self, SandboxCommand.self, KeymapCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Every file Tack creates (log, databases and their journals, crash reports) is private: the umask
    /// takes group and other permissions away, from files SQLite and the backtracer create too.
    static func main() async {
        umask(0o077)
        MallocTuning.fixMmapThreshold()
        await main(nil)
    }
}
