import TackCore
import TerminalCanvas

/// The gallery of the pin list on view, titled as its list pane is.
extension AppView {
    static func drawGallery(
        _ gallery: GalleryView, _ state: AppState, in box: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) -> [GraphicsPlacement] {
        let (title, pins, empty) = switch state.screen {
        case .myPins:
            ("My pins", state.myPinsScreen.pins, "No pins yet")
        default:
            (
                [state.boardsScreen.chosenBoard?.name, state.boardsScreen.chosenSection?.name].compactMap(\.self).joined(separator: " › "),
                state.boardsScreen.pins, state.boardsScreen.chosenBoard == nil ? "Open a board to see its pins" : "No pins here"
            )
        }
        let shown = pins.isLoading && pins.visibleCount == 0 ? "loading pins…" : empty
        return GalleryPaneView.draw(
            gallery, title: title.isEmpty ? "Pins" : title, count: pins.visibleCount, empty: shown, in: box, state,
            on: &buffer, theme: theme)
    }
}
