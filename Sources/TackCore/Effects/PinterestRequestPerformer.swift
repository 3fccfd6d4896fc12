import Foundation
import Logging
import PinterestAPI

/// Performs requests with the real `PinterestClient`. Every failure is logged whole at warning
/// level, token removed, before it becomes the `APIFailure` the UI shows. With an ad account, every
/// operation that takes `ad_account_id` is sent it, and acts for that ad account's owner.
public struct PinterestRequestPerformer: APIRequestPerformer {
    /// Reads a local image file for a new pin's media.
    public typealias FileReader = @Sendable (String) async throws -> Data

    private let client: PinterestClient
    private let adAccountId: String?
    private let readFile: FileReader
    private let logger: Logger

    /// `adAccountId` is the ad account to act for, if any (digits, `AdAccountID`). `readFile` reads a new
    /// pin's local image files; tests inject one that needs no disk.
    public init(
        client: PinterestClient, adAccountId: String? = nil,
        readFile: @escaping FileReader = { try MediaDraft.readFile($0) },
        logger: Logger = Logger(label: "tack.requests")
    ) {
        self.client = client
        self.adAccountId = adAccountId
        self.readFile = readFile
        self.logger = logger
    }

    /// Performs `request`, reporting a write's first attempt, every retry that leaves, and every
    /// rate-limit wait the client sleeps before one.
    public func perform(
        _ request: APIRequest, progress: @escaping @Sendable (RequestProgress) async -> Void
    ) async -> Action {
        let isWrite = if case .write = request { true } else { false }
        let observer = RequestObserver(
            willSend: { attempt in
                if isWrite || attempt > 1 { await progress(.sent) }
            },
            willRetry: { delay, error in
                if error.status == 429 { await progress(.rateLimited(retryIn: delay)) }
            })
        return await RequestObserver.$current.withValue(observer) { await perform(request) }
    }

    public func perform(_ request: APIRequest) async -> Action {
        switch request {
        case .account:
            do {
                return .accountLoaded(try await client.userAccountGet(adAccountId: adAccountId))
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
                let sections = client.boardSectionsListPages(boardId: boardId, adAccountId: adAccountId)
                return .boardSectionsLoaded(boardId: boardId, try await sections.allItems())
            } catch {
                return .boardSectionsFailed(boardId: boardId, failure(error, of: request))
            }
        case .sectionPinCount(let boardId, let sectionId):
            let pins = client.boardSectionsListPinsPages(
                boardId: boardId, sectionId: sectionId, adAccountId: adAccountId)
            let count = try? await pins.allItems().count
            return .sectionPinsCounted(boardId: boardId, sectionId: sectionId, count)
        case .allOwnBoards:
            do {
                return .allOwnBoardsLoaded(try await client.boardsListPages(adAccountId: adAccountId).allItems())
            } catch {
                return .allOwnBoardsFailed(failure(error, of: request))
            }
        case .websiteVerificationCode:
            do {
                return .accountScreen(.verificationCodeLoaded(try await client.websiteVerificationGet(adAccountId: adAccountId)))
            } catch {
                return .accountScreen(.verificationCodeFailed(failure(error, of: request)))
            }
        case .accountAnalytics(let query):
            do {
                let (start, end) = query.window.dates(today: Date())
                let filters = query.filters
                let response = try await client.userAccountAnalytics(
                    startDate: start, endDate: end, fromClaimedContent: filters.sent(\.claimedContent),
                    pinFormat: filters.sent(\.pinFormat), appTypes: filters.sent(\.appType),
                    contentType: filters.sent(\.contentType), source: filters.sent(\.source),
                    splitField: query.split.field, adAccountId: adAccountId)
                return .analyticsScreen(.accountMetricsLoaded(query, response))
            } catch {
                return .analyticsScreen(.accountMetricsFailed(query, failure(error, of: request)))
            }
        case .topPins(let query):
            do {
                return .analyticsScreen(.topPinsLoaded(query, try await topPins(query)))
            } catch {
                return .analyticsScreen(.topPinsFailed(query, failure(error, of: request)))
            }
        case .pinAnalytics(let query):
            do {
                return .pinAnalytics(.loaded(query, try await pinAnalytics(query)))
            } catch {
                return .pinAnalytics(.failed(query, failure(error, of: request)))
            }
        case .pin(let pinId):
            do {
                return .analyticsScreen(.pinDetailsLoaded(try await client.pinsGet(pinId: pinId, adAccountId: adAccountId)))
            } catch {
                return .analyticsScreen(.pinDetailsFailed(pinId: pinId, failure(error, of: request)))
            }
        case .write(let write):
            do {
                return .writeSucceeded(write, try await perform(write))
            } catch {
                return .writeFailed(write, failure(error, of: request))
            }
        }
    }

