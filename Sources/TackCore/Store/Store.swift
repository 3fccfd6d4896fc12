/// Runs the app: applies actions in order through `reduce`, renders the state, and performs effects,
/// sending their answers back as actions.
public actor Store {
    /// A request in flight; `token` tells it apart from a later request under the same id.
    private struct RunningEffect {
        var token: Int
        var task: Task<Void, Never>
    }

    private var state: AppState
    private let performer: any APIRequestPerformer
    private let pictures: any PictureLoading
    private let host: any HostActions
    private let actions: AsyncStream<Action>
    private let inbox: AsyncStream<Action>.Continuation
    private var running: [EffectID: RunningEffect] = [:]
    private var lastToken = 0

    public init(
        initialState: AppState, performer: any APIRequestPerformer, pictures: any PictureLoading = NoPictures(),
        host: any HostActions = NoHostActions()
    ) {
        state = initialState
        self.performer = performer
        self.pictures = pictures
        self.host = host
        (actions, inbox) = AsyncStream.makeStream(of: Action.self)
    }

    /// Queues an action; callable from any thread.
    public nonisolated func send(_ action: Action) {
        inbox.yield(action)
    }

    /// Applies `first` (when given) and starts its effects, renders, then processes actions until one
    /// sets `shouldQuit`, rendering after each action that changed the state. On return every effect is
    /// cancelled. Starting `first` before the first frame lets start-up requests leave while it is drawn.
    public func run(startingWith first: Action? = nil, render: @Sendable (AppState) -> Void) async {
        if let first { start(reduce(&state, first)) }
        render(state)
        for await action in actions {
            let before = state.withoutVisibleOrders
            start(reduce(&state, action))
            if state != before { render(state) }
            if state.shouldQuit { break }
        }
        for effect in running.values { effect.task.cancel() }
        running = [:]
    }

    private func start(_ effect: Effect) {
        switch effect {
        case .none:
            break
        case .batch(let effects):
            effects.forEach(start)
        case .cancel(let id):
            running.removeValue(forKey: id)?.task.cancel()
        case .request(let id, let request):
            let token = replace(id), performer = performer
            let task = Task {
                let answer = await performer.perform(request) { earlier in
                    await self.deliver(earlier, from: id, token: token, isLast: false)
                } progress: { progress in
                    await self.report(progress, from: id, token: token)
                }
                self.deliver(answer, from: id, token: token, isLast: true)
            }
            running[id] = RunningEffect(token: token, task: task)
        case .picture(let id, let request, let delay):
            let token = replace(id), pictures = pictures
            let task = Task {
                // Cancelled while it waits (the pin left the view), it fetches nothing.
                guard (try? await Task.sleep(for: delay)) != nil else { return }
                let answer: Action
                do {
                    answer = .pictureLoaded(request, try await pictures.picture(for: request))
                } catch {
                    answer = .pictureFailed(request, "\(error)")
                }
                self.deliver(answer, from: id, token: token, isLast: true)
            }
            running[id] = RunningEffect(token: token, task: task)
        case .host(let id, let request):
            let token = replace(id), host = host
            let task = Task {
                let answer: Action
                do {
                    try await host.perform(request)
                    answer = .hostRequestDone(request)
                } catch {
                    answer = .hostRequestFailed(request, "\(error)")
                }
                self.deliver(answer, from: id, token: token, isLast: true)
            }
            running[id] = RunningEffect(token: token, task: task)
        case .tick(let id, let delay):
            let token = replace(id)
            let task = Task {
                guard (try? await Task.sleep(for: delay)) != nil else { return }
                self.deliver(.tick(id), from: id, token: token, isLast: true)
            }
            running[id] = RunningEffect(token: token, task: task)
        }
    }

    /// Cancels the running effect with this id, if any; returns the token of the one replacing it.
    private func replace(_ id: EffectID) -> Int {
        running.removeValue(forKey: id)?.task.cancel()
        lastToken += 1
        return lastToken
    }

    /// Forwards a running request's progress unless its effect was cancelled or replaced meanwhile.
    private func report(_ progress: RequestProgress, from id: EffectID, token: Int) {
        guard running[id]?.token == token else { return }
        inbox.yield(.requestProgress(id, progress))
    }

    /// Forwards an answer unless its effect was cancelled or replaced meanwhile; the last answer ends
    /// the effect.
    private func deliver(_ answer: Action, from id: EffectID, token: Int, isLast: Bool) {
        guard running[id]?.token == token else { return }
        if isLast { running[id] = nil }
        inbox.yield(answer)
    }
}
