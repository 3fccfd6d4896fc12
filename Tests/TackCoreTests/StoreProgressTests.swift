import PinterestAPI
import Synchronization
import TackCore
import Testing

/// Loads the boards; a write reports that it left, then (when asked) a rate limit, and waits until it is
/// cancelled, after which it answers a success that the store must drop.
private struct LeavingWritePerformer: APIRequestPerformer {
    let rateLimit: Duration?
    let cancelledWrites = Counter()

    func perform(
        _ request: APIRequest, sending send: @escaping @Sendable (Action) async -> Void,
        progress: @escaping @Sendable (RequestProgress) async -> Void
    ) async -> Action {
        switch request {
        case .page(let page):
            return .boardsPageLoaded(page, Fixture.boards(2), bookmark: nil)
        case .write(let write):
            await progress(.sent)
            if let rateLimit { await progress(.rateLimited(retryIn: rateLimit)) }
            let (never, _) = AsyncStream<Void>.makeStream()
            for await _ in never {}
            cancelledWrites.increment()
            return .writeSucceeded(write, .board(Board(id: "b9", name: "Trips")))
        default:
            let (never, _) = AsyncStream<Void>.makeStream()
            for await _ in never {}
            return .command(.quit)
        }
    }
}

private final class Counter: Sendable {
    private let count = Mutex(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

private final class Frames: Sendable {
    private let states = Mutex<[AppState]>([])
    func append(_ state: AppState) { states.withLock { $0.append(state) } }
    var latest: AppState? { states.withLock { $0.last } }
}

@Suite("Store: progress, ticks and cancelled writes")
struct StoreProgressTests {
    private func savingTrips(_ performer: LeavingWritePerformer) async -> (Store, Task<Void, Never>, Frames) {
        let store = Store(initialState: Fixture.freshState(), performer: performer)
        let frames = Frames()
        let running = Task { await store.run(render: frames.append) }
        store.send(.appStarted)
        #expect(await eventually { frames.latest?.boardsScreen.boards.loadedCount == 2 })
        for action in [Action.command(.createBoard), .terminal(.paste("Trips")), .command(.submit)] { store.send(action) }
        return (store, running, frames)
    }

    @Test func aCancelledWriteIsAbandonedAndItsLateAnswerDropped() async {
        let performer = LeavingWritePerformer(rateLimit: nil)
        let (store, running, frames) = await savingTrips(performer)
        #expect(await eventually { frames.latest?.form?.writeMayHaveArrived == true }, "the progress came back")

        store.send(.command(.cancelForm))
        #expect(await eventually { performer.cancelledWrites.value == 1 }, "the request was cancelled")
        let marker = Fixture.key("x")
        store.send(marker)
        #expect(await eventually { frames.latest?.form?[.name]?.textBuffer?.text == "Tripsx" }, "the form stays open")
        #expect(frames.latest?.form?.phase == .cancelled(mayHaveBeenApplied: true))
        #expect(frames.latest?.boardsScreen.boards.items.contains { $0.id == "b9" } == false, "the late success was dropped")

        store.send(.terminal(.hangup))
        await running.value
    }

    @Test func aRateLimitedWriteCountsDownByTicks() async {
        let performer = LeavingWritePerformer(rateLimit: .seconds(3))
        let (store, running, frames) = await savingTrips(performer)
        #expect(await eventually { frames.latest?.statusMessage == "Rate limited: retrying in 3 s" })
        #expect(await eventually { frames.latest?.statusMessage == "Rate limited: retrying in 2 s" }, "a tick came")

        store.send(.command(.cancelForm))
        #expect(await eventually { frames.latest?.rateLimitCountdowns.isEmpty == true })
        #expect(frames.latest?.form?.phase == .cancelled(mayHaveBeenApplied: false), "refused, and not sent again")
        store.send(.terminal(.hangup))
        await running.value
    }
}
