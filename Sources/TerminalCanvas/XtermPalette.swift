/// The xterm 256-colour palette: the 16 standard colours, the 6×6×6 cube and the 24-step grey ramp.
enum XtermPalette {
    /// The RGB value xterm shows for palette `index`.
    static func rgb(of index: UInt8) -> (red: Int, green: Int, blue: Int) {
        switch index {
        case 0..<16:
            return standard[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (Int(index) - 232)
            return (grey, grey, grey)
        }
    }

    /// The nearest cube or grey-ramp entry (16...255) to an RGB colour. The first 16 are skipped because
    /// terminals let users redefine them.
    static func nearestIndex(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
        nearest(among: 16...255, to: (Int(red), Int(green), Int(blue)))
    }

    /// The nearest standard colour (0...15, or 0...7 plus the greys 8 and 15 without `brightColors`)
    /// to palette entry `index`, chosen among the four greys for a grey and among the hues for a colour.
    /// By distance alone pale colours (#ff5f5f, #87d787) would turn into bright black, since xterm's
    /// standard hues are all saturated; and an eight-colour terminal has no bright hue to fall back on,
    /// so the nearest normal hue is better than the normal variant of the nearest bright one.
    static func nearestStandardIndex(to index: UInt8, brightColors: Bool) -> UInt8 {
        guard index >= 16 else { return index }
        let color = rgb(of: index)
        let chroma = max(color.red, color.green, color.blue) - min(color.red, color.green, color.blue)
        if chroma < greyChromaLimit {
            return nearest(among: greys, to: color)
        }
        return nearest(among: brightColors ? normalHues + brightHues : normalHues, to: color)
    }

    /// Whether a degraded colour (a standard or palette colour) is light, so black text reads on it.
    static func isLight(_ color: Color) -> Bool {
        let index: UInt8
        switch color {
        case .ansi(let value), .indexed(let value): index = value
        case .rgb(let red, let green, let blue): index = nearestIndex(red: red, green: green, blue: blue)
        case .terminalDefault: return false
        }
        let value = rgb(of: index)
        return 299 * value.red + 587 * value.green + 114 * value.blue >= 128_000
    }

    private static func nearest(
        among candidates: some Collection<UInt8>, to target: (red: Int, green: Int, blue: Int)
    ) -> UInt8 {
        candidates.min { distance(rgb(of: $0), target) < distance(rgb(of: $1), target) } ?? 0
    }

    /// Colours whose channels differ by less than this count as greys.
    private static let greyChromaLimit = 64
    private static let greys: [UInt8] = [0, 8, 7, 15]
    private static let normalHues: [UInt8] = Array(1...6)
    private static let brightHues: [UInt8] = Array(9...14)

    /// Squared distance weighted by how sensitive the eye is to each channel ("redmean" approximation).
    private static func distance(_ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)) -> Int {
        let meanRed = (a.red + b.red) / 2
        let red = a.red - b.red, green = a.green - b.green, blue = a.blue - b.blue
        return (((512 + meanRed) * red * red) >> 8) + 4 * green * green + (((767 - meanRed) * blue * blue) >> 8)
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// xterm's default standard colours.
    private static let standard: [(red: Int, green: Int, blue: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
