import ArgumentParser
import Foundation
import PinterestAPI
import TackCore
import TackExport

/// `tack boards copy BOARD --to-profile P`: one board, its sections and pins, into another account, by
/// the export and import machinery (so a second copy makes nothing new).
struct BoardCopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a board with its sections and pins into another account (--to-profile) or API (--to-api).",
        discussion: """
            The board is exported into $XDG_STATE_HOME/tack/copies/ and imported from there: pins are saved \
            from the original where the API allows it, else made from their image. Running it again copies \
            only what is missing.
            """)

    @Argument(help: "The id of the board to copy.")
    var board: String

    @Option(name: .customLong("to-profile"), help: ArgumentHelp("The signed-in profile to copy into.", valueName: "profile"))
    var toProfile: String?

    @Option(name: .customLong("to-api"), help: ArgumentHelp("The API root to copy into (default: the source's).", valueName: "url"))
    var toAPI: String?

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard toProfile != nil || toAPI != nil else { throw ValidationError("Say where to copy to: --to-profile, --to-api, or both.") }
        guard NumericID.matches(board) else { throw ValidationError("BOARD is a board id: digits only.") }
    }

    func run() async throws {
        var target = connection
        target.demo = false
        target.reset = false
        if let toProfile { target.profile = toProfile }
        if let toAPI { target.apiBaseURL = toAPI }
        var failed = false
        try await ScriptRun.run(connection) { source in
            let copies = try XDGPaths.stateFile("copies")
            // By host, not port: the embedded sandbox gets another port each time.
            let host = source.baseURL.host() ?? "api"
            let directory = URL(fileURLWithPath: copies).appendingPathComponent("\(host)-\(board)")
            _ = try await Exporter(
                client: source.client, directory: directory,
                options: ExportOptions(scope: .board(id: board), toolVersion: TackVersion.current)
            ).run()
            try await ScriptRun.run(target) { destination in
                let summary = try await Importer(client: destination.client, directory: directory, boardIds: [board]).run()
                StandardOutput.write(ImportCommand.describe(summary))
                failed = !summary.failures.isEmpty
            }
        }
        if failed { throw ExitStatus.apiError.exitCode }
    }
}
