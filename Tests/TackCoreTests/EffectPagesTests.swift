import Foundation
import PinterestAPI
import Synchronization
import TackCore
import Testing

/// Answers a board's pages by their bookmark (none: the first) and records the bookmarks asked for.
private final class PagedTransport: HTTPTransport {
    private let asked = Mutex<[String?]>([])
    private let pages: [String?: (status: Int, body: String)]

    init(_ pages: [String?: (status: Int, body: String)]) { self.pages = pages }

    var bookmarksAsked: [String?] { asked.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let bookmark = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?
            .queryItems?.first { $0.name == "bookmark" }?.value
        asked.withLock { $0.append(bookmark) }
        let page = pages[bookmark] ?? (404, #"{"code": 404, "message": "no such page"}"#)
        return HTTPResponse(status: page.status, headers: [("Content-Type", "application/json")], body: Data(page.body.utf8))
    }

    func shutdown() async throws {}
}

/// Collects what a performer sends before its last answer.
private final class Sent: Sendable {
    private let actions = Mutex<[Action]>([])

    func append(_ action: Action) { actions.withLock { $0.append(action) } }
    var all: [Action] { actions.withLock { $0 } }
}

/// `.pages`: every page of a list, each answered as it arrives, the next asked for before the one
/// before it is decoded and handed over.
@Suite("PinterestRequestPerformer: every page")
struct EffectPagesTests {
    private static let source = ListSource.boardPins(boardId: "b1")

    private static func body(_ ids: ClosedRange<Int>, bookmark: String?) -> String {
        let items = ids.map { #"{"id": "p\#($0)"}"# }.joined(separator: ",")
        return #"{"items": [\#(items)], "bookmark": \#(bookmark.map { "\"\($0)\"" } ?? "null")}"#
    }

    private static let threePages: [String?: (status: Int, body: String)] = [
        nil: (200, body(1...2, bookmark: "b2")), "b2": (200, body(3...4, bookmark: "b3")), "b3": (200, body(5...5, bookmark: nil)),
    ]

    private func performer(_ transport: PagedTransport) -> PinterestRequestPerformer {
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: "token", retryPolicy: .never),
            transport: transport)
        return PinterestRequestPerformer(client: client)
    }

    private func page(_ bookmark: String?) -> PageRequest { PageRequest(source: Self.source, bookmark: bookmark) }

    private func pins(_ ids: ClosedRange<Int>) -> [Pin] { ids.map { Pin(id: "p\($0)") } }

    @Test func everyPageIsAnsweredInOrderAndTheLastIsReturned() async {
        let sent = Sent()
        let last = await performer(PagedTransport(Self.threePages)).perform(.pages(page(nil))) { sent.append($0) }
        #expect(sent.all == [
            .pinsPageLoaded(page(nil), pins(1...2), bookmark: "b2"), .pinsPageLoaded(page("b2"), pins(3...4), bookmark: "b3"),
        ])
        #expect(last == .pinsPageLoaded(page("b3"), pins(5...5), bookmark: nil))
    }

    /// While a page's answer is on its way to the store, the next page has already been asked for.
    @Test func theNextPageIsAskedForBeforeAPageIsHandedOver() async {
        let transport = PagedTransport(Self.threePages)
        let askedBeforeHandedOver = Mutex<[Bool]>([])
        _ = await performer(transport).perform(.pages(page(nil))) { action in
            let handedOver = askedBeforeHandedOver.withLock { $0.count }
            let asked = await eventually { transport.bookmarksAsked.count >= handedOver + 2 }
            askedBeforeHandedOver.withLock { $0.append(asked) }
        }
        #expect(askedBeforeHandedOver.withLock { $0 } == [true, true])
        #expect(transport.bookmarksAsked == [nil, "b2", "b3"])
    }

    @Test func aFailedPageEndsThePagesWithItsFailure() async {
        var pages = Self.threePages
        pages["b2"] = (403, #"{"code": 403, "message": "Not authorized"}"#)
        let sent = Sent()
        let last = await performer(PagedTransport(pages)).perform(.pages(page(nil))) { sent.append($0) }
        #expect(sent.all == [.pinsPageLoaded(page(nil), pins(1...2), bookmark: "b2")])
        guard case .pageFailed(let failed, let failure) = last else {
            Issue.record("expected a failure, got \(last)")
            return
        }
        #expect(failed == page("b2"))
        #expect(failure.status == 403)
    }

    /// A page that does not decode ends the pages, though the next one was already asked for.
    @Test func anUndecodablePageEndsThePages() async {
        var pages = Self.threePages
        pages["b2"] = (200, #"{"items": [{"title": "no id"}], "bookmark": "b3"}"#)
        let sent = Sent()
        let last = await performer(PagedTransport(pages)).perform(.pages(page(nil))) { sent.append($0) }
        #expect(sent.all.count == 1)
        guard case .pageFailed(let failed, _) = last else {
            Issue.record("expected a failure, got \(last)")
            return
        }
        #expect(failed == page("b2"))
    }
}

