import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// The pin view (enter on a pin) and the scrolled detail pane, as text snapshots; the pin view also in the
/// shipped themes.
@Suite struct PinViewSnapshotTests {
    static let small = Size(width: 80, height: 24)
    static let medium = Size(width: 120, height: 40)

    /// The peach salad with a description long enough to wrap over many lines, a video-free carousel of sizes.
    static let longPeachSalad: Pin = {
        var pin = Fixtures.peachSalad
        pin.description = """
            Charred peaches, burrata, basil and a honey-lime dressing. Ready in twenty minutes; serves four as a \
            starter. Grill the peaches cut side down until they have dark stripes, then let them rest while you \
            tear the burrata over a bed of rocket. Whisk the honey with the lime juice, a pinch of salt and three \
            spoons of olive oil.
            Scatter the basil last, so it stays green. 東京のラーメン屋さん巡りの帰りに作りました 🍑
            """
        return pin
    }()

    /// Browsing with the long peach salad selected.
    private func browsingTheLongPin(_ size: Size) -> AppState {
        var state = Fixtures.browsing(size)
        state.boardsScreen.pins = Fixtures.pane(
            .sectionPins(boardId: Fixtures.summerRecipes.id, sectionId: Fixtures.salads.id),
            [Self.longPeachSalad] + Fixtures.pins.dropFirst())
        return state
    }

    private func inThePinView(_ size: Size, scroll: Int = 0) -> AppState {
        var state = browsingTheLongPin(size)
        state.pinView = PinViewState(pinId: Self.longPeachSalad.id, scroll: scroll)
        return state
    }

    private func expectScreen(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectSnapshot(AppView.render(state, theme: Fixtures.theme).text(), named: name, sourceLocation: sourceLocation)
    }

    @Test(arguments: [small, medium], ["default", "mono"])
    func thePinViewShowsEveryFieldWrapped(size: Size, theme: String) throws {
        let state = inThePinView(size)
        try expectThemedSnapshot(state, named: "pin-view", theme: theme)
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(text.contains("Charred peaches, burrata, basil"))
    }

    @Test func thePinViewScrolledShowsTheRestAndWhatIsAbove() {
        let state = inThePinView(Self.small, scroll: 8)
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(text.contains("↑ 8 above"))
        #expect(text.contains("https://i.example.com/1200.jpg"), "every image size with its address")
        expectScreen(state, named: "pin-view-scrolled-80x24")
    }

    @Test func thePinViewScrolledToTheEndStopsAtTheLastLine() {
        var state = inThePinView(Self.medium)
        state.pinView?.scroll = 1_000
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(text.contains("pin id"))
        #expect(!text.contains("more ─"))
    }

    @Test func aLongDescriptionWrapsInTheDetailPanesColumn() {
        expectScreen(browsingTheLongPin(Self.small), named: "detail-long-description-80x24")
    }

    @Test func theDetailPaneScrolled() {
        var state = browsingTheLongPin(Self.small)
        state.boardsScreen.focus = .detail
        state.detailScroll = DetailScroll(subject: DetailSubject.pin(Self.longPeachSalad).scrollID, offset: 9)
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(text.contains("↑ 9 above"))
        #expect(text.contains("Grill the peaches"))
        expectScreen(state, named: "detail-scrolled-80x24")
    }
}
