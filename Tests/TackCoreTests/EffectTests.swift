import Foundation
import PinterestAPI
import Synchronization
import TackCore
import Testing

@Suite("Effects")
struct EffectTests {
    @Test func allDropsNothingEffectsAndUnwrapsASingleOne() {
        let account = Effect.request(id: .account, .account)
        #expect(Effect.all([]) == .none)
        #expect(Effect.all([.none, .none]) == .none)
        #expect(Effect.all([.none, account]) == account)
        #expect(Effect.all([account, .none, .cancel(.account)]) == .batch([account, .cancel(.account)]))
    }

    @Test func paneEffectIDsAreDistinct() {
        #expect(Set(PaneID.allCases.map(EffectID.pane)).count == PaneID.allCases.count)
        #expect(!PaneID.allCases.map(EffectID.pane).contains(.account))
    }

    @Test func aPinterestErrorKeepsItsMessageStatusAndRetryability() {
        let error = PinterestError(kind: .http, status: 429, code: 8, message: "Too many requests")
        let failure = APIFailure(error)
        #expect(failure == APIFailure(userMessage: error.userMessage, status: 429, isRetryable: true))
    }

    @Test func aMissingMediaFileIsNamedAndNotRetryable() {
        let error = MediaResolutionError.fileNotFound(path: "~/peach.jpg")
        #expect(APIFailure(error) == APIFailure(userMessage: "~/peach.jpg: no such file", isRetryable: false))
    }

    /// An error Tack does not know shows no internals and offers no retry; the performer logs it whole.
    @Test func anyOtherErrorPointsAtTheLogAndIsNotRetryable() {
        struct Broken: Error, CustomStringConvertible { var description: String { "NSCocoaErrorDomain error 256" } }
        let failure = APIFailure(Broken())
        #expect(failure == APIFailure(
            userMessage: "Something unexpected went wrong: the log file has the details", isRetryable: false))
    }

    @Test(arguments: [(400, false), (403, false), (404, false), (413, false), (429, true), (503, true)])
    func retryIsOfferedOnlyWhereItCanHelp(status: Int, retryable: Bool) {
        let error = PinterestError(kind: .http, status: status, message: "answer", operation: "boards/list")
        #expect(APIFailure(error).isRetryable == retryable)
    }
}

/// Answers every request with one canned response and records the URLs asked for.
final class CannedTransport: HTTPTransport {
    private let urls = Mutex<[URL]>([])
    let status: Int
    let body: String

    init(status: Int = 200, body: String) {
        self.status = status
        self.body = body
    }

    var requested: [URL] { urls.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        urls.withLock { $0.append(request.url) }
        return HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
    }

    func shutdown() async throws {}
}

@Suite("PinterestRequestPerformer")
struct PinterestRequestPerformerTests {
    private static let boardsBody = #"{"items": [{"id": "1", "name": "Summer"}], "bookmark": "next"}"#
    private static let sectionsBody = #"{"items": [{"id": "5", "name": "Salads"}], "bookmark": null}"#
    private static let pinsBody = #"{"items": [{"id": "9", "title": "Peach"}], "bookmark": null}"#

