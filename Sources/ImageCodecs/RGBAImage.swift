/// A decoded picture: 8-bit RGBA pixels (not premultiplied), row by row, four bytes a pixel.
public struct RGBAImage: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public let pixels: [UInt8]

    /// `pixels` must hold exactly `width * height * 4` bytes.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width > 0 && height > 0 && pixels.count == width * height * 4, "RGBA pixels do not match the size")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// A picture whose every pixel is `pixel(x, y)` (red, green, blue; opaque).
    public init(width: Int, height: Int, pixel: (Int, Int) -> (UInt8, UInt8, UInt8)) {
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let (red, green, blue) = pixel(x, y)
                let offset = (y * width + x) * 4
                pixels[offset] = red
                pixels[offset + 1] = green
                pixels[offset + 2] = blue
            }
        }
        self.init(width: width, height: height, pixels: pixels)
    }
}
