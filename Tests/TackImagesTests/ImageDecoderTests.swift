import ImageCodecs
import Testing

@Suite struct ImageDecoderTests {
    let source = Fixtures.gradient(width: 64, height: 48)

    @Test(arguments: ImageFormat.allCases)
    func decodesWhatTheEncoderWrote(format: ImageFormat) throws {
        let bytes = try Self.encode(source, as: format)
        #expect(ImageFormat(signature: bytes) == format)
        let decoded = try ImageDecoder().decode(bytes)
        #expect(decoded.width == 64 && decoded.height == 48)
        // Lossy formats come back close, PNG exactly; the green square survives all three.
        if format == .png { #expect(decoded == source) }
        let centre = (24 * 64 + 32) * 4
        #expect(decoded.pixels[centre + 1] > 150 && decoded.pixels[centre] < 80 && decoded.pixels[centre + 2] < 90)
        #expect(try ImageDecoder().size(of: bytes) == (64, 48))
    }

    @Test func refusesWhatIsNoPicture() {
        #expect(throws: ImageCodecError.unsupportedFormat) { try ImageDecoder().decode(Array("GIF89a not really".utf8)) }
        #expect(throws: ImageCodecError.unsupportedFormat) { try ImageDecoder().decode([]) }
    }

    @Test func refusesABrokenPicture() throws {
        let bytes = try ImageEncoder.png(source)
        #expect(throws: ImageCodecError.self) { try ImageDecoder().decode(Array(bytes.prefix(40))) }
    }

    /// A picture whose header claims more pixels than the budget is refused before its pixels are
    /// allocated, whichever the format.
    @Test(arguments: ImageFormat.allCases)
    func refusesMorePixelsThanTheBudget(format: ImageFormat) throws {
        let bytes = try Self.encode(source, as: format)
        #expect(throws: ImageCodecError.tooManyPixels(width: 64, height: 48, limit: 1000)) {
            try ImageDecoder(maxPixels: 1000).decode(bytes)
        }
    }

    /// A JPEG claiming 60000x60000 pixels (a few hundred bytes: the header patched) is refused without
    /// an attempt to allocate 14 GB.
    @Test func refusesAJPEGBomb() throws {
        var bytes = try ImageEncoder.jpeg(Fixtures.solid(width: 16, height: 16, (9, 9, 9)))
        // The SOF0 segment: FF C0, length (2), precision (1), height (2), width (2).
        let sof = try #require(bytes.indices.dropLast().first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC0 })
        bytes.replaceSubrange(sof + 5...sof + 8, with: [0xEA, 0x60, 0xEA, 0x60])
        #expect(throws: ImageCodecError.tooManyPixels(width: 60000, height: 60000, limit: 24_000_000)) {
            try ImageDecoder().decode(bytes)
        }
    }

    @Test func decodesAJPEGAtAReducedScaleWhenAllowed() throws {
        let bytes = try ImageEncoder.jpeg(Fixtures.gradient(width: 600, height: 750))
        let decoded = try ImageDecoder().decode(bytes, minimumSize: (width: 160, height: 160))
        // 2/8 gives 150x188, too narrow; 3/8 gives 225x282.
        #expect(decoded.width == 225 && decoded.height == 282)
    }

    static func encode(_ image: RGBAImage, as format: ImageFormat) throws -> [UInt8] {
        switch format {
        case .jpeg: try ImageEncoder.jpeg(image, quality: 95)
        case .png: try ImageEncoder.png(image)
        case .webp: try ImageEncoder.webp(image, quality: 95)
        }
    }
}
