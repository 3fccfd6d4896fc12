import TackCore
import TerminalCanvas

/// The pin view over the body of the screen (enter on a pin): the pin's title, then every field in one
/// column as wide as the screen (beside or under the pin's picture), each value wrapped, scrolled to
/// where the reducer left it. Returns the picture for the terminal layer to write, if it is one.
extension AppView {
    static func drawPinView(
        _ content: DetailContent, scroll: Int, _ state: AppState, layout: ScreenLayout, on buffer: inout ScreenBuffer,
        theme: Theme
    ) -> GraphicsPlacement? {
        let box = layout.body
        buffer.fill(box, style: theme.style(.text))
        let back = key(for: .back, in: .pinView, state).map { " · \($0) back" } ?? ""
        buffer.drawBox(box, style: theme.style(.borderFocused), title: content.kind + back, titleStyle: theme.style(.titleFocused))
        let area = state.pinViewAreas?.fields ?? ScreenLayout.pinViewTextArea(ofBox: box)
        var placement: GraphicsPlacement?
        if let pin = state.pinViewPin, let pictureBox = state.pinViewAreas?.picture {
            placement = PictureView.draw(state.pictureSlot(for: pin, box: pictureBox.size), in: pictureBox, on: &buffer, theme: theme)
        }
        let lines = DetailLayout.document(content, width: area.width)
        DetailPaneView.drawScrolled(lines, from: scroll, in: area, box: box, on: &buffer, theme: theme)
        return placement
    }
}
