import ArgumentParser
import Foundation
import PinterestAPI
import TackExport

/// `tack import DIR`: recreates an export's boards, sections and pins in an account.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Recreate an export's boards, sections and pins in the signed-in account (or --into PROFILE).",
        discussion: """
            Pins are saved from the original where the export came from the same API, else made from their \
            image URL (a video from its cover image). Safe to run again: what was copied is kept in \
            DIR/imports/, and boards, sections and pins already in the account are matched, so nothing is \
            made twice. Ends with what could not be copied and why; exits 1 when something could not.
            """)

    @Argument(help: "A directory written by tack export.")
    var directory: String

    @Option(help: ArgumentHelp("Import into this signed-in profile instead.", valueName: "profile"))
    var into: String?

    @Option(help: "Requests in flight at most.")
    var concurrency = 8

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        var target = connection
        if let into { target.profile = into }
        let source = URL(fileURLWithPath: directory)
        var failed = false
        try await ScriptRun.run(target) { api in
            let summary = try await Importer(client: api.client, directory: source, concurrency: concurrency).run()
            StandardOutput.write(Self.describe(summary))
            failed = !summary.failures.isEmpty
        }
        if failed { throw ExitStatus.apiError.exitCode }
    }

    static func describe(_ summary: ImportSummary) -> String {
        func line(_ name: String, _ counts: ImportSummary.Counts, saved: Int? = nil) -> String {
            var text = "\(name): \(counts.created) created"
            if let saved, saved > 0 { text += " (\(saved) saved from the original)" }
            if counts.matched > 0 { text += ", \(counts.matched) found in the account" }
            if counts.alreadyThere > 0 { text += ", \(counts.alreadyThere) copied before" }
            return text + "\n"
        }
        var text = line("Boards", summary.boards) + line("Sections", summary.sections)
            + line("Pins", summary.pins, saved: summary.pinsSaved)
        if !summary.notes.isEmpty {
            text += "Copied, but not as they were (\(summary.notes.count)):\n"
            text += summary.notes.map { "  \($0)\n" }.joined()
        }
        if !summary.failures.isEmpty {
            text += "Not copied (\(summary.failures.count)):\n"
            text += summary.failures.map { "  \($0)\n" }.joined()
        }
        return text
    }
}
