import Foundation
import Synchronization
import TackExport

/// The export's progress bar: one line on standard error, redrawn in place at most ten times a second,
/// and nothing at all when standard error is not a terminal (cron, a pipe, a log file).
final class ExportProgressLine: Sendable {
    private let enabled: Bool
    private let lastDrawn = Mutex<ContinuousClock.Instant?>(nil)

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    func show(_ progress: ExportProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let due = lastDrawn.withLock { last in
            guard last.map({ now - $0 >= .milliseconds(100) }) ?? true else { return false }
            last = now
            return true
        }
        if due { FileHandle.standardError.write(Data(("\r" + Self.render(progress, width: 30) + "\u{1B}[K").utf8)) }
    }

    /// Clears the line before the summary is printed.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// e.g. `▕██████░░░░░░▏  48% 2,400/5,000 pins · 30/60 boards · 41 requests`.
    static func render(_ progress: ExportProgress, width: Int) -> String {
        let fraction = progress.fraction ?? 0
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = "▕" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "▏"
        let percent = String(format: "%3d%%", Int((fraction * 100).rounded(.down)))
        var parts: [String]
        switch progress.phase {
        case .reading:
            let pins = progress.pinsExpected.map { "\(progress.pinsRead)/\($0) pins" } ?? "\(progress.pinsRead) pins"
            parts = [pins]
            if let boards = progress.boardsTotal { parts.append("\(progress.boardsRead)/\(boards) boards") }
            parts.append("\(progress.requests) requests")
        case .downloadingMedia:
            parts = ["\(progress.mediaDone)/\(progress.mediaTotal) images"]
        case .writing:
            parts = ["writing files"]
        }
        if progress.rateLimited { parts.append("rate limited: waiting") }
        return "\(bar) \(percent) " + parts.joined(separator: " · ")
    }
}
