import CNcursesw
import TerminalCanvas

/// Turns styles into curses attributes and colour pairs for a terminal's colour capability.
/// Pairs come from ncurses' own pair allocator and are cached here; used on the curses thread only.
struct CursesPalette {
    let capability: ColorCapability
    private var pairs: [ColorPairKey: Int32] = [:]
    /// Every style drawn so far: a frame uses a handful, each in many runs.
    private var renditions: [Style: (attributes: attr_t, pair: Int32)] = [:]

    init(capability: ColorCapability) {
        self.capability = capability
    }

    /// The attributes and colour pair to draw `style` with.
    mutating func rendition(for style: Style) -> (attributes: attr_t, pair: Int32) {
        if let known = renditions[style] {
            return known
        }
        let degraded = style.degraded(to: capability)
        let rendition = (Self.attributes(degraded.attributes), pair(foreground: degraded.foreground, background: degraded.background))
        renditions[style] = rendition
        return rendition
    }

    private mutating func pair(foreground: Color, background: Color) -> Int32 {
        guard capability != .none else { return 0 }
        let key = ColorPairKey(foreground: Self.colorNumber(foreground), background: Self.colorNumber(background))
        if key.foreground == -1, key.background == -1 {
            return 0
        }
        if let cached = pairs[key] {
            return cached
        }
        let allocated = max(0, alloc_pair(key.foreground, key.background))
        pairs[key] = allocated
        return allocated
    }

    /// The curses colour number of an already degraded colour; -1 is the terminal default.
    private static func colorNumber(_ color: Color) -> Int32 {
        switch color {
        case .terminalDefault:
            return -1
        case .ansi(let index), .indexed(let index):
            return Int32(index)
        case .rgb:
            // Never reached: degrading to any capability leaves no RGB.
            return -1
        }
    }

    private static func attributes(_ attributes: TextAttributes) -> attr_t {
        let mapping: [(TextAttributes, attr_t)] = [
            (.bold, tack_attr_bold()), (.dim, tack_attr_dim()), (.italic, tack_attr_italic()),
            (.underline, tack_attr_underline()), (.reverse, tack_attr_reverse()),
        ]
        return mapping.reduce(attr_t(0)) { result, entry in attributes.contains(entry.0) ? result | entry.1 : result }
    }
}

private struct ColorPairKey: Hashable {
    let foreground: Int32
    let background: Int32
}
