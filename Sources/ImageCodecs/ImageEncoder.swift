import CImageCodecs

/// Encodes RGBA pictures as JPEG (libjpeg-turbo), PNG (libpng) or WebP (libwebp).
public enum ImageEncoder {
    /// A baseline JPEG with 4:2:0 chroma subsampling; `quality` 1...100.
    public static func jpeg(_ image: RGBAImage, quality: Int = 85) throws(ImageCodecError) -> [UInt8] {
        try withTurboJPEG(decompressing: false) { handle throws(ImageCodecError) in
            var output: UnsafeMutablePointer<UInt8>?
            var size: UInt = 0
            let status = image.pixels.withUnsafeBufferPointer { pixels in
                tjCompress2(
                    handle, pixels.baseAddress, Int32(image.width), 0, Int32(image.height), Int32(TJPF_RGBA.rawValue),
                    &output, &size, Int32(TJSAMP_420.rawValue), Int32(quality), TJFLAG_FASTDCT)
            }
            defer { tjFree(output) }
            guard status == 0, let output else { throw .corrupt(.jpeg, String(cString: tjGetErrorStr2(handle))) }
            return Array(UnsafeBufferPointer(start: output, count: Int(size)))
        }
    }

    /// An 8-bit RGBA PNG.
    public static func png(_ image: RGBAImage) throws(ImageCodecError) -> [UInt8] {
        var header = png_image()
        header.version = UInt32(PNG_IMAGE_VERSION)
        header.width = UInt32(image.width)
        header.height = UInt32(image.height)
        header.format = PNGFormat.rgba
        var size = 0
        // The first call measures, the second writes.
        let measured = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(&header, nil, &size, 0, $0.baseAddress, 0, nil)
        }
        guard measured != 0 else { throw .corrupt(.png, PNGFormat.message(header)) }
        var output = [UInt8](repeating: 0, count: size)
        let written = output.withUnsafeMutableBytes { target in
            image.pixels.withUnsafeBytes {
                png_image_write_to_memory(&header, target.baseAddress, &size, 0, $0.baseAddress, 0, nil)
            }
        }
        guard written != 0 else { throw .corrupt(.png, PNGFormat.message(header)) }
        return Array(output.prefix(size))
    }

    /// A lossy WebP; `quality` 0...100.
    public static func webp(_ image: RGBAImage, quality: Float = 80) throws(ImageCodecError) -> [UInt8] {
        var output: UnsafeMutablePointer<UInt8>?
        let size = image.pixels.withUnsafeBufferPointer {
            WebPEncodeRGBA($0.baseAddress, Int32(image.width), Int32(image.height), Int32(image.width * 4), quality, &output)
        }
        defer { WebPFree(output) }
        guard size > 0, let output else { throw .corrupt(.webp, "the encoder refused the pixels") }
        return Array(UnsafeBufferPointer(start: output, count: size))
    }
}
