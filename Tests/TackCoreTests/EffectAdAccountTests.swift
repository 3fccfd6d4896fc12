import Foundation
import Logging
import PinterestAPI
import TackCore
import Testing

/// With an ad account (`--ad-account`), every request the app makes to an operation that takes
/// `ad_account_id` carries it, and no other request does.
@Suite("PinterestRequestPerformer: ad account")
struct EffectAdAccountTests {
    private static let adAccount = "549755885175"
    private static let destination = PinDestination(boardId: "1", sectionId: "5")

    /// One request of every kind the app makes.
    private static let requests: [APIRequest] = [
        .account,
        .page(PageRequest(source: .ownBoards)),
        .page(PageRequest(source: .followedBoards, bookmark: "b")),
        .page(PageRequest(source: .sections(boardId: "1"))),
        .page(PageRequest(source: .boardPins(boardId: "1"))),
        .page(PageRequest(source: .sectionPins(boardId: "1", sectionId: "5"))),
        .page(PageRequest(source: .myPins(MyPinsFilters(pinType: .private)))),
        .page(PageRequest(source: .followers)),
        .page(PageRequest(source: .following(.creatorOnly))),
        .page(PageRequest(source: .businesses)),
        .page(PageRequest(source: .websites)),
        .pages(PageRequest(source: .boardPins(boardId: "1"))),
        .pages(PageRequest(source: .followers)),
        .websiteVerificationCode,
        .accountAnalytics(AccountMetricsQuery(window: AnalyticsWindow(days: 30, endingDaysAgo: 0))),
        .accountAnalytics(AccountMetricsQuery(
            window: AnalyticsWindow(days: 30, endingDaysAgo: 0), filters: AnalyticsFilters(appType: .web), split: .source)),
        .topPins(TopPinsQuery(
            kind: .pins, window: AnalyticsWindow(days: 30, endingDaysAgo: 0), sort: .saves, count: 20,
            onlyRecentPins: false)),
        .topPins(TopPinsQuery(
            kind: .videoPins, window: AnalyticsWindow(days: 7, endingDaysAgo: 0), sort: .videoStarts, count: 10,
            onlyRecentPins: true)),
        .pin(id: "9"),
        .pinAnalytics(PinAnalyticsQuery(
            pinIds: ["9"], compares: false, window: AnalyticsWindow(days: 7, endingDaysAgo: 0), splitsByAppType: true,
            includingVideo: true)),
        .pinAnalytics(PinAnalyticsQuery(
            pinIds: ["9", "10"], compares: true, window: AnalyticsWindow(days: 30, endingDaysAgo: 0), splitsByAppType: false,
            includingVideo: false)),
        .boardSections(boardId: "1"),
        .sectionPinCount(boardId: "1", sectionId: "5"),
        .allOwnBoards,
        .write(.createBoard(BoardCreate(name: "Trips"))),
        .write(.updateBoard(boardId: "1", BoardUpdate(name: "Trips"))),
        .write(.deleteBoard(boardId: "1")),
        .write(.createSection(boardId: "1", BoardSectionCreate(name: "Soups"))),
        .write(.renameSection(boardId: "1", sectionId: "5", BoardSectionUpdate(name: "Soups"))),
        .write(.deleteSection(boardId: "1", sectionId: "5")),
        .write(.createPin(PinDraft(boardId: "1", title: "Peach", media: .imageURL("https://example.com/p.jpg")))),
        .write(.updatePin(pinId: "9", PinUpdate(title: "Peach"))),
        .write(.movePin(pinId: "9", to: destination)),
        .write(.savePin(pinId: "9", to: destination)),
        .write(.deletePin(pinId: "9")),
        .write(.followUser(username: "mika_bakes")),
        .write(.verifyWebsite(website: "example.com", method: .metatag)),
        .write(.unverifyWebsite(website: "example.com")),
    ]

    /// Whether the operation behind `request` takes `ad_account_id` (the OpenAPI document's parameters).
    /// There is no default: a new kind of request does not compile until it is answered here (and one
    /// of it is added to `requests`).
    private static func takesAdAccount(_ request: APIRequest) -> Bool {
        switch request {
        case .account, .boardSections, .sectionPinCount, .allOwnBoards, .websiteVerificationCode, .accountAnalytics, .topPins,
             .pin, .pinAnalytics:
            true
        case .page(let page), .pages(let page):
            switch page.source {
            case .ownBoards, .followedBoards, .sections, .boardPins, .sectionPins, .myPins, .following: true
            case .followers, .businesses, .websites: false
            }
        case .write(let write):
            switch write {
            case .createBoard, .updateBoard, .deleteBoard, .createSection, .renameSection, .deleteSection,
                .createPin, .updatePin, .movePin, .savePin, .deletePin, .verifyWebsite:
                true
            case .followUser, .unverifyWebsite:
                false
            }
        }
    }

    /// The `ad_account_id` of every request `request` made, with the performer given `adAccountId`.
    private func sentAdAccounts(_ request: APIRequest, adAccountId: String?) async -> [String?] {
        // Reads as a page, a board, a section, a pin or the account alike.
        let transport = CannedTransport(body: #"{"id": "1", "name": "Trips", "items": [], "bookmark": null}"#)
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: "token", retryPolicy: .never),
            transport: transport)
        let performer = PinterestRequestPerformer(
            client: client, adAccountId: adAccountId, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        _ = await performer.perform(request)
        return transport.requested.map { url in
            URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?
                .first { $0.name == "ad_account_id" }?.value
        }
    }

    @Test(arguments: requests)
    func everyOperationThatTakesTheAdAccountIsSentIt(request: APIRequest) async {
        let sent = await sentAdAccounts(request, adAccountId: Self.adAccount)
        #expect(!sent.isEmpty, "\(request) made no request")
        let expected = Self.takesAdAccount(request) ? Self.adAccount : nil
        #expect(sent.allSatisfy { $0 == expected }, "\(request) sent ad_account_id \(sent)")
    }

    @Test(arguments: requests)
    func withoutAnAdAccountNoneIsSent(request: APIRequest) async {
        let sent = await sentAdAccounts(request, adAccountId: nil)
        #expect(!sent.isEmpty && sent.allSatisfy { $0 == nil }, "\(request) sent ad_account_id \(sent)")
    }
}
