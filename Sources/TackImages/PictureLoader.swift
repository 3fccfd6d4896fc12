import Foundation
import ImageCodecs
import PinterestAPI
import TerminalCanvas

/// Fetches pin pictures and turns them into `TerminalImage`s: the one entry point of the image pipeline.
///
/// `picture(from:fitting:as:)` downloads the file (or reads it from the disk cache), decodes it, and
/// converts it with chafa; the result is kept in a bounded memory cache, so showing a picture again costs
/// nothing. It checks for cancellation between fetching, decoding and converting: cancel the task that
/// calls it when the selection moves on.
public final class PictureLoader: Sendable {
    public struct Configuration: Sendable {
        /// The assumed size of a cell in pixels: what renditions are chosen for, and the pixel size of
        /// graphics-protocol pictures (pass the terminal's real one per call when it is known).
        public var cellPixelSize = Size(width: 10, height: 20)
        /// The memory the converted pictures may take, roughly in bytes.
        public var memoryCacheBytes = 32 * 1024 * 1024
        /// Where downloads are kept between runs; nil keeps nothing on disk.
        public var diskCache: ImageDiskCache? = ImageDiskCache()
        /// The largest picture file downloaded.
        public var maxDownloadBytes = 16 * 1024 * 1024
        /// The most pixels a decoded picture may have (the guard against decompression bombs).
        public var maxPixels = 24_000_000
        public var timeout: Duration = .seconds(30)

        public init() {}
    }

    private struct Key: Hashable, Sendable {
        var url: URL
        var cells: Size
        var output: PictureOutput
        var cellPixelSize: Size
    }

    public let configuration: Configuration
    private let fetcher: ImageFetcher
    private let decoder: ImageDecoder
    private let pictures: LRUCache<Key, TerminalImage>

    /// `transport` is the API client's (an `AsyncHTTPClientTransport`); the loader sends it no credentials.
    public init(transport: any HTTPTransport, configuration: Configuration = Configuration()) {
        self.configuration = configuration
        fetcher = ImageFetcher(transport: transport, maxBytes: configuration.maxDownloadBytes, timeout: configuration.timeout)
        decoder = ImageDecoder(maxPixels: configuration.maxPixels)
        pictures = LRUCache(maxCost: configuration.memoryCacheBytes)
    }

    /// The picture at `url`, fitted into `cells` with its aspect kept (so its size may be smaller than
    /// `cells` in one direction), drawn as `output`. `cellPixelSize` overrides the configured one.
    public func picture(
        from url: URL, fitting cells: Size, as output: PictureOutput, cellPixelSize: Size? = nil
    ) async throws -> TerminalImage {
        let cellPixelSize = cellPixelSize ?? configuration.cellPixelSize
        let key = Key(url: url, cells: cells, output: output, cellPixelSize: cellPixelSize)
        if let picture = pictures.value(for: key) { return picture }
        let bytes = try await file(at: url)
        try Task.checkCancellation()
        let converter = ChafaConverter(fitting: CellFitting(cellPixelSize: cellPixelSize))
        let (image, fitted) = try decode(bytes, fitting: cells, as: output, with: converter.fitting)
        try Task.checkCancellation()
        let picture = converter.convert(image, into: fitted, as: output)
        pictures.insert(picture, cost: picture.memoryCost, for: key)
        return picture
    }

    /// The size and average colour of the picture at `url`, for a placeholder that names them.
    public func summary(from url: URL) async throws -> PictureSummary {
        let bytes = try await file(at: url)
        try Task.checkCancellation()
        do {
            // The colour from a JPEG decoded at an eighth of its size; the size from the header.
            var summary = PictureSummary(image: try decoder.decode(bytes, minimumSize: (1, 1)))
            (summary.pixelWidth, summary.pixelHeight) = try decoder.size(of: bytes)
            return summary
        } catch {
            throw PictureError.codec(error)
        }
    }

    /// The URL of the rendition of `media` to fetch for a picture in `cells`: the smallest that covers them,
    /// of the whole picture unless `allowingCrops` (thumbnails in a grid may take Pinterest's square crop).
    public func renditionURL(
        for media: PinMedia, fitting cells: Size, cellPixelSize: Size? = nil, allowingCrops: Bool = false
    ) -> URL? {
        let fitting = CellFitting(cellPixelSize: cellPixelSize ?? configuration.cellPixelSize)
        return RenditionChoice.url(for: media, coveringPixels: fitting.pixels(of: cells), allowingCrops: allowingCrops)
    }

    /// The file's bytes, from the disk cache or downloaded (and then kept there).
    private func file(at url: URL) async throws -> [UInt8] {
        if let cached = configuration.diskCache?.bytes(for: url) { return cached }
        let bytes = try await fetcher.bytes(from: url)
        // Refused before it is cached, so a bad file is not kept.
        guard ImageFormat(signature: bytes) != nil else { throw PictureError.codec(.unsupportedFormat) }
        configuration.diskCache?.store(bytes, for: url)
        return bytes
    }

    /// Decodes `bytes` no larger than the conversion needs (chafa reads 8x8 pixels a symbol cell, and a
    /// graphics picture has the cells' pixels), with the cells the picture takes, fitted by its full size
    /// (not the decoded one, which rounding may change).
    private func decode(
        _ bytes: [UInt8], fitting cells: Size, as output: PictureOutput, with fitting: CellFitting
    ) throws -> (RGBAImage, Size) {
        do {
            let (width, height) = try decoder.size(of: bytes)
            let fitted = fitting.cells(forPixels: width, height, within: cells)
            let minimumSize = switch output {
            case .symbols: (width: fitted.width * 8, height: fitted.height * 8)
            case .graphics: fitting.pixels(of: fitted)
            }
            return (try decoder.decode(bytes, minimumSize: minimumSize), fitted)
        } catch {
            throw PictureError.codec(error)
        }
    }
}

extension TerminalImage {
    /// Roughly the bytes the picture takes in memory.
    var memoryCost: Int {
        switch content {
        case .cells(let cells): 64 + cells.count * 48
        case .graphics(_, let bytes): 64 + bytes.count
        }
    }
}
