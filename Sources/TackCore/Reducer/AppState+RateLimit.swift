/// Rate limits as the status line shows them: when Pinterest answers 429, the client waits what
/// Pinterest asked and sends the request again by itself; the status line counts that wait down,
/// second by second, with a tick effect per waiting request. A countdown ends when its retry leaves,
/// when its time is up, or when its request is cancelled or replaced (leaving a board ends its loads').
extension AppState {
    /// Applies what a running request reported.
    mutating func receive(_ progress: RequestProgress, from id: EffectID) -> Effect {
        if let request = form?.writeRequest(), id == .write(request) { form?.record(progress) }
        switch progress {
        case .rateLimited(let delay):
            rateLimitCountdowns[id] = Self.wholeSeconds(delay)
            showRateLimit()
            return .tick(id: .retryCountdown(id), after: .seconds(1))
        case .sent:
            let effect = endCountdown(of: id)
            if effect != .none { statusMessage = rateLimitText ?? "Rate limited: retrying now" }
            return effect
        }
    }

    /// One second of a countdown has passed.
    mutating func tick(_ tickID: EffectID) -> Effect {
        guard let waiting = rateLimitCountdowns.keys.first(where: { .retryCountdown($0) == tickID }),
            let seconds = rateLimitCountdowns[waiting]
        else { return .none }
        guard seconds > 1 else {
            rateLimitCountdowns[waiting] = nil
            statusMessage = rateLimitCountdowns.isEmpty ? "Rate limited: retrying now" : rateLimitText
            return .none
        }
        rateLimitCountdowns[waiting] = seconds - 1
        showRateLimit()
        return .tick(id: tickID, after: .seconds(1))
    }

    /// Ends the countdowns of the requests `effect` cancels or replaces, cancelling their ticks.
    mutating func endCountdowns(endedBy effect: Effect) -> Effect {
        guard !rateLimitCountdowns.isEmpty else { return .none }
        return .all(Self.requestIDs(endedBy: effect).map { endCountdown(of: $0) })
    }

    private mutating func endCountdown(of id: EffectID) -> Effect {
        guard rateLimitCountdowns.removeValue(forKey: id) != nil else { return .none }
        return .cancel(.retryCountdown(id))
    }

    /// "Rate limited: retrying in 12 s", the longest wait when several requests wait.
    private var rateLimitText: String? {
        rateLimitCountdowns.values.max().map { "Rate limited: retrying in \($0) s" }
    }

    private mutating func showRateLimit() {
        if let text = rateLimitText { statusMessage = text }
    }

    /// A wait in whole seconds, rounded up so the countdown never ends before the wait does.
    private static func wholeSeconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) + (attoseconds > 0 ? 1 : 0))
    }

    /// The ids of the effects that `effect` cancels or starts anew (which replaces a running one).
    private static func requestIDs(endedBy effect: Effect) -> [EffectID] {
        switch effect {
        case .none, .tick, .picture, .host: []
        case .cancel(let id), .request(let id, _): [id]
        case .batch(let effects): effects.flatMap(requestIDs(endedBy:))
        }
    }
}
