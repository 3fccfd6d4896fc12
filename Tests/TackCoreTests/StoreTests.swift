import PinterestAPI
import Synchronization
import TackCore
import TerminalCanvas
import Testing

/// A thread-safe log the store's render callback and the fake performer write to.
private final class Log<Entry: Sendable>: Sendable {
    private let entries = Mutex<[Entry]>([])

    func append(_ entry: Entry) { entries.withLock { $0.append(entry) } }
    var all: [Entry] { entries.withLock { $0 } }
}

/// Answers requests with a script; requests the script leaves unanswered wait until cancelled and
/// then answer `quit`, which the store must drop.
private struct FakePerformer: APIRequestPerformer {
    let started = Log<APIRequest>()
    let cancelled = Log<APIRequest>()
    let script: @Sendable (APIRequest) -> Action?

    func perform(
        _ request: APIRequest, sending send: @escaping @Sendable (Action) async -> Void,
        progress: @escaping @Sendable (RequestProgress) async -> Void
    ) async -> Action {
        started.append(request)
        if let answer = script(request) { return answer }
        let (never, _) = AsyncStream<Void>.makeStream()
        for await _ in never {}
        cancelled.append(request)
        return .command(.quit)
    }
}

@Suite("Store")
struct StoreTests {
    private static let sectionsOfB1 = PageRequest(source: .sections(boardId: "b1"))
    private static let pinsOfB1 = PageRequest(source: .boardPins(boardId: "b1"))
    private static let sectionsOfB2 = PageRequest(source: .sections(boardId: "b2"))

    /// Answers the account, the boards and everything about board b2; board b1's loads hang.
    private static func script(_ request: APIRequest) -> Action? {
        switch request {
        case .account:
            return .accountLoaded(Account(username: "jules"))
        case .page(let page):
            switch page.source {
            case .ownBoards: return .boardsPageLoaded(page, Fixture.boards(2), bookmark: nil)
            case .sections(boardId: "b2"): return .sectionsPageLoaded(page, [Fixture.section(5)], bookmark: nil)
            case .boardPins(boardId: "b2"): return .pinsPageLoaded(page, Fixture.pins(1), bookmark: nil)
            default: return nil
            }
        case .write(let write):
            return .writeSucceeded(write, .board(Board(id: "b9", name: "Trips")))
        case .pages, .boardSections, .sectionPinCount, .allOwnBoards, .websiteVerificationCode, .accountAnalytics, .topPins, .pin,
             .pinAnalytics:
            return nil
        }
    }

    private let performer = FakePerformer(script: StoreTests.script)
    private let renders = Log<AppState>()

    private func runStore() -> (Store, Task<Void, Never>) {
        let store = Store(initialState: Fixture.freshState(), performer: performer)
        let renders = renders
        return (store, Task { await store.run(render: renders.append) })
    }

    private var latest: AppState? { renders.all.last }

    @Test func effectsRunAndTheirAnswersComeBackAsActions() async {
        let (store, running) = runStore()
        store.send(.appStarted)
        #expect(await eventually { latest?.account.value?.username == "jules" && latest?.boardsScreen.boards.loadedCount == 2 })
        #expect(Set(performer.started.all) == [.account, .page(PageRequest(source: .ownBoards))])
        store.send(.command(.quit))
        await running.value
        #expect(latest?.shouldQuit == true)
    }

    @Test func theInitialStateIsRenderedAndThenOnlyChanges() async {
        let (store, running) = runStore()
        #expect(await eventually { renders.all.count == 1 })
        store.send(.terminal(.paste("z")))
        store.send(.terminal(.resize(Size(width: 70, height: 20))))
        #expect(await eventually { latest?.terminalSize == Size(width: 70, height: 20) })
        #expect(renders.all.count == 2, "the paste with no text input open changed nothing and was not rendered")
        store.send(.terminal(.hangup))
        await running.value
    }

    @Test func theStartingActionsRequestsLeaveBeforeTheFirstFrame() async {
        let store = Store(initialState: Fixture.freshState(), performer: performer)
        let renders = renders
        let running = Task { await store.run(startingWith: .appStarted, render: renders.append) }
        #expect(await eventually { renders.all.count >= 1 })
        let first = renders.all[0]
        #expect(first.account == .loading && first.boardsScreen.boards.phase == .loading, "the first frame already shows the start-up loads")
        #expect(await eventually { Set(performer.started.all) == [.account, .page(PageRequest(source: .ownBoards))] })
        store.send(.command(.quit))
        await running.value
    }

    @Test func openingAnotherBoardCancelsTheRunningLoadsAndDropsTheirAnswers() async {
        let (store, running) = runStore()
        store.send(.appStarted)
        #expect(await eventually { latest?.boardsScreen.boards.loadedCount == 2 })
        store.send(.command(.open))
        #expect(await eventually { performer.started.all.contains(.page(Self.pinsOfB1)) })
        #expect(await eventually { performer.started.all.contains(.page(Self.sectionsOfB1)) })

        for action in [Action.command(.back), .command(.moveDown), .command(.open)] { store.send(action) }
        #expect(await eventually { latest?.boardsScreen.sections.request == Self.sectionsOfB2 && latest?.boardsScreen.sections.phase == .loaded })
        #expect(await eventually { Set(performer.cancelled.all) == [.page(Self.sectionsOfB1), .page(Self.pinsOfB1)] })
        #expect(latest?.boardsScreen.sections.items == [.section(Fixture.section(5))])

        let marker = Size(width: 70, height: 20)
        store.send(.terminal(.resize(marker)))
        #expect(await eventually { latest?.terminalSize == marker }, "the cancelled requests' quit was dropped")
        #expect(latest?.shouldQuit == false)

        store.send(.command(.quit))
        await running.value
    }

