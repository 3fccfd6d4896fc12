import PinterestAPI
import Synchronization
import TackCore
import TerminalCanvas
import Testing

/// Records the pictures asked for and answers each with a one-cell picture.
private final class RecordingPictures: PictureLoading {
    private let requests = Mutex<[PictureRequest]>([])

    var asked: [PictureRequest] { requests.withLock { $0 } }

    func picture(for request: PictureRequest) async throws -> TerminalImage {
        requests.withLock { $0.append(request) }
        return PictureFixture.image
    }
}

/// Answers nothing: these tests load no pages.
private struct SilentPerformer: APIRequestPerformer {
    func perform(
        _ request: APIRequest, sending send: @escaping @Sendable (Action) async -> Void,
        progress: @escaping @Sendable (RequestProgress) async -> Void
    ) async -> Action {
        let (never, _) = AsyncStream<Void>.makeStream()
        for await _ in never {}
        return .command(.quit)
    }
}

@Suite("Store: pictures wait for the selection to rest")
struct StorePictureTests {
    private final class Renders: Sendable {
        private let states = Mutex<[AppState]>([])
        func append(_ state: AppState) { states.withLock { $0.append(state) } }
        var latest: AppState? { states.withLock { $0.last } }
    }

    /// The store on board b1's pins (their first page still to come), pictures waiting `settle` on view.
    private func runStore(settle: Duration, pictures: RecordingPictures, renders: Renders) -> (Store, Task<Void, Never>) {
        var state = PictureFixture.state(pins: nil)
        state.pictureSettle = settle
        let store = Store(initialState: state, performer: SilentPerformer(), pictures: pictures)
        return (store, Task { await store.run(render: renders.append) })
    }

    @Test func aPictureIsFetchedOnceItHasWaitedAndThenShown() async throws {
        let pictures = RecordingPictures(), renders = Renders()
        let (store, running) = runStore(settle: .milliseconds(1), pictures: pictures, renders: renders)
        store.send(PictureFixture.pinsPage(PictureFixture.pins(3)))
        #expect(await eventually { renders.latest?.pictures.count == 1 })
        #expect(pictures.asked.map(\.pinId) == ["p1"])
        store.send(.command(.quit))
        await running.value
    }

    @Test func aPictureLeftBeforeItsWaitIsOverIsNeverFetched() async throws {
        let pictures = RecordingPictures(), renders = Renders()
        let (store, running) = runStore(settle: .seconds(3600), pictures: pictures, renders: renders)
        store.send(PictureFixture.pinsPage(PictureFixture.pins(3)))
        store.send(.command(.moveDown))
        store.send(.command(.moveDown))
        #expect(await eventually { renders.latest?.pictureLoads.keys.map(\.pinId) == ["p3"] })
        store.send(.command(.quit))
        await running.value
        // Without the wait each load would have started at once, before the next key cancelled it.
        #expect(pictures.asked.map(\.pinId) == [])
    }
}
