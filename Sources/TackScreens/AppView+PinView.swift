import TackCore
import TerminalCanvas

/// The pin view over the body of the screen (enter on a pin): the pin's title, then every field in one
/// column as wide as the screen, each value wrapped, scrolled to where the reducer left it.
extension AppView {
    static func drawPinView(
        _ content: DetailContent, scroll: Int, _ state: AppState, layout: ScreenLayout, on buffer: inout ScreenBuffer,
        theme: Theme
    ) {
        let box = layout.body
        buffer.fill(box, style: theme.style(.text))
        let back = key(for: .back, in: .pinView, state).map { " · \($0) back" } ?? ""
        buffer.drawBox(box, style: theme.style(.borderFocused), title: content.kind + back, titleStyle: theme.style(.titleFocused))
        let area = ScreenLayout.pinViewTextArea(ofBox: box)
        let lines = DetailLayout.document(content, width: area.width)
        DetailPaneView.drawScrolled(lines, from: scroll, in: area, box: box, on: &buffer, theme: theme)
    }
}
