import TackCore
import TerminalCanvas

/// The dialog of a bulk move or delete: a progress bar while the requests run, then the summary
/// of what succeeded and what failed, with the keys that dismiss it.
enum BulkDialogView {
    static let maximumWidth = 64

    static func box(_ operation: BulkOperation, keymap: Keymap, in screen: Rect) -> ModalBox {
        let frameWidth = min(screen.width - 8, maximumWidth)
        let width = frameWidth - 2 * ModalBox.sideInset
        var lines: [[RoleSpan]] = [progressBar(done: operation.completedCount, of: operation.ids.count, width: width)]
        if operation.isFinished {
            let role: ThemeRole = operation.failedIDs.isEmpty ? .success : .error
            lines += TextWrap.lines(operation.summary, columns: width).map { [RoleSpan($0, role)] }
            if !operation.failedIDs.isEmpty {
                lines += TextWrap.lines("The pins that failed stay marked, to try again.", columns: width).map { [RoleSpan($0, .muted)] }
            }
            let keys = ConfirmDialogView.dialogKeys(keymap)
            let dismiss = [keys.confirm, keys.cancel].compactMap { $0 }.joined(separator: " / ")
            lines += [[], dismiss.isEmpty ? [] : RoleSpan.keyHints([KeyHintItem(key: dismiss, label: "close")], width: width)]
        } else {
            lines.append([RoleSpan(operation.progressText + "…", .loading)])
        }
        return ModalBox(frame: ModalBox.frame(width: frameWidth, contentHeight: lines.count, in: screen), title: title(operation.kind), lines: lines)
    }

    /// "██████░░░░ 3/5": the completed share of `width` columns filled.
    static func progressBar(done: Int, of total: Int, width: Int) -> [RoleSpan] {
        let count = " \(done)/\(total)"
        let barWidth = max(0, width - TextWidth.columns(of: count))
        let filled = total == 0 ? barWidth : barWidth * done / total
        return [
            RoleSpan(String(repeating: "█", count: filled), .success),
            RoleSpan(String(repeating: "░", count: barWidth - filled), .muted),
            RoleSpan(count, .count),
        ]
    }

    private static func title(_ kind: BulkOperation.Kind) -> String {
        switch kind {
        case .move: "Moving pins"
        case .delete: "Deleting pins"
        }
    }
}
