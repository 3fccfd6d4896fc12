import ArgumentParser
import Foundation
import PinterestAPI
import TackExport

/// `tack export DIR`: a backup of everything the token can read.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Back up the account into a directory: JSON of everything the token can read, a CSV of pins, a manifest.",
        discussion: """
            Writes account.json, boards.json, boards/<id>/sections.json and pins.json (each object as the API \
            sent it, every field kept), followers.json, following.json, following_boards.json, websites.json, \
            businesses.json, pins.csv and manifest.json. Run it again after an interruption: it continues where \
            it stopped and ends with the same files. Once finished, running it again makes a fresh export. \
            Rate limits slow it down; they never end it.
            """)

    @Argument(help: "The directory to write (created if needed).")
    var directory: String

    @Flag(help: "Also download each pin's largest image into DIR/media.")
    var media = false

    @Option(help: "Requests in flight at most (fewer while rate-limited).")
    var concurrency = ExportOptions.defaultConcurrency

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard (1...64).contains(concurrency) else { throw ValidationError("--concurrency takes 1 to 64.") }
    }

    func run() async throws {
        let target = URL(fileURLWithPath: directory)
        try await ScriptRun.run(connection) { api in
            let progress = ExportProgressLine()
            let exporter = Exporter(
                client: api.client, directory: target,
                options: ExportOptions(media: media, concurrency: concurrency, toolVersion: TackVersion.current),
                onProgress: progress.show)
            let summary: ExportSummary
            do {
                summary = try await exporter.run()
            } catch {
                progress.finish()
                printToStandardError("tack: the export stopped; run the same command again to continue where it stopped.")
                throw error
            }
            progress.finish()
            StandardOutput.write(Self.describe(summary, directory: target.path))
        }
    }

    /// e.g. `Exported 8 boards, 24 sections, 164 pins, … into backup in 1.2 s: 131 requests (minimum 131).`
    static func describe(_ summary: ExportSummary, directory: String) -> String {
        let counts = summary.manifest.counts
        let order = ["boards", "sections", "pins", "followers", "following", "following_boards", "websites", "businesses", "media"]
        let parts = order.compactMap { key in counts[key].map { "\($0) \(key.replacingOccurrences(of: "_", with: " "))" } }
        let seconds = Double(summary.elapsed.components.seconds) + Double(summary.elapsed.components.attoseconds) / 1e18
        var text = "Exported \(parts.joined(separator: ", ")) into \(directory) in \(String(format: "%.2f", seconds)) s: "
            + "\(summary.requests) requests (minimum \(summary.minimumRequests))"
        if summary.rateLimitSlowdowns > 0 { text += ", slowed down \(summary.rateLimitSlowdowns) times by rate limits" }
        text += ".\n"
        for failure in summary.manifest.mediaFailures ?? [] {
            text += "  image of pin \(failure.pinId) not downloaded: \(failure.reason)\n"
        }
        return text
    }
}
