import Foundation
import Logging
import PinterestAPI

/// Performs requests with the real `PinterestClient`. Every failure is logged whole at warning
/// level, token removed, before it becomes the `APIFailure` the UI shows.
public struct PinterestRequestPerformer: APIRequestPerformer {
    /// Reads a local image file for a new pin's media.
    public typealias FileReader = @Sendable (String) async throws -> Data

    private let client: PinterestClient
    private let readFile: FileReader
    private let logger: Logger

    /// `readFile` reads a new pin's local image files; tests inject one that needs no disk.
    public init(
        client: PinterestClient, readFile: @escaping FileReader = { try MediaDraft.readFile($0) },
        logger: Logger = Logger(label: "tack.requests")
    ) {
        self.client = client
        self.readFile = readFile
        self.logger = logger
    }

    public func perform(_ request: APIRequest) async -> Action {
        switch request {
        case .account:
            do {
                return .accountLoaded(try await client.userAccountGet())
            } catch {
                return .accountFailed(failure(error, of: request))
            }
        case .page(let page):
            do {
                return try await load(page)
            } catch {
                return .pageFailed(page, failure(error, of: request))
            }
        case .boardSections(let boardId):
            do {
                return .boardSectionsLoaded(boardId: boardId, try await client.boardSectionsListPages(boardId: boardId).allItems())
            } catch {
                return .boardSectionsFailed(boardId: boardId, failure(error, of: request))
            }
        case .sectionPinCount(let boardId, let sectionId):
            let pins = client.boardSectionsListPinsPages(boardId: boardId, sectionId: sectionId)
            let count = try? await pins.allItems().count
            return .sectionPinsCounted(boardId: boardId, sectionId: sectionId, count)
        case .allOwnBoards:
            do {
                return .allOwnBoardsLoaded(try await client.boardsListPages().allItems())
            } catch {
                return .allOwnBoardsFailed(failure(error, of: request))
            }
        case .write(let write):
            do {
                return .writeSucceeded(write, try await perform(write))
            } catch {
                return .writeFailed(write, failure(error, of: request))
            }
        }
    }

    /// The failure to report for `error`, logged first: the message the user sees and, for a client
    /// error, its operation, status and the transport's own description.
    private func failure(_ error: any Error, of request: APIRequest) -> APIFailure {
        let failure = APIFailure(error)
        let redact = client.configuration.redactingToken(in:)
        logger.warning(
            "\(redact(failure.userMessage))",
            metadata: [
                "request": "\(redact(String(describing: request)))", "error": "\(redact(String(describing: error)))",
                "retryable": "\(failure.isRetryable)",
            ])
        return failure
    }

    private func load(_ request: PageRequest) async throws -> Action {
        let bookmark = request.bookmark, pageSize = request.pageSize
        switch request.source {
        case .ownBoards:
            let page = try await client.boardsList(bookmark: bookmark, pageSize: pageSize)
            return .boardsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .followedBoards:
            let page = try await client.boardsUserFollowsList(bookmark: bookmark, pageSize: pageSize)
            return .boardsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .sections(let boardId):
            let page = try await client.boardSectionsList(boardId: boardId, bookmark: bookmark, pageSize: pageSize)
            return .sectionsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .boardPins(let boardId):
            let page = try await client.boardsListPins(boardId: boardId, bookmark: bookmark, pageSize: pageSize)
            return .pinsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .sectionPins(let boardId, let sectionId):
            let page = try await client.boardSectionsListPins(
                boardId: boardId, sectionId: sectionId, bookmark: bookmark, pageSize: pageSize
            )
            return .pinsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .myPins(let filters):
            let page = try await client.pinsList(
                bookmark: bookmark, pageSize: pageSize, pinFilter: filters.pinFilter,
                includeProtectedPins: filters.includeProtectedPins ? true : nil, pinType: filters.pinType,
                creativeTypes: filters.creativeType.map { [$0] }
            )
            return .pinsPageLoaded(request, page.items, bookmark: page.bookmark)
        }
    }

    private func perform(_ write: WriteRequest) async throws -> WriteResult {
        switch write {
        case .createBoard(let board):
            return .board(try await client.boardsCreate(board))
        case .updateBoard(let boardId, let update):
            return .board(try await client.boardsUpdate(boardId: boardId, update))
        case .deleteBoard(let boardId):
            try await client.boardsDelete(boardId: boardId)
        case .createSection(let boardId, let section):
            return .section(try await client.boardSectionsCreate(boardId: boardId, section))
        case .renameSection(let boardId, let sectionId, let update):
            return .section(try await client.boardSectionsUpdate(boardId: boardId, sectionId: sectionId, update))
        case .deleteSection(let boardId, let sectionId):
            try await client.boardSectionsDelete(boardId: boardId, sectionId: sectionId)
        case .createPin(let draft):
            return .pin(try await client.pinsCreate(try await draft.pinCreate(reading: readFile)))
        case .updatePin(let pinId, let update):
            return .pin(try await client.pinsUpdate(pinId: pinId, update))
        case .movePin(let pinId, let destination):
            // An empty section id is sent as null: the pin leaves its section for the board itself.
            let move = PinUpdate(boardId: destination.boardId, boardSectionId: destination.sectionId ?? "")
            return .pin(try await client.pinsUpdate(pinId: pinId, move))
        case .savePin(let pinId, let destination):
            let save = PinSave(boardId: destination.boardId, boardSectionId: destination.sectionId)
            return .pin(try await client.pinsSave(pinId: pinId, save))
        case .deletePin(let pinId):
            try await client.pinsDelete(pinId: pinId)
        }
        return .deleted
    }
}
