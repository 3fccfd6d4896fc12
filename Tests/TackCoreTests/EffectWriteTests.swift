import Foundation
import PinterestAPI
import Synchronization
import TackCore
import Testing

/// Answers each request by its method and path, recording what was sent.
private final class RecordingTransport: HTTPTransport {
    struct Sent: Sendable {
        var method: HTTPMethod
        var path: String
        /// The JSON body, decoded; nil when there is none.
        var json: [String: JSONValue]?
    }

    private let sent = Mutex<[Sent]>([])
    private let answer: @Sendable (HTTPMethod, String) -> (Int, String)

    init(answer: @escaping @Sendable (HTTPMethod, String) -> (Int, String)) {
        self.answer = answer
    }

    var requests: [Sent] { sent.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let json = request.body.flatMap { try? JSONDecoder().decode([String: JSONValue].self, from: $0) }
        sent.withLock { $0.append(Sent(method: request.method, path: request.url.path, json: json)) }
        let (status, body) = answer(request.method, request.url.path)
        return HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
    }

    func shutdown() async throws {}
}

@Suite("PinterestRequestPerformer: writes")
struct EffectWriteTests {
    private static let boardJSON = #"{"id": "1", "name": "Trips", "privacy": "SECRET"}"#
    private static let sectionJSON = #"{"id": "5", "name": "Soups"}"#
    private static let pinJSON = #"{"id": "9", "title": "Peach", "board_id": "1"}"#
    private static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x01])

    /// Performs `request` against canned answers: 204 for deletes, else the JSON for the path's kind.
    private func perform(
        _ request: APIRequest, status: Int? = nil, readFile: @escaping PinterestRequestPerformer.FileReader = { _ in png }
    ) async -> (Action, [RecordingTransport.Sent]) {
        let transport = RecordingTransport { method, path in
            if let status { return (status, #"{"code": 2, "message": "Board is busy."}"#) }
            if method == .delete { return (204, "") }
            if path.hasSuffix("/boards") && method == .get {
                return (200, #"{"items": [{"id": "1", "name": "Trips"}, {"id": "2", "name": "Soups"}], "bookmark": null}"#)
            }
            if path.hasSuffix("/sections") && method == .get {
                return (200, #"{"items": [{"id": "5", "name": "Soups"}], "bookmark": null}"#)
            }
            if path.contains("/pins") { return (200, Self.pinJSON) }
            return (200, path.contains("/sections") ? Self.sectionJSON : Self.boardJSON)
        }
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: "token", retryPolicy: .never),
            transport: transport)
        let action = await PinterestRequestPerformer(client: client, readFile: readFile).perform(request)
        return (action, transport.requests)
    }

    private let trips = Board(id: "1", name: "Trips", privacy: .secret)
    private let soups = BoardSection(id: "5", name: "Soups")
    private let peach = Pin(id: "9", title: "Peach", boardId: "1")

    @Test func boardWrites() async {
        let create = WriteRequest.createBoard(BoardCreate(name: "Trips", privacy: .secret))
        let (created, createSent) = await perform(.write(create))
        #expect(created == .writeSucceeded(create, .board(trips)))
        #expect(createSent.map(\.method) == [.post] && createSent.first?.path == "/v5/boards")
        #expect(createSent.first?.json == ["name": .string("Trips"), "privacy": .string("SECRET")])

        let update = WriteRequest.updateBoard(boardId: "1", BoardUpdate(name: "Trips"))
        let (updated, updateSent) = await perform(.write(update))
        #expect(updated == .writeSucceeded(update, .board(trips)))
        #expect(updateSent.first?.method == .patch && updateSent.first?.path == "/v5/boards/1")

        let delete = WriteRequest.deleteBoard(boardId: "1")
        let (deleted, deleteSent) = await perform(.write(delete))
        #expect(deleted == .writeSucceeded(delete, .deleted))
        #expect(deleteSent.first?.method == .delete && deleteSent.first?.path == "/v5/boards/1")
    }

    @Test func sectionWrites() async {
        let create = WriteRequest.createSection(boardId: "1", BoardSectionCreate(name: "Soups"))
        let (created, createSent) = await perform(.write(create))
        #expect(created == .writeSucceeded(create, .section(soups)))
        #expect(createSent.first?.method == .post && createSent.first?.path == "/v5/boards/1/sections")
        #expect(createSent.first?.json == ["name": .string("Soups")])

        let rename = WriteRequest.renameSection(boardId: "1", sectionId: "5", BoardSectionUpdate(name: "Soups"))
        let (renamed, renameSent) = await perform(.write(rename))
        #expect(renamed == .writeSucceeded(rename, .section(soups)))
        #expect(renameSent.first?.method == .patch && renameSent.first?.path == "/v5/boards/1/sections/5")

        let delete = WriteRequest.deleteSection(boardId: "1", sectionId: "5")
        let (deleted, deleteSent) = await perform(.write(delete))
        #expect(deleted == .writeSucceeded(delete, .deleted))
        #expect(deleteSent.first?.method == .delete && deleteSent.first?.path == "/v5/boards/1/sections/5")
    }

    @Test func aPinFromAnImageURL() async {
        let create = WriteRequest.createPin(PinDraft(
            boardId: "1", boardSectionId: "5", title: "Peach", media: .imageURL("https://example.com/p.jpg")))
        let (action, sent) = await perform(.write(create))
        #expect(action == .writeSucceeded(create, .pin(peach)))
        #expect(sent.first?.method == .post && sent.first?.path == "/v5/pins")
        #expect(sent.first?.json == [
            "board_id": .string("1"), "board_section_id": .string("5"), "title": .string("Peach"),
            "media_source": .object(["source_type": .string("image_url"), "url": .string("https://example.com/p.jpg")]),
        ])
    }

    @Test func aPinFromALocalFileIsSentAsBase64WithItsContentType() async {
        let create = WriteRequest.createPin(PinDraft(boardId: "1", media: .imageFile(path: "~/peach.png")))
        let (action, sent) = await perform(.write(create)) { path in
            #expect(path == "~/peach.png")
            return Self.png
        }
        #expect(action == .writeSucceeded(create, .pin(peach)))
        #expect(sent.first?.json?["media_source"] == .object([
            "source_type": .string("image_base64"), "content_type": .string("image/png"),
            "data": .string(Self.png.base64EncodedString()),
        ]))
    }

    @Test func aMissingFileFailsTheCreateWithoutSendingAnything() async {
        let create = WriteRequest.createPin(PinDraft(boardId: "1", media: .imageFile(path: "/nowhere/peach.png")))
        let (action, sent) = await perform(.write(create)) { path in
            throw MediaResolutionError.fileNotFound(path: path)
        }
        #expect(action == .writeFailed(create, APIFailure(MediaResolutionError.fileNotFound(path: "/nowhere/peach.png"))))
        guard case .writeFailed(_, let failure) = action else { return }
        #expect(failure.userMessage == "/nowhere/peach.png: no such file")
        #expect(sent.isEmpty)
    }

    @Test func pinUpdatesMovesSavesAndDeletes() async {
        let update = WriteRequest.updatePin(pinId: "9", PinUpdate(title: "Peach"))
        let (updated, updateSent) = await perform(.write(update))
        #expect(updated == .writeSucceeded(update, .pin(peach)))
        #expect(updateSent.first?.method == .patch && updateSent.first?.path == "/v5/pins/9")
        #expect(updateSent.first?.json == ["title": .string("Peach")])

        let move = WriteRequest.movePin(pinId: "9", to: PinDestination(boardId: "1", sectionId: "5"))
        let (moved, moveSent) = await perform(.write(move))
        #expect(moved == .writeSucceeded(move, .pin(peach)))
        #expect(moveSent.first?.json == ["board_id": .string("1"), "board_section_id": .string("5")])

        let moveOutOfSection = WriteRequest.movePin(pinId: "9", to: PinDestination(boardId: "1"))
        let (_, outSent) = await perform(.write(moveOutOfSection))
        #expect(outSent.first?.json == ["board_id": .string("1"), "board_section_id": .null], "null leaves the section")

        let save = WriteRequest.savePin(pinId: "9", to: PinDestination(boardId: "1"))
        let (saved, saveSent) = await perform(.write(save))
        #expect(saved == .writeSucceeded(save, .pin(peach)))
        #expect(saveSent.first?.method == .post && saveSent.first?.path == "/v5/pins/9/save")
        #expect(saveSent.first?.json == ["board_id": .string("1")])

        let delete = WriteRequest.deletePin(pinId: "9")
        let (deleted, deleteSent) = await perform(.write(delete))
        #expect(deleted == .writeSucceeded(delete, .deleted))
        #expect(deleteSent.first?.method == .delete && deleteSent.first?.path == "/v5/pins/9")
    }

    @Test func anErrorAnswerFailsThatWriteWithPinterestsMessage() async {
        let create = WriteRequest.createSection(boardId: "1", BoardSectionCreate(name: "Soups"))
        let (action, _) = await perform(.write(create), status: 409)
        guard case .writeFailed(create, let failure) = action else {
            Issue.record("expected a write failure, got \(action)")
            return
        }
        #expect(failure.status == 409)
        #expect(failure.userMessage.contains("Board is busy."))
    }

    @Test func theAccountsBoardsAreFetchedWhole() async {
        let (action, sent) = await perform(.allOwnBoards)
        #expect(action == .allOwnBoardsLoaded([Board(id: "1", name: "Trips"), Board(id: "2", name: "Soups")]))
        #expect(sent.map(\.path) == ["/v5/boards"])

        let (failed, _) = await perform(.allOwnBoards, status: 500)
        guard case .allOwnBoardsFailed(let failure) = failed else {
            Issue.record("expected a boards failure, got \(failed)")
            return
        }
        #expect(failure.status == 500)
    }

    @Test func aBoardsSectionsAreFetchedWhole() async {
        let (action, sent) = await perform(.boardSections(boardId: "1"))
        #expect(action == .boardSectionsLoaded(boardId: "1", [soups]))
        #expect(sent.first?.method == .get && sent.first?.path == "/v5/boards/1/sections")

        let (failed, _) = await perform(.boardSections(boardId: "1"), status: 404)
        guard case .boardSectionsFailed(boardId: "1", let failure) = failed else {
            Issue.record("expected a sections failure, got \(failed)")
            return
        }
        #expect(failure.status == 404)
    }
}
