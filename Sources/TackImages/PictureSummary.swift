import Foundation
import ImageCodecs
import PinterestAPI
import TerminalCanvas

/// What a placeholder says of a picture where none can be drawn (no colour, no UTF-8, or while it loads):
/// its size in pixels and its dominant colour, in plain ASCII.
public struct PictureSummary: Hashable, Sendable {
    public var pixelWidth: Int?
    public var pixelHeight: Int?
    /// Red, green and blue.
    public var dominantColor: RGB?

    public struct RGB: Hashable, Sendable {
        public var red: UInt8
        public var green: UInt8
        public var blue: UInt8

        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `#RRGGBB` (or `RRGGBB`), as Pinterest gives `dominant_color`.
        public init?(hex: String) {
            let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
            guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
            self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
        }

        public var hex: String { String(format: "#%02X%02X%02X", red, green, blue) }
        public var color: Color { .rgb(red, green, blue) }
    }

    public init(pixelWidth: Int?, pixelHeight: Int?, dominantColor: RGB?) {
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.dominantColor = dominantColor
    }

    /// From a pin's data, with nothing downloaded: its largest rendition's size and its `dominant_color`.
    public init(pin: Pin) {
        let largest = (pin.media?.imageSizes ?? []).filter { $0.width != nil }.max { $0.width! < $1.width! }
        self.init(
            pixelWidth: largest?.width, pixelHeight: largest?.height,
            dominantColor: pin.dominantColor.flatMap(RGB.init(hex:)))
    }

    /// From a decoded picture: its size and the average of its pixels.
    public init(image: RGBAImage) {
        var sums = (red: 0, green: 0, blue: 0)
        let step = max(1, image.width * image.height / 4096) * 4
        var count = 0
        for offset in stride(from: 0, to: image.pixels.count, by: step) {
            sums.red += Int(image.pixels[offset])
            sums.green += Int(image.pixels[offset + 1])
            sums.blue += Int(image.pixels[offset + 2])
            count += 1
        }
        self.init(
            pixelWidth: image.width, pixelHeight: image.height,
            dominantColor: RGB(red: UInt8(sums.red / count), green: UInt8(sums.green / count), blue: UInt8(sums.blue / count)))
    }

    /// One ASCII line: `600x750, dark green (#2E5E3A)`; parts not known are left out, `picture` when none is.
    public var text: String {
        let size = pixelWidth.flatMap { width in pixelHeight.map { "\(width)x\($0)" } ?? "\(width) wide" }
        let color = dominantColor.map { "\($0.name) (\($0.hex))" }
        let parts = [size, color].compactMap { $0 }
        return parts.isEmpty ? "picture" : parts.joined(separator: ", ")
    }
}

extension PictureSummary.RGB {
    /// A plain name of the colour for terminals that cannot show it: a hue, or black, grey or white,
    /// with `dark` or `light` when it is.
    public var name: String {
        let red = Double(red) / 255, green = Double(green) / 255, blue = Double(blue) / 255
        let maximum = max(red, green, blue), minimum = min(red, green, blue)
        let lightness = (maximum + minimum) / 2
        let chroma = maximum - minimum
        if chroma < 0.12 {
            return lightness < 0.15 ? "black" : lightness > 0.88 ? "white" : lightness < 0.4 ? "dark grey"
                : lightness > 0.7 ? "light grey" : "grey"
        }
        var hue: Double
        if maximum == red {
            hue = (green - blue) / chroma
        } else if maximum == green {
            hue = (blue - red) / chroma + 2
        } else {
            hue = (red - green) / chroma + 4
        }
        hue = (hue * 60 + 360).truncatingRemainder(dividingBy: 360)
        let names: [(below: Double, name: String)] = [
            (15, "red"), (45, "orange"), (70, "yellow"), (165, "green"), (195, "cyan"), (255, "blue"),
            (290, "purple"), (340, "pink"), (361, "red"),
        ]
        let hueName = names.first { hue < $0.below }!.name
        return lightness < 0.3 ? "dark \(hueName)" : lightness > 0.75 ? "light \(hueName)" : hueName
    }
}