    private func perform(_ request: APIRequest, status: Int = 200, body: String) async -> (Action, URL?) {
        let transport = CannedTransport(status: status, body: body)
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: "token", retryPolicy: .never
            ),
            transport: transport
        )
        let action = await PinterestRequestPerformer(client: client).perform(request)
        return (action, transport.requested.first)
    }

    private func query(_ url: URL?) -> [String: String] {
        let items = url.flatMap { URLComponents(url: $0, resolvingAgainstBaseURL: false)?.queryItems } ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    @Test func theAccountIsLoaded() async {
        let (action, url) = await perform(.account, body: #"{"username": "jules"}"#)
        #expect(action == .accountLoaded(Account(username: "jules")))
        #expect(url?.path == "/v5/user_account")
    }

    @Test func ownBoardsPageSendsBookmarkAndPageSize() async {
        let request = PageRequest(source: .ownBoards, bookmark: "abc")
        let (action, url) = await perform(.page(request), body: Self.boardsBody)
        #expect(action == .boardsPageLoaded(request, [Board(id: "1", name: "Summer")], bookmark: "next"))
        #expect(url?.path == "/v5/boards")
        #expect(query(url) == ["bookmark": "abc", "page_size": "250"])
    }

    @Test func followedBoardsPage() async {
        let request = PageRequest(source: .followedBoards)
        let (action, url) = await perform(.page(request), body: Self.boardsBody)
        #expect(action == .boardsPageLoaded(request, [Board(id: "1", name: "Summer")], bookmark: "next"))
        #expect(url?.path == "/v5/user_account/following/boards")
    }

    @Test func sectionsPage() async {
        let request = PageRequest(source: .sections(boardId: "42"))
        let (action, url) = await perform(.page(request), body: Self.sectionsBody)
        #expect(action == .sectionsPageLoaded(request, [BoardSection(id: "5", name: "Salads")], bookmark: nil))
        #expect(url?.path == "/v5/boards/42/sections")
    }

    @Test func boardPinsAndSectionPinsPages() async {
        let boardPins = PageRequest(source: .boardPins(boardId: "42"))
        let (boardAction, boardURL) = await perform(.page(boardPins), body: Self.pinsBody)
        #expect(boardAction == .pinsPageLoaded(boardPins, [Pin(id: "9", title: "Peach")], bookmark: nil))
        #expect(boardURL?.path == "/v5/boards/42/pins")

        let sectionPins = PageRequest(source: .sectionPins(boardId: "42", sectionId: "5"))
        let (sectionAction, sectionURL) = await perform(.page(sectionPins), body: Self.pinsBody)
        #expect(sectionAction == .pinsPageLoaded(sectionPins, [Pin(id: "9", title: "Peach")], bookmark: nil))
        #expect(sectionURL?.path == "/v5/boards/42/sections/5/pins")
    }

    @Test func myPinsSendsTheirFilters() async {
        let filters = MyPinsFilters(pinFilter: .excludeRepins, pinType: .private, creativeType: .video, includeProtectedPins: true)
        let request = PageRequest(source: .myPins(filters))
        let (action, url) = await perform(.page(request), body: Self.pinsBody)
        #expect(action == .pinsPageLoaded(request, [Pin(id: "9", title: "Peach")], bookmark: nil))
        #expect(url?.path == "/v5/pins")
        #expect(query(url) == [
            "page_size": "250", "pin_filter": "exclude_repins", "pin_type": "PRIVATE", "creative_types": "VIDEO",
            "include_protected_pins": "true",
        ])
    }

    @Test func myPinsWithoutFiltersSendsNone() async {
        let (_, url) = await perform(.page(PageRequest(source: .myPins(.none))), body: Self.pinsBody)
        #expect(query(url) == ["page_size": "250"])
    }

    @Test func topPinsSendTheirSortCountAndTheRecentPinsChoice() async {
        let query = TopPinsQuery(
            kind: .pins, window: AnalyticsWindow(days: 30, endingDaysAgo: 0), sort: .impressions, count: 40,
            onlyRecentPins: true)
        let body = #"{"pins": [{"pin_id": "9", "metrics": {"IMPRESSION": 12}}], "sort_by": "IMPRESSION"}"#
        let (action, url) = await perform(.topPins(query), body: body)
        let table = TopPinsTable(rows: [.init(pinId: "9", metrics: ["IMPRESSION": 12])])
        #expect(action == .analyticsScreen(.topPinsLoaded(query, table)))
        #expect(url?.path == "/v5/user_account/analytics/top_pins")
        let sent = self.query(url)
        #expect(sent["sort_by"] == "IMPRESSION" && sent["num_of_pins"] == "40" && sent["created_in_last_n_days"] == "30")
    }

    @Test func topVideoPinsAskTheVideoOperationForEveryPinWhenNotOnlyRecentOnes() async {
        let query = TopPinsQuery(
            kind: .videoPins, window: AnalyticsWindow(days: 7, endingDaysAgo: 0), sort: .averageWatchTime, count: 10,
            onlyRecentPins: false)
        let body = #"{"pins": [{"pin_id": "4", "metrics": {"VIDEO_AVG_WATCH_TIME": 86989}}]}"#
        let (action, url) = await perform(.topPins(query), body: body)
        let table = TopPinsTable(rows: [.init(pinId: "4", metrics: ["VIDEO_AVG_WATCH_TIME": 86989])])
        #expect(action == .analyticsScreen(.topPinsLoaded(query, table)))
        #expect(url?.path == "/v5/user_account/analytics/top_video_pins")
        let sent = self.query(url)
        #expect(sent["sort_by"] == "VIDEO_AVG_WATCH_TIME" && sent["num_of_pins"] == "10")
        #expect(sent["created_in_last_n_days"] == nil)
    }

    @Test func anErrorAnswerBecomesAFailureOfThatRequest() async {
        let request = PageRequest(source: .sections(boardId: "404"))
        let (action, _) = await perform(.page(request), status: 404, body: #"{"code": 40, "message": "Board not found."}"#)
        guard case .pageFailed(request, let failure) = action else {
            Issue.record("expected a page failure, got \(action)")
            return
        }
        #expect(failure.status == 404)
        #expect(failure.userMessage.contains("Board not found."))
        #expect(!failure.isRetryable)
    }

    @Test func anAccountErrorBecomesAnAccountFailure() async {
        let (action, _) = await perform(.account, status: 401, body: #"{"code": 2, "message": "Authentication failed."}"#)
        guard case .accountFailed(let failure) = action else {
            Issue.record("expected an account failure, got \(action)")
            return
        }
        #expect(failure.status == 401)
        #expect(failure.userMessage == "Pinterest refused the token (expired or revoked): run `tack auth login` or set PINTEREST_ACCESS_TOKEN")
    }
}
