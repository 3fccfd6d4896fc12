import ArgumentParser
import PinterestAPI
import TackCore

/// `tack boards …`: the account's boards (BoardsApi).
struct BoardsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boards", abstract: "List, show, create, change and delete boards.",
        discussion: ScriptHelp.exitStatuses,
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self, BoardCopyCommand.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the account's boards (boards/list).")

        @Option(help: "Only boards with this privacy.")
        var privacy: BoardPrivacyFilter?

        @OptionGroup var paging: PageOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try await CommandOutput(output).list(.boardsList, paging: paging) { bookmark, size in
                    try await api.client.boardsList(
                        privacy: privacy, bookmark: bookmark, pageSize: size, adAccountId: api.adAccount?.id)
                }
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a board (boards/get).")

        @Argument(help: "The board's id.")
        var boardId: String

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(boardId, "The board id") }

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try CommandOutput(output).show(try await api.client.boardsGet(boardId: boardId, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a board (boards/create).")

        @Option(help: "The board's name (required, here or in --from).")
        var name: String?

        @Option(help: "Its description: at most \(FormState.boardDescriptionLimit) characters.")
        var description: String?

        @Option(help: "PUBLIC (the default), PROTECTED or SECRET.")
        var privacy: BoardPrivacy?

        @OptionGroup var write: WriteOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            var board = try write.body(BoardCreate.self) ?? BoardCreate(name: "")
            board.name = name ?? board.name
            board.description = description ?? board.description
            board.privacy = privacy ?? board.privacy
            var limits = FormLimits(.createBoard())
            limits.set(.name, board.name, as: "--name")
            limits.set(.description, board.description, as: "--description")
            try limits.check()
            try await ScriptRun.run(connection, dryRun: write.dryRun) { api in
                try CommandOutput(output).show(try await api.client.boardsCreate(board, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a board's name, description or privacy (boards/update).")

        @Argument(help: "The board's id.")
        var boardId: String

        @Option(help: "A new name.")
        var name: String?

        @Option(help: "A new description: at most \(FormState.boardDescriptionLimit) characters.")
        var description: String?

        @Option(help: "PUBLIC or SECRET.")
        var privacy: BoardPrivacy?

        @OptionGroup var write: WriteOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(boardId, "The board id") }

        func run() async throws {
            var update = try write.body(BoardUpdate.self) ?? BoardUpdate()
            update.name = name ?? update.name
            update.description = description ?? update.description
            update.privacy = privacy ?? update.privacy
            guard update != BoardUpdate() else {
                throw ValidationError("Nothing to change: give --name, --description, --privacy or --from.")
            }
            if update.privacy == .protected { throw ValidationError("--privacy: an update takes only PUBLIC or SECRET.") }
            var limits = FormLimits(.editBoard(Board(id: boardId, name: "")))
            limits.set(.name, update.name, as: "--name")
            limits.set(.description, update.description, as: "--description")
            try limits.check()
            try await ScriptRun.run(connection, dryRun: write.dryRun) { api in
                try CommandOutput(output).show(
                    try await api.client.boardsUpdate(boardId: boardId, update, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a board and its pins (boards/delete).")

        @Argument(help: "The board's id.")
        var boardId: String

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(boardId, "The board id") }

        func run() async throws {
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try await api.client.boardsDelete(boardId: boardId, adAccountId: api.adAccount?.id)
            }
        }
    }
}
