import ImageCodecs
@testable import TackImages
import TerminalCanvas
import Testing

/// chafa's cells read back as TerminalCanvas cells: the symbols and both colours of each, as text.
@Suite struct SymbolRendererTests {
    /// 8x8 pixels: red above, blue below on the left half; green above, white below on the right half.
    let quarters = RGBAImage(width: 8, height: 8) { x, y in
        switch (x < 4, y < 4) {
        case (true, true): (255, 0, 0)
        case (true, false): (0, 0, 255)
        case (false, true): (0, 255, 0)
        case (false, false): (255, 255, 255)
        }
    }

    /// Cells twice as tall as wide: the square picture takes 4x2 of the 4x4 cells offered.
    let converter = ChafaConverter(fitting: CellFitting(cellPixelSize: Size(width: 10, height: 20)))

    /// chafa scales the 8x8 pixels to 4x2 cells smoothly, so the cells along the edges between the
    /// quarters are blends (`▌` with a shaded half); the corners keep their pure colours.
    @Test func halfBlocksInTruecolor() {
        let picture = converter.convert(quarters, fitting: Size(width: 4, height: 4), as: .symbols(.halfBlocks, .truecolor))
        #expect(Self.text(picture) == """
            4x2
            ▄ #EE0010/#FF0000 | ▌ #F60008/#D52208 | ▌ #29DB08/#08FF08 | ▄ #10FF10/#00FF00
            ▄ #0000FF/#1100ED | ▌ #0800F6/#2822F6 | ▌ #D5DBF6/#F6FFF6 | ▄ #FFFFFF/#EDFFED
            """)
    }

    @Test func halfBlocksInThe256ColourPalette() {
        let picture = converter.convert(quarters, fitting: Size(width: 4, height: 4), as: .symbols(.halfBlocks, .palette256))
        #expect(Self.text(picture) == """
            4x2
              196/196 | ▌ 196/160 | ▌ 40/46 |   40/46
              21/21 |   21/21 | ▌ 189/231 | ▄ 231/255
            """)
    }

    @Test func everySymbolSetGivesCellsOfTheFittedSize() {
        let wide = RGBAImage(width: 60, height: 20) { x, _ in (UInt8(x * 4), 80, 200) }
        for symbols in SymbolSet.allCases {
            for colors in SymbolColors.allCases {
                let picture = converter.convert(wide, fitting: Size(width: 30, height: 30), as: .symbols(symbols, colors))
                // 60x20 pixels in 1:2 cells: 30 wide, 5 tall.
                #expect(picture.size == Size(width: 30, height: 5), "\(symbols) \(colors)")
                guard case .cells(let cells) = picture.content else { Issue.record("not cells"); continue }
                #expect(cells.count == 150 && cells.allSatisfy { $0.grapheme.unicodeScalars.count == 1 })
            }
        }
    }

    @Test(arguments: [
        (GraphicsProtocol.kitty, "\u{1B}_G"), (.sixel, "\u{1B}P"), (.iterm, "\u{1B}]1337;File="),
    ])
    func graphicsProtocolsGiveTheirEscapeSequences(graphics: GraphicsProtocol, start: String) {
        let picture = converter.convert(quarters, fitting: Size(width: 4, height: 2), as: .graphics(graphics))
        guard case .graphics(let protocolUsed, let bytes) = picture.content else {
            Issue.record("not graphics")
            return
        }
        #expect(protocolUsed == graphics && picture.size == Size(width: 4, height: 2))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(start), "\(text.prefix(40).debugDescription)")
    }

    /// `WxH`, then one line a row: each cell's symbol and its foreground/background colour.
    static func text(_ picture: TerminalImage) -> String {
        guard case .cells(let cells) = picture.content else { return "not cells" }
        let rows = stride(from: 0, to: cells.count, by: picture.size.width).map { start in
            cells[start..<start + picture.size.width].map { "\($0.grapheme) \(name($0.style.foreground))/\(name($0.style.background))" }
                .joined(separator: " | ")
        }
        return (["\(picture.size.width)x\(picture.size.height)"] + rows).joined(separator: "\n")
    }

    static func name(_ color: Color) -> String {
        switch color {
        case .terminalDefault: "default"
        case .ansi(let index): "ansi\(index)"
        case .indexed(let index): "\(index)"
        case .rgb(let red, let green, let blue): PictureSummary.RGB(red: red, green: green, blue: blue).hex
        }
    }
}
