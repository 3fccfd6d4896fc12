import Foundation
import ImageCodecs

/// The pictures the sandbox draws for its pins: one of a few compositions (a landscape, stripes, circles,
/// blocks), laid out by a seed and coloured in shades of the pin's colour. Shapes are placed in
/// coordinates relative to the picture, so every size of a pin shows the same picture.
struct DemoPicture: Sendable {
    private enum Composition: CaseIterable {
        case landscape, stripes, circles, blocks
    }

    private typealias RGB = (red: Double, green: Double, blue: Double)

    private let composition: Composition
    private let base: RGB
    /// Numbers in 0..<1 that place the shapes.
    private let placements: [Double]

    /// `color` is `#RRGGBB` (grey when it is not); `seed` picks the composition and its layout.
    init(color: String, seed: String) {
        let hex = color.hasPrefix("#") ? color.dropFirst() : Substring(color)
        let value = hex.count == 6 ? UInt32(hex, radix: 16) ?? 0x80_80_80 : 0x80_80_80
        base = (Double(value >> 16 & 0xFF) / 255, Double(value >> 8 & 0xFF) / 255, Double(value & 0xFF) / 255)
        var generator = SeededGenerator(seed: FNV1a.hash(seed))
        composition = Composition.allCases[Int(generator.next() % UInt64(Composition.allCases.count))]
        placements = (0..<24).map { _ in Double(generator.next() >> 11) / Double(1 << 53) }
    }

    func render(width: Int, height: Int) -> RGBAImage {
        let aspect = Double(height) / Double(width)
        return RGBAImage(width: width, height: height) { x, y in
            let u = (Double(x) + 0.5) / Double(width), v = (Double(y) + 0.5) / Double(height)
            return Self.bytes(color(u: u, v: v, aspect: aspect))
        }
    }

    private func color(u: Double, v: Double, aspect: Double) -> RGB {
        switch composition {
        case .landscape: landscape(u: u, v: v, aspect: aspect)
        case .stripes: stripes(u: u, v: v, aspect: aspect)
        case .circles: circles(u: u, v: v, aspect: aspect)
        case .blocks: blocks(u: u, v: v)
        }
    }

    /// A sky fading into the colour, a pale sun, and three rows of hills, darker as they come nearer.
    private func landscape(u: Double, v: Double, aspect: Double) -> RGB {
        for layer in (0..<3).reversed() {
            let p = placements[layer * 3 ..< layer * 3 + 3]
            let horizon = 0.45 + Double(layer) * 0.14 + (p[p.startIndex] - 0.5) * 0.1
            let hill = horizon + 0.06 * sin((u * (2 + p[p.startIndex + 1] * 3) + p[p.startIndex + 2]) * 2 * .pi)
            if v > hill { return shade(0.15 + Double(layer) * 0.22) }
        }
        let sunU = 0.2 + placements[9] * 0.6, sunV = 0.15 + placements[10] * 0.2
        let distance = hypot(u - sunU, (v - sunV) * aspect)
        if distance < 0.09 { return tint(0.85) }
        return mix(tint(0.7 - v * 0.6), tint(0.5), distance < 0.14 ? 0.5 : 0)
    }

    /// Diagonal bands of three shades over a soft vignette.
    private func stripes(u: Double, v: Double, aspect: Double) -> RGB {
        let angle = placements[0] * .pi
        let count = 4 + placements[1] * 8
        let t = (u * cos(angle) + v * aspect * sin(angle)) * count + placements[2]
        let band = Int(floor(t)) & 3
        let colors = [tint(0.35), base, shade(0.25), tint(0.6)]
        let vignette = 1 - 0.35 * hypot(u - 0.5, v - 0.5)
        let c = colors[band]
        return (c.red * vignette, c.green * vignette, c.blue * vignette)
    }

    /// Overlapping discs of light and dark shades on a gradient.
    private func circles(u: Double, v: Double, aspect: Double) -> RGB {
        var color = mix(shade(0.35), tint(0.2), v)
        for index in 0..<6 {
            let p = placements[index * 3 ..< index * 3 + 3]
            let centreU = p[p.startIndex], centreV = p[p.startIndex + 1], radius = 0.08 + p[p.startIndex + 2] * 0.22
            if hypot(u - centreU, (v - centreV) * aspect) < radius {
                color = index.isMultiple(of: 2) ? tint(0.2 + Double(index) * 0.1) : shade(0.1 + Double(index) * 0.06)
            }
        }
        return color
    }

    /// A grid of uneven blocks in the colour's shades, with dark seams.
    private func blocks(u: Double, v: Double) -> RGB {
        let columns = [0, 0.2 + placements[0] * 0.25, 0.55 + placements[1] * 0.25, 1]
        let rows = [0, 0.15 + placements[2] * 0.3, 0.5 + placements[3] * 0.3, 1]
        guard let column = columns.indices.dropLast().first(where: { u < columns[$0 + 1] }),
              let row = rows.indices.dropLast().first(where: { v < rows[$0 + 1] })
        else { return shade(0.6) }
        let seam = 0.008
        if abs(u - columns[column]) < seam || abs(v - rows[row]) < seam { return shade(0.7) }
        let pick = placements[4 + row * 3 + column]
        return pick < 0.4 ? base : pick < 0.7 ? tint(0.25 + pick * 0.5) : shade(pick - 0.5)
    }

    /// The colour lightened towards white by `amount` (0...1).
    private func tint(_ amount: Double) -> RGB { mix(base, (1, 1, 1), min(max(amount, 0), 1)) }

    /// The colour darkened towards black by `amount` (0...1).
    private func shade(_ amount: Double) -> RGB { mix(base, (0, 0, 0), min(max(amount, 0), 1)) }

    private func mix(_ a: RGB, _ b: RGB, _ t: Double) -> RGB {
        (a.red + (b.red - a.red) * t, a.green + (b.green - a.green) * t, a.blue + (b.blue - a.blue) * t)
    }

    private static func bytes(_ color: RGB) -> (UInt8, UInt8, UInt8) {
        func byte(_ value: Double) -> UInt8 { UInt8(min(max(value, 0), 1) * 255) }
        return (byte(color.red), byte(color.green), byte(color.blue))
    }
}
