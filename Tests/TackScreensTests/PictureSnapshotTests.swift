import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// The pin's picture in the detail pane (symbols, the placeholder while loading, the frame without
/// colour), the gallery, and the graphics-protocol rectangles the frame reports, as text snapshots
/// with their styles.
@Suite struct PictureSnapshotTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 160, height: 50)

    /// A picture of half blocks fitted into `box` (three columns for every two rows, as a portrait
    /// picture would), in a gradient from the top left, so every cell has colours of its own.
    static func halfBlocks(fitting box: Size) -> TerminalImage {
        let size = Size(width: max(1, min(box.width, box.height * 3 / 2)), height: box.height)
        var cells: [Cell] = []
        for row in 0..<size.height {
            for column in 0..<size.width {
                let red = UInt8(40 + 200 * column / max(1, size.width - 1)), green = UInt8(40 + 160 * row / max(1, size.height - 1))
                cells.append(Cell(grapheme: "▀", style: Style(foreground: .rgb(red, green, 60), background: .rgb(red / 2, green, 90))))
            }
        }
        return TerminalImage(size: size, content: .cells(cells))
    }

    /// Runs the reducer once, so the pictures on view are asked for, and answers each with `picture`.
    static func withPictures(_ state: AppState, _ picture: (Size) -> TerminalImage?) -> AppState {
        var state = state
        _ = reduce(&state, .tick(EffectID("nothing")))
        for request in state.pictureLoads.values {
            if let image = picture(request.box) { _ = reduce(&state, .pictureLoaded(request, image)) }
        }
        return state
    }

    static func browsing(_ size: Size, renderer: PictureRenderer = .symbols) -> AppState {
        var state = Fixtures.browsing(size)
        state.pictureRenderer = renderer
        return state
    }

    static func gallery(_ size: Size) -> AppState {
        var state = browsing(size)
        let pins = (1...14).map { number in
            Pin(id: "g\(number)", title: number == 3 ? "Grilled peach salad with a long title" : "Summer dish \(number)",
                dominantColor: "#E8A26B", media: Fixtures.peachSalad.media)
        }
        state.boardsScreen.pins = Fixtures.pane(.sectionPins(boardId: Fixtures.summerRecipes.id, sectionId: Fixtures.salads.id), pins)
        _ = reduce(&state, .command(.toggleGallery))
        _ = reduce(&state, .command(.toggleMark))
        return withPictures(state, halfBlocks)
    }

    @Test(arguments: [small, large], ["default", "mono"])
    func theDetailShowsTheSymbolPictureBesideOrAboveTheFields(size: Size, theme: String) throws {
        let state = Self.withPictures(Self.browsing(size), Self.halfBlocks)
        try expectThemedSnapshot(state, named: "detail-picture", theme: theme)
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(text.contains("▀▀▀▀"))
        #expect(text.contains("Grilled peach salad"))
    }

    @Test func theDetailShowsThePinsColourWhileItsPictureLoads() throws {
        let state = Self.withPictures(Self.browsing(Self.small)) { _ in nil }
        try expectThemedSnapshot(state, named: "detail-picture-loading", theme: "default")
        #expect(AppView.render(state, theme: Fixtures.theme).text().contains("loading…"))
    }

    @Test func withoutColourTheDetailShowsAFrameWithThePicturesSizeAndColour() throws {
        let state = Self.browsing(Self.small, renderer: .framed)
        try expectThemedSnapshot(state, named: "detail-picture-framed", theme: "mono")
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(text.contains("1200×…"))
        #expect(text.contains("colour #E8A26B"))
    }

    @Test(arguments: [small, large], ["default", "mono"])
    func theGalleryShowsPicturesWithTheirTitles(size: Size, theme: String) throws {
        let state = Self.gallery(size)
        try expectThemedSnapshot(state, named: "gallery", theme: theme)
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(text.contains("Gallery · Summer Recipes › Salads"))
        #expect(text.contains("● Summer dish 1"), "the marked pin")
        #expect(text.contains("▸ Summer dish 2"), "the selected pin")
    }

    @Test func aGraphicsPictureIsAReservedRectangleThatGoesWhenAnythingIsDrawnOverIt() throws {
        let payload = Array("\u{1B}_Ga=T;AAAA\u{1B}\\".utf8)
        var state = Self.withPictures(Self.browsing(Self.small, renderer: .graphics(.kitty))) { box in
            TerminalImage(size: Size(width: box.width - 2, height: box.height), content: .graphics(.kitty, payload))
        }
        let frame = AppView.frame(state, theme: Fixtures.theme)
        let placement = try #require(frame.graphics.first)
        let box = try #require(state.detailAreas?.picture)
        #expect(frame.graphics.count == 1)
        #expect(placement.bytes == payload)
        #expect(placement.rect == Rect(x: box.x + 1, y: box.y, width: box.width - 2, height: box.height))
        for row in placement.rect.y..<placement.rect.maxY {
            for column in placement.rect.x..<placement.rect.maxX {
                #expect(frame.buffer[column, row].grapheme == " ", "reserved blank at \(column),\(row)")
            }
        }
        state.help = HelpOverlay(isOpen: true)
        #expect(AppView.frame(state, theme: Fixtures.theme).graphics.isEmpty, "no picture over the help")
        state.help = HelpOverlay()
        state.showDetail = false
        #expect(AppView.frame(state, theme: Fixtures.theme).graphics.isEmpty, "no picture once the detail is hidden")
    }
}
