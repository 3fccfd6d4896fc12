import PinterestAPI
import TerminalCanvas

/// The gallery: the open pin list (a board's or a section's pins, My pins) as a grid of pictures with
/// their titles, in place of the list panes while the pins have the focus. It moves with the list keys
/// (up and down by a row of tiles, a page by the rows in view) and left and right by one tile; marks
/// and the pin keys act as in the list.
extension AppState {
    /// Whether the gallery is drawn: it is on and the pin list on view has the focus.
    public var isGalleryOnView: Bool {
        guard showGallery else { return false }
        switch screen {
        case .boards: return boardsScreen.focus == .pins
        case .myPins: return myPinsScreen.focus == .pins
        case .account, .analytics: return false
        }
    }

    /// The gallery's box on this terminal: where the list panes go.
    public var galleryBox: Rect? {
        guard isGalleryOnView else { return nil }
        return layout?.lists
    }

    /// The gallery as drawn, or nil when it is not on view.
    public var galleryOnView: GalleryView? {
        guard let box = galleryBox, let pane = activePinsPane else { return nil }
        let layout = GalleryLayout(area: ScreenLayout.rowArea(ofListPaneIn: box))
        return readingPins(of: pane) { pins in
            let first = layout.firstVisible(selected: pins.selectedIndex ?? 0)
            let end = min(pins.visibleCount, first + layout.pageSize)
            return GalleryView(
                layout: layout, first: first, pins: pins.visibleRows(in: first..<max(first, end)), selectedId: pins.selectedID)
        }
    }

    /// Shows the open pin list as a gallery, or as rows again; showing it gives the pins the focus.
    mutating func toggleGallery() {
        guard activePinsPane != nil else {
            statusMessage = "No pin list here to show as a gallery"
            return
        }
        showGallery.toggle()
        if showGallery {
            if screen == .boards { boardsScreen.focus = .pins }
            if screen == .myPins { myPinsScreen.focus = .pins }
        }
        statusMessage = showGallery ? "Gallery: pictures of the pins" : "List of the pins"
    }

    /// The commands that move through the gallery, and how: a list movement and the step of a "page".
    static func galleryMovement(for command: Command, in layout: GalleryLayout) -> (ListMovement, step: Int)? {
        switch command {
        case .moveUp: (.pageUp, layout.columns)
        case .moveDown: (.pageDown, layout.columns)
        case .focusLeft: (.up, 1)
        case .focusRight: (.down, 1)
        case .pageUp: (.pageUp, layout.pageSize)
        case .pageDown: (.pageDown, layout.pageSize)
        case .goTop: (.top, 1)
        case .goBottom: (.bottom, 1)
        default: nil
        }
    }

    /// Moves the selection through the gallery, extending a range being marked; nil when `command`
    /// does not move in it.
    mutating func moveInGallery(_ command: Command) -> Effect? {
        guard let gallery = galleryOnView, let pane = activePinsPane,
              let (movement, step) = Self.galleryMovement(for: command, in: gallery.layout) else { return nil }
        let effect = apply(.move(movement), to: pane, pageRows: step)
        extendMarkedRange()
        return effect
    }
}
