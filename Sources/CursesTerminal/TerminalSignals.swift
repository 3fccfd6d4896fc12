import Dispatch
import Glibc
import Synchronization

/// Delivers SIGINT, SIGTERM, SIGHUP and SIGWINCH through Dispatch signal sources instead of handlers,
/// so the reaction can do anything (it runs on a queue, not inside a signal handler).
final class TerminalSignals: Sendable {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

    /// Dispatch sources are not Sendable; the lock makes sharing them safe.
    private let sources: Mutex<[any DispatchSourceSignal]>

    init(queue: DispatchQueue, onSignal: @escaping @Sendable (Int32) -> Void) {
        let sources = Self.handled.map { number in
            // The default action of INT, TERM and HUP would kill the process before the source sees them.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { onSignal(number) }
            source.resume()
            return source
        }
        self.sources = Mutex(sources)
    }

    /// Stops listening and gives the signals back their default actions.
    func cancel() {
        sources.withLock { sources in
            for source in sources {
                source.cancel()
            }
        }
        for number in Self.handled {
            signal(number, SIG_DFL)
        }
    }
}
