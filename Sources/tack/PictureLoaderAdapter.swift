import Foundation
import TackCore
import TackImages
import TerminalCanvas

/// Loads the pictures the store asks for with TackImages' `PictureLoader`: picks the rendition for
/// the box (a gallery tile may take Pinterest's square crop), converts it with the renderer chosen for this terminal (symbols in the colours it shows),
/// and inside tmux wraps kitty and iTerm2 sequences for its passthrough.
struct PictureLoaderAdapter: PictureLoading {
    let loader: PictureLoader
    let colors: ColorCapability
    let insideTmux: Bool

    func picture(for request: PictureRequest) async throws -> TerminalImage {
        guard let url = loader.renditionURL(for: request.media, fitting: request.box, allowingCrops: request.isThumbnail) else {
            throw PictureLoadError("the pin has no image")
        }
        let image = try await loader.picture(from: url, fitting: request.box, as: try output(for: request.renderer))
        guard insideTmux, case .graphics(let graphics, let bytes) = image.content, graphics != .sixel else { return image }
        // tmux draws sixel itself; kitty and iTerm2 sequences go through to the terminal around it.
        let wrapped = TerminalQueries.tmuxPassthrough(String(decoding: bytes, as: UTF8.self))
        return TerminalImage(size: image.size, content: .graphics(graphics, Array(wrapped.utf8)))
    }

    private func output(for renderer: TackCore.PictureRenderer) throws -> PictureOutput {
        switch renderer {
        case .symbols: .symbols(.halfBlocks, colors == .indexed256 ? .palette256 : .palette16)
        case .graphics(let graphics): .graphics(graphics)
        case .framed, .off: throw PictureLoadError("pictures are not drawn on this terminal")
        }
    }
}
