import TerminalCanvas

/// Colours as written in theme files: a name ("default", "red", "bright-blue"), a palette index
/// 0–255, or "#rrggbb".
enum ColorNotation {
    private static let baseNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    private static let colorsByName: [String: Color] = {
        var colors: [String: Color] = ["default": .terminalDefault]
        for (index, name) in baseNames.enumerated() {
            colors[name] = .ansi(UInt8(index))
            colors["bright-" + name] = .ansi(UInt8(index + 8))
        }
        return colors
    }()

    /// Every colour name, for messages.
    static let names = ["default"] + baseNames + baseNames.map { "bright-" + $0 }

    /// A colour name or "#rrggbb".
    static func color(named text: String) -> Color? {
        if let color = colorsByName[text] { return color }
        let hex = text.dropFirst()
        guard text.hasPrefix("#"), hex.count == 6, hex.allSatisfy(\.isHexDigit),
              let value = UInt32(hex, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }

    /// A palette index: 0–15 are the standard colours, 16–255 the rest of the 256-colour palette.
    static func color(index: Int) -> Color? {
        switch index {
        case 0...15: .ansi(UInt8(index))
        case 16...255: .indexed(UInt8(index))
        default: nil
        }
    }
}
