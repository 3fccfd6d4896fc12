import PinterestAPI

/// Applying what effects send back.
extension AppState {
    /// Loads the account and the own boards.
    mutating func start() -> Effect {
        account = .loading
        return .all([.request(id: .account, .account), apply(.show(.ownBoards), to: .boards)])
    }

    /// Accepts the account answer only while it is awaited.
    mutating func receiveAccount(_ answer: Loadable<Account>) -> Effect {
        if account == .loading { account = answer }
        return .none
    }

    /// Accepts a page into `pane` if it answers that pane's pending request (a stale page is ignored),
    /// then requests the next page if the selection is already near the end.
    mutating func receive<Item>(
        _ items: [Item], bookmark: String?, for request: PageRequest, into pane: WritableKeyPath<AppState, ListPane<Item>>
    ) -> Effect {
        guard self[keyPath: pane].receive(items, bookmark: bookmark, for: request) else { return .none }
        return apply(.prefetch, to: request.source.pane)
    }

    mutating func fail(_ request: PageRequest, with failure: APIFailure) -> Effect {
        apply(.fail(request, failure), to: request.source.pane)
    }
}
