import TackCore
import TerminalCanvas

/// What the screen shows instead of the panes when the terminal is below the minimum size.
public enum TooSmallView {
    public static func render(size: Size, theme: Theme) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size, style: theme.style(.text))
        let minimum = ScreenLayout.minimumSize
        let lines = [
            "Terminal too small: \(size.width)x\(size.height) (need \(minimum.width)x\(minimum.height))",
            "Enlarge the window to continue",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let shown = TextWidth.truncate(line, toColumns: size.width)
            let x = max(0, (size.width - TextWidth.columns(of: shown)) / 2)
            buffer.write(shown, x: x, y: top + index, style: theme.style(index == 0 ? .warning : .muted))
        }
        return buffer
    }
}
