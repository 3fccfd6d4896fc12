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

    /// The nearest of the 16 standard colours to palette entry `index`.
    static func nearestStandardIndex(to index: UInt8) -> UInt8 {
        index < 16 ? index : nearest(among: 0...15, to: rgb(of: index))
    }

    private static func nearest(among candidates: ClosedRange<UInt8>, to target: (red: Int, green: Int, blue: Int)) -> UInt8 {
        candidates.min { distance(rgb(of: $0), target) < distance(rgb(of: $1), target) } ?? candidates.lowerBound
    }

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
