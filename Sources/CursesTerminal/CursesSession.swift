import CNcursesw
import Glibc
import TerminalCanvas

/// Everything that touches curses, owned by the curses thread: start-up, the poll loop, reading keys,
/// drawing frame diffs and leaving curses. Never shared with another thread.
final class CursesSession {
    private let mailbox: CursesMailbox
    private let wakePipe: WakePipe
    private let events: AsyncStream<TerminalEvent>.Continuation

    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private var terminalDescriptor: Int32 = -1
    private var savedTermios = termios()
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var palette = CursesPalette(capability: .none)
    private var decoder = TerminalInputDecoder()
    /// The frame on screen; nil forces a full repaint.
    private var drawnFrame: ScreenBuffer?
    private var drawnCursor: Point?
    /// The graphics-protocol pictures on screen, as last written.
    private var drawnGraphics: [GraphicsPlacement] = []
    private var terminalGone = false
    /// Consecutive wake-ups where the terminal was readable but gave nothing: end of file.
    private var emptyReads = 0
    /// The code points of the run `drawPlain` draws, kept to reuse its storage.
    private var plainCharacters: [wchar_t] = []

    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    init(mailbox: CursesMailbox, wakePipe: WakePipe, events: AsyncStream<TerminalEvent>.Continuation) {
        self.mailbox = mailbox
        self.wakePipe = wakePipe
        self.events = events
    }

    /// Opens the terminal, saves its settings, asks it `queries` (when given) and starts curses;
    /// returns the colour capability and the terminal's answers.
    func start(noColor: String?, queries: String?) throws(CursesTerminalError) -> (ColorCapability, [UInt8]) {
        setlocale(LC_ALL, "")
        try openTerminal()
        guard tcgetattr(terminalDescriptor, &savedTermios) == 0 else {
            closeTerminal()
            throw .notATerminal
        }
        let answers = queries.map { TerminalQuery.ask($0, descriptor: terminalDescriptor, settings: savedTermios) } ?? []
        let terminalType = getenv("TERM").map { String(cString: $0) } ?? ""
        guard let screen = newterm(nil, output, input) else {
            closeTerminal()
            throw .unknownTerminalType(terminalType)
        }
        self.screen = screen
        set_term(screen)
        guard TerminalCapabilities.canAddressCursor else {
            endwin()
            shutDown()
            throw .unsupportedTerminalType(terminalType)
        }
        CrashGuard.attachTerminal(
            descriptor: terminalDescriptor, termios: savedTermios,
            restore: TerminalCapabilities.leaveSequence + Self.bracketedPasteOff)
        let window = tack_stdscr()
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        meta(window, true)
        set_escdelay(25)
        curs_set(0)
        var capability = ColorCapability.none
        if !ColorCapability.isDisabled(byNoColor: noColor), has_colors() {
            start_color()
            use_default_colors()
            capability = ColorCapability(colorCount: tack_colors())
        }
        palette = CursesPalette(capability: capability)
        writeToTerminal(Self.bracketedPasteOn)
        mailbox.size = currentSize()
        return (capability, answers)
    }

    /// Waits for input, frames and signals until asked to stop.
    func run() {
        var descriptors = [
            pollfd(fd: terminalDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakePipe.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            // A negative descriptor is skipped by poll(): once the terminal is gone only the pipe matters.
            descriptors[0].fd = terminalGone ? -1 : terminalDescriptor
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno == EINTR { continue }
                reportHangup()
                descriptors[0].revents = 0
            }
            if descriptors[1].revents != 0 {
                wakePipe.drain()
            }
            let work = mailbox.takeWork()
            if work.stopRequested {
                return
            }
            let terminalFlags = Int32(descriptors[0].revents)
            if !terminalGone, terminalFlags != 0 {
                readInput(hungUp: terminalFlags & Int32(POLLHUP | POLLERR | POLLNVAL) != 0)
            }
            if work.resizePending, !terminalGone {
                applyResize()
            }
            if let frame = work.frame, !terminalGone {
                draw(frame)
            }
            if !work.output.isEmpty, !terminalGone {
                work.output.forEach(writeToTerminal)
            }
        }
    }

    /// Leaves curses and puts the terminal back as it was.
    func shutDown() {
        if window != nil {
            if drawnGraphics.contains(where: { $0.graphics == .kitty }) { writeToTerminal(TerminalQuery.kittyDeleteAll) }
            curs_set(1)
            endwin()
            writeToTerminal(Self.bracketedPasteOff)
        }
        if let screen {
            delscreen(screen)
        }
        if terminalDescriptor >= 0 {
            tcsetattr(terminalDescriptor, TCSANOW, &savedTermios)
        }
        CrashGuard.detachTerminal()
        closeTerminal()
        events.finish()
    }

    // MARK: Terminal

