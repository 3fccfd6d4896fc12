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

    func perform(_ request: APIRequest) async -> Action {
        started.append(request)
        if let answer = script(request) { return answer }
        let (never, _) = AsyncStream<Void>.makeStream()
        for await _ in never {}
        cancelled.append(request)
        return .command(.quit)
    }
}

/// Polls `condition` until it holds or the deadline passes.
private func eventually(within limit: Duration = .seconds(10), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while !condition() {
        guard ContinuousClock.now < deadline else { return false }
        try? await Task.sleep(for: .milliseconds(2))
    }
    return true
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
        case .boardSections, .sectionPinCount, .allOwnBoards, .websiteVerificationCode, .accountAnalytics, .topPins, .pin,
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
