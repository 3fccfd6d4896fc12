import Synchronization
import TerminalCanvas

/// What the app and the signal handlers hand to the curses thread, under a lock. Frames are a mailbox:
/// only the latest one is kept.
final class CursesMailbox: Sendable {
    struct Frame: Sendable {
        var buffer: ScreenBuffer
        var cursor: Point?
        var graphics: [GraphicsPlacement] = []
    }

    /// Work the curses thread picks up each time it wakes.
    struct Work: Sendable {
        var frame: Frame?
        /// Sequences to write as they are, in order (clipboard writes), after the frame.
        var output: [String] = []
        var resizePending: Bool
        var stopRequested: Bool
    }

    private struct State: Sendable {
        var frame: Frame?
        var output: [String] = []
        var resizePending = false
        var stopRequested = false
        var size = Size.zero
    }

    private let state = Mutex(State())

    var size: Size {
        get { state.withLock { $0.size } }
        set { state.withLock { $0.size = newValue } }
    }

    /// Keeps `frame` for the curses thread; false (and dropped) once stopping.
    func post(_ frame: Frame) -> Bool {
        state.withLock { state in
            guard !state.stopRequested else { return false }
            state.frame = frame
            return true
        }
    }

    /// Queues `sequence` to be written as it is; false (and dropped) once stopping.
    func post(output sequence: String) -> Bool {
        state.withLock { state in
            guard !state.stopRequested else { return false }
            state.output.append(sequence)
            return true
        }
    }

    func requestResize() {
        state.withLock { $0.resizePending = true }
    }

    /// Marks the terminal as stopping; true for the first caller only.
    func requestStop() -> Bool {
        state.withLock { state in
            defer { state.stopRequested = true }
            return !state.stopRequested
        }
    }

    /// Takes the pending frame and resize request, leaving the stop request in place.
    func takeWork() -> Work {
        state.withLock { state in
            defer {
                state.frame = nil
                state.output = []
                state.resizePending = false
            }
            return Work(
                frame: state.frame, output: state.output, resizePending: state.resizePending, stopRequested: state.stopRequested)
        }
    }
}
