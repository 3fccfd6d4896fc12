import ArgumentParser
import TackCore

/// `tack keymap check FILE`: validates a keymap file the way the app does before it starts.
struct KeymapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keymap",
        abstract: "Work with keymap files.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report unknown actions, unknown or impossible keys and conflicts, with file:line."
        )

        @Argument(help: "The keymap TOML file to check.")
        var file: String

        func run() throws {
            let diagnostics = KeymapChecker.check(fileAt: file, presets: BundledPresetSource())
            guard diagnostics.isEmpty else {
                diagnostics.forEach { printToStandardError($0.description) }
                throw ExitCode(1)
            }
            print("\(file): OK")
        }
    }
}
