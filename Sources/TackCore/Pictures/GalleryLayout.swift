import TerminalCanvas

/// The gallery's grid in the area inside its border: as many tiles across as fit `minimumTileWidth`
/// columns, each a picture with the pin's title on the line under it; the rows in view are the page
/// holding the selection. One source for the view and for the reducer that moves through the grid.
public struct GalleryLayout: Hashable, Sendable {
    public static let minimumTileWidth = 18
    /// Columns between tiles, and rows between a tile's title and the next row's picture.
    public static let gap = 1
    /// Lines under a tile's picture: its title.
    public static let titleLines = 1

    public var area: Rect
    public var columns: Int
    public var rows: Int
    public var tileSize: Size

    public init(area: Rect) {
        self.area = area
        columns = max(1, (area.width + Self.gap) / (Self.minimumTileWidth + Self.gap))
        let tileWidth = max(1, (area.width - Self.gap * (columns - 1)) / columns)
        // Roughly square pictures (a cell is twice as tall as wide), but at least two rows in view
        // when the area allows it.
        let squareHeight = tileWidth / 2 + Self.titleLines
        let halfHeight = (area.height - Self.gap) / 2
        let tileHeight = max(Self.titleLines + 2, min(squareHeight, max(halfHeight, Self.titleLines + 2)))
        rows = max(1, (area.height + Self.gap) / (tileHeight + Self.gap))
        tileSize = Size(width: tileWidth, height: tileHeight)
    }

    /// The box a tile's picture fits in.
    public var pictureBox: Size { Size(width: tileSize.width, height: max(1, tileSize.height - Self.titleLines)) }

    /// Tiles in view at once.
    public var pageSize: Int { columns * rows }

    /// The first item in view when item `selected` is selected: the start of its page.
    public func firstVisible(selected: Int) -> Int {
        (max(0, selected) / pageSize) * pageSize
    }

    /// The rectangle of the tile showing item `index`, when `first` is the first item in view.
    public func tile(_ index: Int, first: Int) -> Rect? {
        let offset = index - first
        guard offset >= 0, offset < pageSize else { return nil }
        let column = offset % columns, row = offset / columns
        return Rect(
            x: area.x + column * (tileSize.width + Self.gap), y: area.y + row * (tileSize.height + Self.gap),
            width: tileSize.width, height: tileSize.height)
    }
}
