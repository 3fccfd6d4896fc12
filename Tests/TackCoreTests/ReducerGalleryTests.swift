import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

@Suite("Reducer: gallery")
struct ReducerGalleryTests {
    private static func gallery(pins: Int = 30) -> AppState {
        var state = PictureFixture.state(pins: PictureFixture.pins(pins))
        state.boardsScreen.focus = .boards
        send(&state, .command(.toggleGallery))
        return state
    }

    @Test func theToggleShowsTheOpenPinsAsAGalleryWithTheFocusOnThem() throws {
        let state = Self.gallery()
        #expect(state.isGalleryOnView)
        #expect(state.boardsScreen.focus == .pins)
        let gallery = try #require(state.galleryOnView)
        #expect(gallery.layout.columns > 1 && gallery.layout.rows > 1)
        #expect(gallery.first == 0)
        #expect(gallery.pins.map(\.id) == (1...gallery.layout.pageSize).map { "p\($0)" })
        var list = state
        send(&list, .command(.toggleGallery))
        #expect(!list.isGalleryOnView)
    }

    @Test func theGalleryLoadsThePicturesInView() throws {
        var state = PictureFixture.state(pins: PictureFixture.pins(30))
        let effect = reduce(&state, .command(.toggleGallery))
        let gallery = try #require(state.galleryOnView)
        let thumbnails = PictureFixture.loads(in: effect).filter(\.isThumbnail)
        #expect(thumbnails.map(\.pinId) == gallery.pins.map(\.id))
        #expect(thumbnails.allSatisfy { $0.box == gallery.layout.pictureBox })
        #expect(PictureFixture.loads(in: effect).filter { !$0.isThumbnail }.isEmpty, "the detail's picture was loading already")
    }

    @Test func listKeysMoveByRowsAndPagesAndLeftRightByATile() throws {
        var state = Self.gallery()
        let layout = try #require(state.galleryOnView?.layout)
        send(&state, .command(.moveDown))
        #expect(state.boardsScreen.pins.selectedIndex == layout.columns)
        send(&state, .command(.focusRight))
        #expect(state.boardsScreen.pins.selectedIndex == layout.columns + 1)
        send(&state, .command(.focusLeft), .command(.moveUp))
        #expect(state.boardsScreen.pins.selectedIndex == 0)
        #expect(state.boardsScreen.focus == .pins, "left and right move in the gallery, not between panes")
        send(&state, .command(.pageDown))
        #expect(state.boardsScreen.pins.selectedIndex == layout.pageSize)
        #expect(state.galleryOnView?.first == layout.pageSize, "the next page is in view")
        send(&state, .command(.goBottom))
        #expect(state.boardsScreen.pins.selectedIndex == 29)
        send(&state, .command(.goTop))
        #expect(state.boardsScreen.pins.selectedIndex == 0)
    }

    @Test func marksAndThePinKeysWorkInTheGallery() throws {
        var state = Self.gallery()
        send(&state, .command(.toggleMark))
        #expect(state.marks.isMarked("p1"))
        #expect(state.boardsScreen.pins.selectedID == "p2")
        send(&state, .command(.open))
        #expect(state.pinView?.pinId == "p2")
    }

    @Test func thereIsNoGalleryWithoutAPinList() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAccount), .command(.toggleGallery))
        #expect(!state.isGalleryOnView)
        #expect(state.statusMessage == "No pin list here to show as a gallery")
    }

    @Test func theKeyInEachPresetTogglesTheGallery() throws {
        for (preset, keys) in [("default", ["G"]), ("vim", ["g", "v"]), ("emacs", ["ctrl-x", "g"])] {
            var state = PictureFixture.state()
            state.keymap = try KeymapLoader.load(preset: preset, userFile: nil, presets: TestFiles.presets)
            for key in keys { send(&state, .terminal(.key(try KeyNotation.parse(key)))) }
            #expect(state.isGalleryOnView, "\(preset)")
        }
    }
}
