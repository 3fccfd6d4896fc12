import ArgumentParser
import Foundation
import Glibc

/// `tack`: the terminal app for a Pinterest account, its demo sandbox, and its keymap checker.
@main
struct TackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tack",
        abstract: "A keyboard-driven terminal app for your Pinterest boards, sections and pins.",
        discussion: """
            Run `tack --demo` to try it on the embedded sandbox, or set PINTEREST_ACCESS_TOKEN and run `tack`.

            From scripts: `tack boards|sections|pins|account|analytics <verb>`, e.g. \
            `tack pins list --board ID --json`. Exit statuses: 0 done; 1 API error (its message and Pinterest's \
            code on standard error); 2 usage error; 3 not signed in, token refused or lacking a scope; 4 still \
            rate limited after retries.
            """,
        subcommands: [
            RunCommand.self, BoardsCommand.self, SectionsCommand.self, PinsCommand.self, AccountCommand.self,
            AnalyticsCommand.self, ExportCommand.self, ImportCommand.self, AuthCommand.self, SandboxCommand.self, KeymapCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    /// Every file Tack creates (log, databases and their journals, crash reports) is private: the umask
    /// takes group and other permissions away, from files SQLite and the backtracer create too.
    static func main() async {
        umask(0o077)
        MallocTuning.fixMmapThreshold()
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitOnUsageError(error)
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ValidationError {
            // Found as the command ran (a value read from --from, a limit): no usage text, one line.
            printToStandardError("tack: \(error.message)")
            Foundation.exit(ExitStatus.usage.rawValue)
        } catch {
            exit(withError: error)
        }
    }

    /// A usage error (a bad option or value, found by ArgumentParser or a command's validation) exits
    /// with status 2, as the README documents, rather than ArgumentParser's 64.
    private static func exitOnUsageError(_ error: any Error) {
        guard exitCode(for: error) == .validationFailure else { return }
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitStatus.usage.rawValue)
    }
}
