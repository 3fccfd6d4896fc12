import CImageCodecs

/// Decodes JPEG (libjpeg-turbo), PNG (libpng) and WebP (libwebp) to RGBA, choosing the codec by the bytes'
/// signature. The size in the header is checked against a pixel budget before any pixel memory is taken,
/// so a small file that claims a huge picture (a decompression bomb) is refused, not decoded.
public struct ImageDecoder: Sendable {
    /// The most pixels a decoded picture may have: 4 bytes each.
    public var maxPixels: Int

    /// The default budget, 24 megapixels (96 MB of RGBA), is more than any pin rendition needs.
    public init(maxPixels: Int = 24_000_000) {
        self.maxPixels = maxPixels
    }

    /// Decodes `bytes`. A JPEG is decoded at the smallest of libjpeg-turbo's scales (1/8 to 1) that is still
    /// at least `minimumSize` (width, height) when one is given: the decoder then does a fraction of the work.
    public func decode(_ bytes: [UInt8], minimumSize: (width: Int, height: Int)? = nil) throws(ImageCodecError) -> RGBAImage {
        guard let format = ImageFormat(signature: bytes) else { throw .unsupportedFormat }
        switch format {
        case .jpeg: return try decodeJPEG(bytes, minimumSize: minimumSize)
        case .png: return try decodePNG(bytes)
        case .webp: return try decodeWebP(bytes)
        }
    }

    /// The width and height the header of `bytes` declares, without decoding pixels.
    public func size(of bytes: [UInt8]) throws(ImageCodecError) -> (width: Int, height: Int) {
        guard let format = ImageFormat(signature: bytes) else { throw .unsupportedFormat }
        switch format {
        case .jpeg:
            return try withTurboJPEG(decompressing: true) { handle throws(ImageCodecError) in
                let header = try jpegHeader(bytes, handle)
                return (header.width, header.height)
            }
        case .png:
            var image = png_image()
            defer { png_image_free(&image) }
            try beginPNG(bytes, &image)
            return (Int(image.width), Int(image.height))
        case .webp:
            return try webpSize(bytes)
        }
    }

    private func checkBudget(width: Int, height: Int) throws(ImageCodecError) {
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard width > 0, height > 0, !overflow, pixels <= maxPixels else {
            throw .tooManyPixels(width: width, height: height, limit: maxPixels)
        }
    }

    // MARK: JPEG

    private func decodeJPEG(_ bytes: [UInt8], minimumSize: (width: Int, height: Int)?) throws(ImageCodecError) -> RGBAImage {
        try withTurboJPEG(decompressing: true) { handle throws(ImageCodecError) in
            let header = try jpegHeader(bytes, handle)
            let (width, height) = Self.scaledJPEGSize(header.width, header.height, minimumSize: minimumSize)
            try checkBudget(width: width, height: height)
            var pixels = [UInt8](repeating: 0, count: width * height * 4)
            let status = bytes.withUnsafeBufferPointer { source in
                pixels.withUnsafeMutableBufferPointer { target in
                    tjDecompress2(
                        handle, source.baseAddress, UInt(source.count), target.baseAddress, Int32(width), 0,
                        Int32(height), Int32(TJPF_RGBA.rawValue), TJFLAG_FASTDCT)
                }
            }
            // A warning (a truncated file still gives most of the picture) is not a failure.
            if status != 0, tjGetErrorCode(handle) == Int32(TJERR_FATAL.rawValue) {
                throw .corrupt(.jpeg, String(cString: tjGetErrorStr2(handle)))
            }
            return RGBAImage(width: width, height: height, pixels: pixels)
        }
    }

    private func jpegHeader(_ bytes: [UInt8], _ handle: tjhandle) throws(ImageCodecError) -> (width: Int, height: Int) {
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        let status = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colorspace)
        }
        guard status == 0 else { throw .corrupt(.jpeg, String(cString: tjGetErrorStr2(handle))) }
        return (Int(width), Int(height))
    }

    /// The smallest of libjpeg-turbo's scales that keeps the picture at least `minimumSize`.
    static func scaledJPEGSize(_ width: Int, _ height: Int, minimumSize: (width: Int, height: Int)?) -> (Int, Int) {
        guard let minimumSize else { return (width, height) }
        // 1/8, 1/4, 3/8, 1/2, 5/8, 3/4, 7/8: the scales libjpeg-turbo decodes with its fast IDCTs.
        for numerator in 1...7 {
            let scaledWidth = (width * numerator + 7) / 8, scaledHeight = (height * numerator + 7) / 8
            if scaledWidth >= minimumSize.width && scaledHeight >= minimumSize.height {
                return (scaledWidth, scaledHeight)
            }
        }
        return (width, height)
    }

    // MARK: PNG

    private func decodePNG(_ bytes: [UInt8]) throws(ImageCodecError) -> RGBAImage {
        var image = png_image()
        defer { png_image_free(&image) }
        try beginPNG(bytes, &image)
        let width = Int(image.width), height = Int(image.height)
        try checkBudget(width: width, height: height)
        image.format = PNGFormat.rgba
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        let finished = pixels.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
        guard finished != 0 else { throw .corrupt(.png, PNGFormat.message(image)) }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    private func beginPNG(_ bytes: [UInt8], _ image: inout png_image) throws(ImageCodecError) {
        image.version = UInt32(PNG_IMAGE_VERSION)
        let begun = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard begun != 0 else { throw .corrupt(.png, PNGFormat.message(image)) }
    }

    // MARK: WebP

    private func decodeWebP(_ bytes: [UInt8]) throws(ImageCodecError) -> RGBAImage {
        let (width, height) = try webpSize(bytes)
        try checkBudget(width: width, height: height)
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        let decoded = bytes.withUnsafeBufferPointer { source in
            pixels.withUnsafeMutableBufferPointer { target in
                WebPDecodeRGBAInto(source.baseAddress, source.count, target.baseAddress, target.count, Int32(width * 4))
            }
        }
        guard decoded != nil else { throw .corrupt(.webp, "the decoder refused the data") }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    private func webpSize(_ bytes: [UInt8]) throws(ImageCodecError) -> (width: Int, height: Int) {
        var width: Int32 = 0, height: Int32 = 0
        guard bytes.withUnsafeBufferPointer({ WebPGetInfo($0.baseAddress, $0.count, &width, &height) }) != 0 else {
            throw .corrupt(.webp, "the header is not valid")
        }
        return (Int(width), Int(height))
    }
}

/// Runs `body` with a libjpeg-turbo handle, destroyed afterwards.
func withTurboJPEG<Result>(
    decompressing: Bool, _ body: (tjhandle) throws(ImageCodecError) -> Result
) throws(ImageCodecError) -> Result {
    guard let handle = decompressing ? tjInitDecompress() : tjInitCompress() else {
        throw .corrupt(.jpeg, String(cString: tjGetErrorStr2(nil)))
    }
    defer { tjDestroy(handle) }
    return try body(handle)
}

/// libpng's simplified API: its format constants (macros Swift does not import) and its error text.
enum PNGFormat {
    /// `PNG_FORMAT_RGBA`: colour and alpha, 8 bits a channel.
    static let rgba: UInt32 = 0x03

    static func message(_ image: png_image) -> String {
        withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
