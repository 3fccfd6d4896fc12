import PinterestAPI

/// Performs requests with the real `PinterestClient`.
public struct PinterestRequestPerformer: APIRequestPerformer {
    private let client: PinterestClient

    public init(client: PinterestClient) {
        self.client = client
    }

    public func perform(_ request: APIRequest) async -> Action {
        switch request {
        case .account:
            do {
                return .accountLoaded(try await client.userAccountGet())
            } catch {
                return .accountFailed(APIFailure(error))
            }
        case .page(let page):
            do {
                return try await load(page)
            } catch {
                return .pageFailed(page, APIFailure(error))
            }
        }
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
}