    /// /dev/tty when there is one (so output redirection does not matter), else standard input and output.
    private func openTerminal() throws(CursesTerminalError) {
        if let tty = fopen("/dev/tty", "r+") {
            input = tty
            output = tty
        } else if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
            // Duplicates, so closing them later leaves the process's own descriptors alone.
            input = fdopen(dup(STDIN_FILENO), "r")
            output = fdopen(dup(STDOUT_FILENO), "w")
        }
        guard let input else { throw .notATerminal }
        terminalDescriptor = fileno(input)
    }

    private func closeTerminal() {
        if let output, output != input {
            fclose(output)
        }
        if let input {
            fclose(input)
        }
        input = nil
        output = nil
        terminalDescriptor = -1
    }

    private func writeToTerminal(_ text: String) {
        guard let output else { return }
        fputs(text, output)
        fflush(output)
    }

    private func currentSize() -> Size {
        Size(width: Int(tack_window_width(window)), height: Int(tack_window_height(window)))
    }

    private func reportHangup() {
        guard !terminalGone else { return }
        terminalGone = true
        events.yield(.hangup)
    }

    // MARK: Input

    /// Reads everything available, decodes it and sends the events. Detects a terminal that went away
    /// (hang-up flags, EIO, or readable without data) instead of spinning on ERR.
    private func readInput(hungUp: Bool) {
        var batch: [TerminalInput] = []
        var character: wint_t = 0
        while true {
            let result = wget_wch(window, &character)
            if result == ERR {
                break
            }
            if result == KEY_CODE_YES {
                if Int32(character) == KEY_RESIZE {
                    applyResize()
                } else if let key = CursesKeyCodes.keyPress(for: Int32(character)) {
                    batch.append(.event(.key(key)))
                }
            } else if let scalar = Unicode.Scalar(UInt32(character)) {
                batch.append(.scalar(scalar))
            }
        }
        let readError = errno
        emptyReads = batch.isEmpty ? emptyReads + 1 : 0
        if hungUp || readError == EIO || emptyReads >= 3 {
            reportHangup()
            return
        }
        for event in decoder.decode(batch) {
            events.yield(event)
        }
    }

    /// Follows the terminal's new size (from the kernel, after SIGWINCH) and asks for a full repaint.
    private func applyResize() {
        var rows: Int32 = 0, columns: Int32 = 0
        if tack_terminal_size(terminalDescriptor, &rows, &columns) != 0, is_term_resized(rows, columns) {
            resize_term(rows, columns)
        }
        let size = currentSize()
        guard size != mailbox.size else { return }
        mailbox.size = size
        drawnFrame = nil
        clearok(window, true)
        events.yield(.resize(size))
    }

    // MARK: Output

    /// Draws only what changed since the frame on screen, then refreshes once. Nothing when nothing changed.
    private func draw(_ frame: CursesMailbox.Frame) {
        let runs = FrameDiff.runs(from: drawnFrame, to: frame.buffer)
        let graphics = GraphicsUpdate(drawn: drawnFrame == nil ? nil : drawnGraphics, wanted: frame.graphics)
        if drawnFrame == nil {
            werase(window)
        }
        // Cells under sixel and iTerm2 pictures that went are drawn again, whatever curses believes is there.
        for rows in graphics.rowsToRepaint {
            wredrawln(window, Int32(rows.lowerBound), Int32(rows.count))
        }
        if graphics.deletesKittyPictures {
            writeToTerminal(TerminalQuery.kittyDeleteAll)
        }
        for run in runs {
            draw(run)
        }
        let cursorChanged = frame.cursor != drawnCursor
        if let cursor = frame.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorChanged {
            curs_set(0)
        }
        drawnFrame = frame.buffer
        drawnCursor = frame.cursor
        if !runs.isEmpty || cursorChanged || !graphics.rowsToRepaint.isEmpty {
            wrefresh(window)
        }
        for placement in graphics.toWrite {
            write(placement)
        }
        drawnGraphics = frame.graphics
    }

    /// Writes a picture with its top-left corner at its rectangle's, leaving the cursor where curses put it.
    private func write(_ placement: GraphicsPlacement) {
        guard let output else { return }
        fputs("\u{1B}7\u{1B}[\(placement.rect.y + 1);\(placement.rect.x + 1)H", output)
        placement.bytes.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, output) }
        fputs("\u{1B}8", output)
        fflush(output)
    }

    private func draw(_ run: DrawRun) {
        let rendition = palette.rendition(for: run.style)
        tack_set_attributes(window, rendition.attributes, rendition.pair)
        if drawPlain(run) {
            return
        }
        var x = run.x
        for grapheme in run.text {
            let width = TextWidth.columns(of: grapheme)
            draw(grapheme, x: x, y: run.y, width: width)
            x += width
        }
    }

    /// Draws a run of plain text (see `PlainText`) in one call when curses also gives each of its code
    /// points one column, as drawing them one by one would; false, drawing nothing, otherwise.
    private func drawPlain(_ run: DrawRun) -> Bool {
        guard PlainText.isPlain(run.text) else { return false }
        plainCharacters.removeAll(keepingCapacity: true)
        for scalar in run.text.unicodeScalars {
            let character = wchar_t(scalar.value)
            guard scalar.isASCII || wcwidth(character) == 1 else { return false }
            plainCharacters.append(character)
        }
        mvwaddnwstr(window, Int32(run.y), Int32(run.x), plainCharacters, Int32(plainCharacters.count))
        return true
    }

    /// ncurses measures with wcwidth per code point and holds one spacing character per cell: see
    /// `GraphemePieces` for how a grapheme is split to fit.
    private func draw(_ grapheme: Character, x: Int, y: Int, width: Int) {
        let pieces = GraphemePieces.pieces(of: grapheme, width: width, maxScalars: Int(CCHARW_MAX)) { scalar in
            Int(wcwidth(wchar_t(scalar.value)))
        }
        for piece in pieces {
            let characters = piece.scalars.map { wchar_t($0.value) }
            mvwaddnwstr(window, Int32(y), Int32(x + piece.offset), characters, Int32(characters.count))
        }
    }
}
