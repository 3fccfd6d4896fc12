import PinterestAPI

/// Sends requests through a `RequestGate`, so that they are bounded and slow down together when rate-limited.
/// A 429 the client gave up on (after its own retries, or a wait longer than it sleeps) holds every
/// request for the API's reset time and sends this one again: rate limits slow the work down, they never
/// end it. The client's own retries after a 429 hold the others too.
struct GatedRequests: Sendable {
    let gate: RequestGate
    /// Called as each attempt leaves (retries included).
    var sent: @Sendable () async -> Void = {}
    /// Called with true when a 429 holds the requests, and with false once they flow again.
    var rateLimited: @Sendable (Bool) async -> Void = { _ in }

    func callAsFunction<Answer: Sendable>(_ send: @Sendable () async throws -> Answer) async throws -> Answer {
        let observer = RequestObserver(
            willSend: { [sent] _ in await sent() },
            willRetry: { [gate, rateLimited] delay, error in
                guard error.status == 429 else { return }
                await gate.rateLimited(wait: delay)
                await rateLimited(true)
            })
        while true {
            try await gate.enter()
            do {
                let answer = try await RequestObserver.$current.withValue(observer) { try await send() }
                await gate.leave(answered: true)
                if await gate.heldUntil == nil { await rateLimited(false) }
                return answer
            } catch let error as PinterestError where error.status == 429 {
                await gate.leave(answered: false)
                await gate.rateLimited(wait: error.retryAfter ?? .seconds(1))
                await rateLimited(true)
            } catch {
                await gate.leave(answered: false)
                throw error
            }
        }
    }
}