    @Test func aSubmittedFormsWriteRunsAndItsAnswerUpdatesTheList() async {
        let (store, running) = runStore()
        store.send(.appStarted)
        #expect(await eventually { latest?.boardsScreen.boards.loadedCount == 2 })
        for action in [Action.command(.createBoard), .terminal(.paste("Trips")), .command(.submit)] { store.send(action) }
        #expect(await eventually { latest?.form == nil && latest?.boardsScreen.boards.items.first?.name == "Trips" })
        #expect(performer.started.all.contains(.write(.createBoard(BoardCreate(name: "Trips", privacy: .public)))))
        #expect(latest?.selectedBoard?.id == "b9")
        store.send(.command(.quit))
        await running.value
    }

    /// `go_bottom` on a partly loaded list: one request whose pages arrive one after another, in order,
    /// each applied as it comes, and nothing else asked for.
    @Test func theAnswersOfARequestForEveryPageAreAppliedInOrder() async {
        let performer = PagesPerformer()
        let store = Store(initialState: Self.pinsWithMoreToLoad(), performer: performer)
        let renders = renders
        let running = Task { await store.run(render: renders.append) }
        store.send(.command(.goBottom))
        #expect(await eventually { latest?.boardsScreen.pins.loadedCount == 1250 })
        #expect(performer.started.all == [.pages(Self.pinsOfB1.after("page3"))])
        let counts = renders.all.map(\.boardsScreen.pins.loadedCount)
        #expect(counts.filter { $0 > 500 } == [750, 1000, 1250], "each page was applied, in order")
        #expect(latest?.boardsScreen.pins.selectedID == "p1250")
        #expect(latest?.boardsScreen.pins.phase == .loaded)
        store.send(.command(.quit))
        await running.value
    }

    /// Pages a cancelled request still sends are dropped.
    @Test func theAnswersOfACancelledRequestAreDropped() async {
        let performer = PagesPerformer(hangsAfter: 1)
        let store = Store(initialState: Self.pinsWithMoreToLoad(), performer: performer)
        let renders = renders
        let running = Task { await store.run(render: renders.append) }
        store.send(.command(.goBottom))
        #expect(await eventually { latest?.boardsScreen.pins.loadedCount == 750 })
        store.send(.command(.refresh))
        #expect(await eventually { performer.cancelled.all.count == 1 })
        let marker = Size(width: 70, height: 20)
        store.send(.terminal(.resize(marker)))
        #expect(await eventually { latest?.terminalSize == marker })
        #expect(latest?.shouldQuit == false, "what the cancelled request sent and answered was dropped")
        store.send(.command(.quit))
        await running.value
    }

    /// Board b1's pins in focus: two pages of 250 loaded, the third (bookmark "page3") to come.
    private static func pinsWithMoreToLoad() -> AppState {
        var state = Fixture.withFocusedPins(Fixture.pins(250), bookmark: "page2")
        _ = reduce(&state, .pinsPageLoaded(pinsOfB1.after("page2"), Fixture.pins(250, from: 251), bookmark: "page3"))
        #expect(state.boardsScreen.pins.phase == .loaded && state.boardsScreen.pins.hasMore)
        return state
    }

    @Test func quittingCancelsEveryEffectInFlight() async {
        let (store, running) = runStore()
        store.send(.appStarted)
        #expect(await eventually { latest?.boardsScreen.boards.loadedCount == 2 })
        store.send(.command(.open))
        #expect(await eventually { performer.started.all.count == 4 })
        store.send(.command(.quit))
        await running.value
        #expect(await eventually { performer.cancelled.all.count == 2 })
    }
}

/// Answers `.pages` with pages of 250 pins from its bookmark on ("pageN" holds pins from 250 × (N − 1) + 1),
/// five pages in all, each sent as it is made. With `hangsAfter`, and for any other request, it waits
/// until cancelled, then sends and answers `quit`, which the store must both drop.
private struct PagesPerformer: APIRequestPerformer {
    let started = Log<APIRequest>()
    let cancelled = Log<APIRequest>()
    /// How many pages `.pages` sends before it waits; nil: every page.
    var hangsAfter: Int?

    func perform(
        _ request: APIRequest, sending send: @escaping @Sendable (Action) async -> Void,
        progress: @escaping @Sendable (RequestProgress) async -> Void
    ) async -> Action {
        started.append(request)
        if case .pages(var page) = request {
            for sent in 0... {
                let number = Int(page.bookmark?.dropFirst("page".count) ?? "1") ?? 1
                let next = number < 5 ? "page\(number + 1)" : nil
                let answer = Action.pinsPageLoaded(page, Fixture.pins(250, from: 250 * (number - 1) + 1), bookmark: next)
                guard let next else { return answer }
                if sent == hangsAfter { break }
                await send(answer)
                page = page.after(next)
            }
        }
        let (never, _) = AsyncStream<Void>.makeStream()
        for await _ in never {}
        cancelled.append(request)
        await send(.command(.quit))
        return .command(.quit)
    }
}

extension PageRequest {
    /// The request of the page at `bookmark` of the same list.
    fileprivate func after(_ bookmark: String) -> PageRequest {
        PageRequest(source: source, bookmark: bookmark, pageSize: pageSize)
    }
}
