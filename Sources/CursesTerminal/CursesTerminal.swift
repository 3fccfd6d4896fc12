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
    /// What the terminal answered to the start-up queries (empty when none were asked or it said nothing).
    public let queryAnswers: [UInt8]

    private let mailbox = CursesMailbox()
    private let wakePipe: WakePipe
    private let signals: TerminalSignals
    /// Left when the curses thread has put the terminal back.
    private let curses = DispatchGroup()

    /// Starts curses on the controlling terminal (/dev/tty, or standard input and output). `queries`,
    /// when given, are written first and answered in `queryAnswers` (see `TerminalQuery`).
    public init(queries: String? = nil) throws(CursesTerminalError) {
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
                started.report(.success(try session.start(noColor: noColor, queries: queries)))
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
        case .success(let (capability, answers)):
            self.colorCapability = capability
            self.queryAnswers = answers
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
        present(TerminalFrame(buffer: buffer), cursor: cursor)
    }

    /// Shows `frame`'s cells as `present(_:cursor:)` does, then writes its graphics-protocol pictures
    /// at their rectangles: only those that changed, after clearing those that went or moved.
    public func present(_ frame: TerminalFrame, cursor: Point?) {
        if mailbox.post(CursesMailbox.Frame(buffer: frame.buffer, cursor: cursor, graphics: frame.graphics)) {
            wakePipe.wake()
        }
    }

    /// Puts `text` on the clipboard of the terminal's machine with OSC 52 (also over SSH, where the
    /// terminal allows it). Returns at once.
    public func copyToClipboard(_ text: String) {
        if mailbox.post(output: TerminalQuery.clipboard(text)) {
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
    typealias Started = (capability: ColorCapability, answers: [UInt8])
    private let result = Mutex<Result<Started, CursesTerminalError>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func report(_ outcome: Result<Started, CursesTerminalError>) {
        result.withLock { $0 = outcome }
        done.signal()
    }

    func wait() -> Result<Started, CursesTerminalError> {
        done.wait()
        return result.withLock { $0! }
    }
}
