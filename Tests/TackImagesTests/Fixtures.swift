import ImageCodecs

/// Pictures the tests draw and encode themselves.
enum Fixtures {
    /// A diagonal gradient from red to blue with a green square in the middle.
    static func gradient(width: Int, height: Int) -> RGBAImage {
        RGBAImage(width: width, height: height) { x, y in
            let inSquare = abs(x - width / 2) < width / 6 && abs(y - height / 2) < height / 6
            if inSquare { return (20, 200, 40) }
            let t = Double(x + y) / Double(width + height)
            return (UInt8(255 * (1 - t)), 30, UInt8(255 * t))
        }
    }

    /// One colour all over.
    static func solid(width: Int, height: Int, _ color: (UInt8, UInt8, UInt8)) -> RGBAImage {
        RGBAImage(width: width, height: height) { _, _ in color }
    }
}
