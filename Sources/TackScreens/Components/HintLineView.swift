import TackCore
import TerminalCanvas

/// The line shown after a sequence prefix was pressed: what each next key would do ("g → g top · e bottom").
public enum HintLineView {
    public static func draw(
        prefix: String, continuations: [KeyHint], in rect: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let style = theme.style(.hint)
        buffer.fill(rect, style: style)
        var x = rect.x + 1
        x += buffer.write("\(prefix) →", x: x, y: rect.y, style: theme.style(.statusKey), maxWidth: rect.maxX - x)
        for (index, hint) in continuations.enumerated() where x < rect.maxX - 1 {
            x += buffer.write(index == 0 ? " " : " · ", x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
            x += buffer.write(hint.remaining, x: x, y: rect.y, style: theme.style(.statusKey), maxWidth: rect.maxX - x)
            x += buffer.write(" " + hint.description, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
        }
    }
}
