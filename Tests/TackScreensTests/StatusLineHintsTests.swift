import Foundation
import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// The status line's keys, generated from the command catalogue for where the keys go: every pane,
/// screen, form, picker and overlay, in each shipped keymap, at two widths; "? more" always last.
@Suite struct StatusLineHintsTests {
    static let narrow = Size(width: 80, height: 24)
    static let wide = Size(width: 160, height: 50)

    /// The places the status line is seen in, by name, each with its state.
    static func places(_ size: Size, keymap: Keymap) -> [(name: String, state: AppState)] {
        var places: [(String, AppState)] = []
        func add(_ name: String, _ change: (inout AppState) -> Void) {
            var state = Fixtures.browsing(size)
            state.keymap = keymap
            change(&state)
            places.append((name, state))
        }
        add("boards") { $0.boardsScreen.focus = .boards }
        add("sections") { $0.boardsScreen.focus = .sections }
        add("pins") { _ in }
        add("pins, two marked") { $0.marks = PinMarks(ids: [Fixtures.pins[0].id, Fixtures.pins[1].id]) }
        add("pins, kept filter") { $0.boardsScreen.pins.filter = "peach" }
        add("pin detail") { $0.boardsScreen.focus = .detail }
        add("followed board's pins") { $0.boardsScreen.boards = Fixtures.pane(.ownBoards, [Board]()) }
        add("my pins") {
            $0.screen = .myPins
            $0.myPinsScreen.pins = Fixtures.pane(.myPins(.none), Fixtures.pins)
        }
        add("account menu") {
            $0.screen = .account
            $0.account = .loaded(AccountScenes.profile)
        }
        add("account followers") {
            $0.screen = .account
            $0.accountScreen.section = .followers
            $0.accountScreen.focus = .list
            $0.accountScreen.followers = Fixtures.pane(.followers, AccountScenes.followers)
        }
        add("analytics") { $0.screen = .analytics }
        add("analytics top pins") {
            $0.screen = .analytics
            $0.analyticsScreen.part = .topPins
        }
        add("pin analytics") { $0.pinAnalytics = PinAnalyticsOverlay(.one(PinSummary(Fixtures.pins[0]))) }
        add("filter typing") {
            $0.boardsScreen.pins.filter = "pe"
            $0.boardsScreen.pins.isEditingFilter = true
        }
        add("help") { $0.help = HelpOverlay(isOpen: true) }
        add("form") { $0.form = .createBoard() }
        add("picker") {
            $0.form = .createBoard()
            $0.picker = Fixtures.boardPicker()
        }
        add("confirm") { $0.confirmation = .deletePins([(Fixtures.pins[0].id, "Grilled peach salad")]) }
        return places
    }

    private static func statusLine(_ state: AppState) -> String {
        AppView.render(state, theme: Fixtures.theme).lines.last ?? ""
    }

    @Test(arguments: ["default", "vim", "emacs"], [narrow, wide])
    func everyPlaceInEveryKeymap(preset: String, size: Size) throws {
        let keymap = try KeymapLoader.load(preset: preset, userFile: nil, presets: ShippedThemes.presets)
        let text = Self.places(size, keymap: keymap).map { "\($0.name):\n\(Self.statusLine($0.state))" }
        expectSnapshot(text.joined(separator: "\n"), named: "status-lines-\(preset)-\(size.width)x\(size.height)")
    }

    @Test func thePinsPaneOffersItsWritesAndMarks() throws {
        let keymap = try KeymapLoader.load(preset: "default", userFile: nil, presets: ShippedThemes.presets)
        var state = Fixtures.browsing(Size(width: 250, height: 30))
        state.keymap = keymap
        let line = Self.statusLine(state)
        for hint in ["enter view", "a save a pin", "v mark range", "n new", "e edit", "x delete", "m move", "space mark", "d detail", "ctrl-r reload"] {
            #expect(line.contains(hint), "\(hint) in \(line)")
        }
        #expect(!line.contains("u unmark all"), "nothing is marked")
        state.marks = PinMarks(ids: [Fixtures.pins[0].id])
        #expect(Self.statusLine(state).contains("u unmark all"))
    }

    @Test func myPinsOffersItsWritesAndMarksBesideItsFilters() throws {
        let keymap = try KeymapLoader.load(preset: "default", userFile: nil, presets: ShippedThemes.presets)
        var state = Fixtures.browsing(Self.wide)
        state.keymap = keymap
        state.screen = .myPins
        state.myPinsScreen.pins = Fixtures.pane(.myPins(.none), Fixtures.pins)
        let line = Self.statusLine(state)
        for hint in ["e edit", "x delete", "m move", "space mark", "F pin filter", "c creative type"] {
            #expect(line.contains(hint), "\(hint) in \(line)")
        }
        #expect(!line.contains("n new"), "there is nothing to create in My pins")
    }

    @Test(arguments: [60, 70, 80])
    func aNarrowLineDropsTheLeastUsefulAndKeepsMore(width: Int) {
        let state = Fixtures.browsing(Size(width: width, height: 24))
        let line = Self.statusLine(state).trimmingCharacters(in: .whitespaces)
        #expect(line.hasPrefix("enter view"))
        #expect(line.hasSuffix("? more"))
    }

    @Test func aMessageForAKeyThatDoesNothingShowsOnTheRight() {
        var state = Fixtures.browsing(Self.narrow)
        state.screen = .myPins
        state.myPinsScreen.pins = Fixtures.pane(.myPins(.none), Fixtures.pins)
        _ = reduce(&state, .terminal(.key(KeyPress(.character("n")))))
        expectSnapshot(AppView.render(state, theme: Fixtures.theme).text(), named: "status-key-does-nothing-80x24")
    }
}