    /// pins_analytics for one pin (keyed by its id like multi_pins/analytics), or multi_pins/analytics.
    private func pinAnalytics(_ query: PinAnalyticsQuery) async throws -> [String: PinAnalyticsResponse] {
        let (start, end) = query.window.dates(today: Date())
        let metrics = query.metrics.map { PinAnalyticsMetricType(rawValue: $0.rawValue) }
        if query.compares {
            return try await client.multiPinsAnalytics(
                pinIds: query.pinIds, startDate: start, endDate: end, metricTypes: metrics, adAccountId: adAccountId)
        }
        guard let pinId = query.pinIds.first else { return [:] }
        let answer = try await client.pinsAnalytics(
            pinId: pinId, startDate: start, endDate: end, metricTypes: metrics,
            splitField: query.splitsByAppType ? .appType : nil, adAccountId: adAccountId)
        return [pinId: answer]
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

    /// The top pins or top video pins `query` asks for.
    private func topPins(_ query: TopPinsQuery) async throws -> TopPinsTable {
        let (start, end) = query.window.dates(today: Date())
        let filters = query.filters
        switch query.kind {
        case .pins:
            return TopPinsTable(try await client.userAccountAnalyticsTopPins(
                startDate: start, endDate: end, sortBy: TopPinsSortBy(rawValue: query.sort.rawValue),
                fromClaimedContent: filters.sent(\.claimedContent), pinFormat: filters.sent(\.pinFormat),
                appTypes: filters.sent(\.appType), contentType: filters.sent(\.contentType),
                source: filters.sent(\.source), numOfPins: query.count,
                createdInLastNDays: query.createdInLastNDays, adAccountId: adAccountId))
        case .videoPins:
            return TopPinsTable(try await client.userAccountAnalyticsTopVideoPins(
                startDate: start, endDate: end, sortBy: VideoMetricType(rawValue: query.sort.rawValue),
                fromClaimedContent: filters.sent(\.claimedContent), pinFormat: filters.sent(\.pinFormat),
                appTypes: filters.sent(\.appType), contentType: filters.sent(\.contentType),
                source: filters.sent(\.source), numOfPins: query.count,
                createdInLastNDays: query.createdInLastNDays, adAccountId: adAccountId))
        }
    }

    private func load(_ request: PageRequest) async throws -> Action {
        let bookmark = request.bookmark, pageSize = request.pageSize
        switch request.source {
        case .ownBoards:
            let page = try await client.boardsList(bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
            return .boardsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .followedBoards:
            let page = try await client.boardsUserFollowsList(
                bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
            return .boardsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .sections(let boardId):
            let page = try await client.boardSectionsList(
                boardId: boardId, bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
            return .sectionsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .boardPins(let boardId):
            let page = try await client.boardsListPins(
                boardId: boardId, bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
            return .pinsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .sectionPins(let boardId, let sectionId):
            let page = try await client.boardSectionsListPins(
                boardId: boardId, sectionId: sectionId, bookmark: bookmark, pageSize: pageSize,
                adAccountId: adAccountId
            )
            return .pinsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .myPins(let filters):
            let page = try await client.pinsList(
                bookmark: bookmark, pageSize: pageSize, pinFilter: filters.pinFilter,
                includeProtectedPins: filters.includeProtectedPins ? true : nil, pinType: filters.pinType,
                creativeTypes: filters.creativeType.map { [$0] }, adAccountId: adAccountId
            )
            return .pinsPageLoaded(request, page.items, bookmark: page.bookmark)
        case .followers:
            let page = try await client.followersList(bookmark: bookmark, pageSize: pageSize)
            return .accountScreen(.peoplePageLoaded(request, page.items, bookmark: page.bookmark))
        case .following(let feedType):
            let page = try await client.userFollowingGet(
                bookmark: bookmark, pageSize: pageSize, feedType: feedType, adAccountId: adAccountId)
            return .accountScreen(.peoplePageLoaded(request, page.items, bookmark: page.bookmark))
        case .businesses:
            return .accountScreen(.businessesLoaded(request, try await client.linkedBusinessAccountsGet()))
        case .websites:
            let page = try await client.userWebsitesGet(bookmark: bookmark, pageSize: pageSize)
            return .accountScreen(.websitesPageLoaded(request, page.items, bookmark: page.bookmark))
        }
    }

    private func perform(_ write: WriteRequest) async throws -> WriteResult {
        switch write {
        case .createBoard(let board):
            return .board(try await client.boardsCreate(board, adAccountId: adAccountId))
        case .updateBoard(let boardId, let update):
            return .board(try await client.boardsUpdate(boardId: boardId, update, adAccountId: adAccountId))
        case .deleteBoard(let boardId):
            try await client.boardsDelete(boardId: boardId, adAccountId: adAccountId)
        case .createSection(let boardId, let section):
            return .section(try await client.boardSectionsCreate(boardId: boardId, section, adAccountId: adAccountId))
        case .renameSection(let boardId, let sectionId, let update):
            return .section(try await client.boardSectionsUpdate(
                boardId: boardId, sectionId: sectionId, update, adAccountId: adAccountId))
        case .deleteSection(let boardId, let sectionId):
            try await client.boardSectionsDelete(boardId: boardId, sectionId: sectionId, adAccountId: adAccountId)
        case .createPin(let draft):
            let pin = try await draft.pinCreate(reading: readFile)
            return .pin(try await client.pinsCreate(pin, adAccountId: adAccountId))
        case .updatePin(let pinId, let update):
            return .pin(try await client.pinsUpdate(pinId: pinId, update, adAccountId: adAccountId))
        case .movePin(let pinId, let destination):
            // An empty section id is sent as null: the pin leaves its section for the board itself.
            let move = PinUpdate(boardId: destination.boardId, boardSectionId: destination.sectionId ?? "")
            return .pin(try await client.pinsUpdate(pinId: pinId, move, adAccountId: adAccountId))
        case .savePin(let pinId, let destination):
            let save = PinSave(boardId: destination.boardId, boardSectionId: destination.sectionId)
            return .pin(try await client.pinsSave(pinId: pinId, save, adAccountId: adAccountId))
        case .deletePin(let pinId):
            try await client.pinsDelete(pinId: pinId, adAccountId: adAccountId)
        case .followUser(let username):
            return .user(try await client.followUserUpdate(username: username))
        case .verifyWebsite(let website, let method):
            let verify = UserWebsiteVerifyRequest(website: website, verificationMethod: method)
            return .website(try await client.verifyWebsiteUpdate(verify, adAccountId: adAccountId))
        case .unverifyWebsite(let website):
            try await client.unverifyWebsiteDelete(website: website)
        }
        return .deleted
    }
}
