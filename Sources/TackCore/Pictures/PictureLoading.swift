import TerminalCanvas

/// Fetches a pin's image and converts it for the terminal. The store runs it for every `.picture`
/// effect and sends its answer back as `.pictureLoaded` or `.pictureFailed`; tests give a fake.
public protocol PictureLoading: Sendable {
    /// The picture of `request`, fitted into its box; throws when it cannot be fetched or decoded.
    /// Cancelled when the effect is (the selection moved on).
    func picture(for request: PictureRequest) async throws -> TerminalImage
}

/// Loads nothing: every picture fails with `reason` (the store's default, for apps without pictures).
public struct NoPictures: PictureLoading {
    public var reason: String

    public init(reason: String = "pictures are not available") { self.reason = reason }

    public func picture(for request: PictureRequest) async throws -> TerminalImage {
        throw PictureLoadError(reason)
    }
}

/// Why a picture did not load, in words for the detail pane.
public struct PictureLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
