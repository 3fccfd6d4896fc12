import PinterestAPI
import TackCore
import TerminalCanvas

/// The gallery in place of the list panes: a box titled with the list it shows, and a grid of tiles,
/// each the pin's picture with its title under it (after the selection and mark glyphs, the selected
/// tile's title drawn selected). Returns the graphics-protocol pictures to write over the frame.
enum GalleryPaneView {
    static func draw(
        _ gallery: GalleryView, title: String, count: Int, empty: String, in box: Rect, _ state: AppState,
        on buffer: inout ScreenBuffer, theme: Theme
    ) -> [GraphicsPlacement] {
        buffer.fill(box, style: theme.style(.text))
        let position = gallery.pins.isEmpty ? "" : " · \(gallery.first + 1)–\(gallery.first + gallery.pins.count) of \(count)"
        buffer.drawBox(box, style: theme.style(.borderFocused), title: "Gallery · \(title)\(position)", titleStyle: theme.style(.titleFocused))
        let layout = gallery.layout
        guard !gallery.pins.isEmpty else {
            buffer.write(empty, x: layout.area.x, y: layout.area.y, style: theme.style(.muted), maxWidth: layout.area.width)
            return []
        }
        var placements: [GraphicsPlacement] = []
        for (offset, pin) in gallery.pins.enumerated() {
            guard let tile = layout.tile(gallery.first + offset, first: gallery.first) else { continue }
            let pictureBox = Rect(x: tile.x, y: tile.y, width: layout.pictureBox.width, height: layout.pictureBox.height)
            if state.pictureRenderer != .off, pin.pictureRenditions != nil {
                let slot = state.pictureSlot(for: pin, box: pictureBox.size, isThumbnail: true)
                if let placement = PictureView.draw(slot, in: pictureBox, on: &buffer, theme: theme) { placements.append(placement) }
            }
            let selected = pin.id == gallery.selectedId
            let caption = glyphs(for: pin, selected: selected, state) + pin.displayTitle
            let style = theme.style(selected ? .selection : .text)
            let titleRow = tile.y + layout.pictureBox.height
            if selected { buffer.fill(Rect(x: tile.x, y: titleRow, width: tile.width, height: 1), style: style) }
            buffer.write(TextWidth.truncate(TextSanitizer.sanitize(caption), toColumns: tile.width), x: tile.x, y: titleRow, style: style, maxWidth: tile.width)
        }
        return placements
    }

    /// "▸ " on the selected tile, then the mark glyph of a marked pin (or one in the range being marked).
    private static func glyphs(for pin: Pin, selected: Bool, _ state: AppState) -> String {
        let marks = state.marks
        let mark: RowMarker? = marks.rangeAnchor == pin.id ? .rangeAnchor
            : marks.isInRange(pin.id) ? .inRange : marks.isMarked(pin.id) ? .marked : nil
        return (selected ? RowMarker.selection.glyph + " " : "") + (mark.map { $0.glyph + " " } ?? "")
    }
}
