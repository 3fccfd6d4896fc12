import Dispatch
import Foundation
import Glibc
import Synchronization
import TerminalCanvas

/// The terminal, driven through ncurses on one dedicated thread that makes every curses call.
///
/// Creating it starts curses: the locale is set from the environment, the terminal's settings are saved,
/// and the terminal goes raw (no echo, keypad decoding, Esc without delay, cursor hidden, bracketed paste
/// on). Frames go in with `present` (latest wins), events come out of `events`. `stop()` puts the
/// terminal back; a crash (SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE) restores it too.
public final class CursesTerminal: Sendable {
    /// Keys, pastes, resizes, hang-up (terminal gone, or SIGHUP) and terminate (SIGINT or SIGTERM).
    /// Finishes after `stop()`. Meant for one consumer.
    public let events: AsyncStream<TerminalEvent>
    /// What the terminal can show (`.none` when `NO_COLOR` is set); styles are degraded to it when drawn.
    public let colorCapability: ColorCapability
    /// Whether the locale's character set is UTF-8 (charts then draw with braille and blocks, else ASCII).
    public let isUTF8: Bool

    private let mailbox = CursesMailbox()
    private let wakePipe: WakePipe
    private let signals: TerminalSignals
    /// Left when the curses thread has put the terminal back.
    private let curses = DispatchGroup()

    /// Starts curses on the controlling terminal (/dev/tty, or standard input and output).
    public init() throws(CursesTerminalError) {
        let wakePipe = try WakePipe()
        let (events, continuation) = AsyncStream.makeStream(of: TerminalEvent.self)
        let mailbox = mailbox
        // Set up before curses starts, so SIGWINCH comes here rather than to a handler of ncurses' own.
        let signals = TerminalSignals(queue: DispatchQueue(label: "CursesTerminal.signals")) { number in
            switch number {
            case SIGWINCH:
                mailbox.requestResize()
                wakePipe.wake()
            case SIGHUP:
                continuation.yield(.hangup)
            default:
                continuation.yield(.terminate)
            }
        }
        let started = CursesStartup()
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        curses.enter()
        let group = curses
        let thread = Thread {
            let session = CursesSession(mailbox: mailbox, wakePipe: wakePipe, events: continuation)
            do throws(CursesTerminalError) {
                started.report(.success(try session.start(noColor: noColor)))
                session.run()
                session.shutDown()
            } catch {
                started.report(.failure(error))
                continuation.finish()
            }
            group.leave()
        }
        thread.name = "CursesTerminal"
        thread.start()
        switch started.wait() {
        case .success(let capability):
            self.colorCapability = capability
            // The curses thread has set the locale from the environment by now.
            self.isUTF8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        case .failure(let error):
            group.wait()
            signals.cancel()
            wakePipe.close()
            throw error
        }
        self.events = events
        self.wakePipe = wakePipe
        self.signals = signals
    }

    deinit {
        stop()
        // Closed only here: `present` may still be called after `stop()` and must not hit a reused descriptor.
        wakePipe.close()
    }

    /// The terminal's current size in cells.
    public var size: Size { mailbox.size }

    /// Shows `buffer`, with the cursor at `cursor` (hidden when nil). Returns at once; the curses thread
    /// draws only the difference from what is on screen. When frames come faster than they can be
    /// drawn, the intermediate ones are skipped. Does nothing after `stop()`.
    public func present(_ buffer: ScreenBuffer, cursor: Point?) {
        if mailbox.post(CursesMailbox.Frame(buffer: buffer, cursor: cursor)) {
            wakePipe.wake()
        }
    }

    /// Leaves curses, turns bracketed paste off, shows the cursor and restores the terminal's settings.
    /// Waits until that is done; calling it again does nothing.
    public func stop() {
        guard mailbox.requestStop() else { return }
        wakePipe.wake()
        curses.wait()
        signals.cancel()
    }
}

/// Hands the result of starting curses from the curses thread back to the initialiser.
private final class CursesStartup: Sendable {
    private let result = Mutex<Result<ColorCapability, CursesTerminalError>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func report(_ outcome: Result<ColorCapability, CursesTerminalError>) {
        result.withLock { $0 = outcome }
        done.signal()
    }

    func wait() -> Result<ColorCapability, CursesTerminalError> {
        done.wait()
        return result.withLock { $0! }
    }
}
