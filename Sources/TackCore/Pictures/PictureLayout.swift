import TerminalCanvas

/// Where a picture goes in a detail area (the detail pane's text area, the pin view's): beside the
/// fields when that leaves them a column of `DetailLayout.minimumColumnWidth`, else above them when
/// the area is tall enough, else nowhere. One source for the views and for the reducer that scrolls
/// the fields and asks for pictures of the right size.
public enum PictureLayout {
    /// Blank columns between a picture beside the fields and them, and rows below one above them.
    public static let gap = 2
    /// The fewest rows a picture above the fields takes, and the fewest left to the fields under it.
    public static let minimumRows = 5

    /// The picture's box and the fields' area in `area`; the box is nil when no picture fits.
    public static func split(_ area: Rect) -> (picture: Rect?, fields: Rect) {
        guard area.width > 0, area.height > 0 else { return (nil, area) }
        // A cell is about twice as tall as wide: a square picture takes twice as many columns as rows.
        let besideWidth = min(area.height * 2, area.width * 2 / 5)
        if besideWidth >= 8, area.width - besideWidth - gap >= DetailLayout.minimumColumnWidth {
            let picture = Rect(x: area.x, y: area.y, width: besideWidth, height: area.height)
            let fields = Rect(x: area.x + besideWidth + gap, y: area.y, width: area.width - besideWidth - gap, height: area.height)
            return (picture, fields)
        }
        let aboveHeight = min(area.height / 2, area.width / 2)
        guard aboveHeight >= minimumRows, area.height - aboveHeight - 1 >= minimumRows else { return (nil, area) }
        let picture = Rect(x: area.x, y: area.y, width: area.width, height: aboveHeight)
        let fields = Rect(x: area.x, y: area.y + aboveHeight + 1, width: area.width, height: area.height - aboveHeight - 1)
        return (picture, fields)
    }

    /// Where a picture of `size` sits in `box`: centred across, at the top.
    public static func placement(of size: Size, in box: Rect) -> Rect {
        let width = min(size.width, box.width), height = min(size.height, box.height)
        return Rect(x: box.x + (box.width - width) / 2, y: box.y, width: width, height: height)
    }
}
