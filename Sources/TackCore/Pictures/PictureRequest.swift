import PinterestAPI
import TerminalCanvas

/// One picture to fetch and convert: a pin's image, fitted into `box` cells, drawn with `renderer`.
public struct PictureRequest: Hashable, Sendable {
    public var pinId: String
    /// The pin's media; the loader picks the smallest rendition that fills the box.
    public var media: PinMedia
    /// The most cells the picture may take; it keeps its proportions inside them.
    public var box: Size
    public var renderer: PictureRenderer
    /// A gallery tile: Pinterest's square crop will do, where the detail wants the whole picture.
    public var isThumbnail: Bool

    public init(pinId: String, media: PinMedia, box: Size, renderer: PictureRenderer, isThumbnail: Bool = false) {
        self.pinId = pinId
        self.media = media
        self.box = box
        self.renderer = renderer
        self.isThumbnail = isThumbnail
    }

    /// What the picture is kept under once loaded.
    public var key: PictureKey { PictureKey(pinId: pinId, box: box, isThumbnail: isThumbnail) }
}

/// A pin's picture at one size: moving back to a pin shown at the same size finds it loaded.
public struct PictureKey: Hashable, Sendable, CustomStringConvertible {
    public var pinId: String
    public var box: Size
    public var isThumbnail: Bool

    public init(pinId: String, box: Size, isThumbnail: Bool = false) {
        self.pinId = pinId
        self.box = box
        self.isThumbnail = isThumbnail
    }

    public var description: String { "\(pinId)@\(box.width)x\(box.height)\(isThumbnail ? "t" : "")" }
}
