/// What to do to the graphics-protocol pictures on screen for a new frame: which rows to draw again
/// (under sixel and iTerm2 pictures that went or moved: their pixels sit in the cells), whether to
/// delete the kitty pictures (they sit on a layer of their own), and which pictures to write. A
/// picture that stays the same where it is, and is not under a row drawn again, is not written again.
/// Pure: the terminal layer does what it says.
public struct GraphicsUpdate: Hashable, Sendable {
    public var rowsToRepaint: [Range<Int>] = []
    public var deletesKittyPictures = false
    public var toWrite: [GraphicsPlacement] = []

    /// `drawn` is nil when the screen is drawn afresh (everything is written again).
    public init(drawn: [GraphicsPlacement]?, wanted: [GraphicsPlacement]) {
        guard let drawn else {
            deletesKittyPictures = wanted.contains { $0.graphics == .kitty }
            toWrite = wanted
            return
        }
        let gone = drawn.filter { !wanted.contains($0) }
        deletesKittyPictures = gone.contains { $0.graphics == .kitty }
        rowsToRepaint = gone.filter { $0.graphics != .kitty }.map { $0.rect.y..<($0.rect.y + $0.rect.height) }
        toWrite = wanted.filter { placement in
            guard drawn.contains(placement) else { return true }
            if placement.graphics == .kitty { return deletesKittyPictures }
            let rows = placement.rect.y..<(placement.rect.y + placement.rect.height)
            return rowsToRepaint.contains { $0.overlaps(rows) }
        }
    }
}
