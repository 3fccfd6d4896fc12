import ArgumentParser
import PinterestAPI
import TackCore

/// `tack sections …`: the sections of a board (BoardsApi, board_sections).
struct SectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sections", abstract: "List, create, rename and delete a board's sections.",
        discussion: ScriptHelp.exitStatuses,
        subcommands: [List.self, Create.self, Rename.self, Delete.self])

    /// The `--board` every section command takes.
    struct BoardOption: ParsableArguments {
        @Option(name: .customLong("board"), help: ArgumentHelp("The board's id.", valueName: "id"))
        var boardId: String

        func validate() throws { try FormLimits.checkID(boardId, "--board") }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a board's sections (board_sections/list).")

        @OptionGroup var board: BoardOption
        @OptionGroup var paging: PageOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try await CommandOutput(output).list(.boardSectionsList, paging: paging) { bookmark, size in
                    try await api.client.boardSectionsList(
                        boardId: board.boardId, bookmark: bookmark, pageSize: size, adAccountId: api.adAccount?.id)
                }
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a section to a board (board_sections/create).")

        @OptionGroup var board: BoardOption

        @Option(help: "The section's name: \(FormState.sectionNameLength.lowerBound) to \(FormState.sectionNameLength.upperBound) characters, new on the board.")
        var name: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let section = BoardSectionCreate(name: try name ?? write.body(BoardSectionCreate.self)?.name ?? "")
            var limits = FormLimits(.createSection(boardId: board.boardId))
            limits.set(.name, section.name, as: "--name")
            try limits.check()
            try await ScriptRun.run(connection, dryRun: write.dryRun) { api in
                try CommandOutput(output).show(try await api.client.boardSectionsCreate(
                    boardId: board.boardId, section, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename a section (board_sections/update).")

        @Argument(help: "The section's id.")
        var sectionId: String

        @OptionGroup var board: BoardOption

        @Option(help: "The new name: \(FormState.sectionNameLength.lowerBound) to \(FormState.sectionNameLength.upperBound) characters.")
        var name: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(sectionId, "The section id") }

        func run() async throws {
            let update = BoardSectionUpdate(name: try name ?? write.body(BoardSectionUpdate.self)?.name ?? "")
            var limits = FormLimits(.createSection(boardId: board.boardId))
            limits.set(.name, update.name, as: "--name")
            try limits.check()
            try await ScriptRun.run(connection, dryRun: write.dryRun) { api in
                try CommandOutput(output).show(try await api.client.boardSectionsUpdate(
                    boardId: board.boardId, sectionId: sectionId, update, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a section and its pins (board_sections/delete).")

        @Argument(help: "The section's id.")
        var sectionId: String

        @OptionGroup var board: BoardOption

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(sectionId, "The section id") }

        func run() async throws {
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try await api.client.boardSectionsDelete(
                    boardId: board.boardId, sectionId: sectionId, adAccountId: api.adAccount?.id)
            }
        }
    }
}
