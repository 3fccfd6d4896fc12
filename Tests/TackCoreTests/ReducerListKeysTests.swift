import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

/// Presses the keys `keymap` binds to `command` in the first of `contexts` that binds it.
private func press(_ command: Command, in contexts: [KeyContext], _ state: inout AppState) {
    let keymap = state.keymap
    guard let sequence = contexts.lazy.compactMap({ keymap.sequences(for: command, in: $0).first }).first else {
        Issue.record("\(command.rawValue) is unbound in \(contexts.map(\.rawValue))")
        return
    }
    for key in sequence.keys { send(&state, .terminal(.key(key))) }
}

private func preset(_ name: String) throws -> Keymap {
    try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
}

/// Types `text` into a filter and keeps it (as enter does).
private func keepFilter(_ text: String, _ state: inout AppState) {
    send(&state, .command(.filter), .terminal(.paste(text)), .command(.acceptFilter))
}

@Suite("Reducer: back clears a kept filter first")
struct ReducerBackClearsFilterTests {
    @Test func inThePinsPaneBackClearsTheFilterThenGoesToTheSections() {
        var state = Fixture.withFocusedPins(Fixture.pins(12))
        keepFilter("1", &state)
        #expect(state.boardsScreen.pins.visibleItems.map(\.id) == ["p1", "p10", "p11", "p12"])
        #expect(state.filteredPaneInFocus == .pins)
        send(&state, .command(.moveDown), .command(.back))
        #expect(state.boardsScreen.pins.filter == "")
        #expect(state.boardsScreen.focus == .pins)
        #expect(state.boardsScreen.pins.selectedID == "p10", "the selection stays")
        #expect(state.filteredPaneInFocus == nil)
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .sections)
    }

    @Test func inTheSectionsAndBoardsPanesToo() {
        var state = Fixture.withOpenBoard()
        keepFilter("2", &state)
        send(&state, .command(.back))
        #expect(state.boardsScreen.sections.filter == "")
        #expect(state.boardsScreen.focus == .sections)
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .boards)
        keepFilter("3", &state)
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b3"])
        send(&state, .command(.back))
        #expect(state.boardsScreen.boards.filter == "")
        #expect(state.boardsScreen.boards.visibleItems.count == 3)
    }

    @Test func fromTheDetailBackReturnsToThePinsAndKeepsTheirFilter() {
        var state = Fixture.withFocusedPins(Fixture.pins(12))
        keepFilter("1", &state)
        send(&state, .command(.focusNext))
        #expect(state.boardsScreen.focus == .detail)
        #expect(state.filteredPaneInFocus == nil, "the detail has the focus")
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .pins)
        #expect(state.boardsScreen.pins.filter == "1")
    }

    @Test func inMyPins() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins), .pinsPageLoaded(PageRequest(source: .myPins(.none)), Fixture.pins(12), bookmark: nil))
        keepFilter("12", &state)
        #expect(state.myPinsScreen.pins.visibleItems.map(\.id) == ["p12"])
        send(&state, .command(.back))
        #expect(state.myPinsScreen.pins.filter == "")
        #expect(state.myPinsScreen.pins.selectedID == "p12")
    }

    @Test func inTheAccountListsWhileTheListHasTheFocus() {
        var state = AccountFixture.withFollowers(AccountFixture.fans(12))
        keepFilter("fan1", &state)
        #expect(state.accountScreen.followers.matchingCount == 4)
        send(&state, .command(.back))
        #expect(state.accountScreen.followers.filter == "")
        #expect(state.accountScreen.focus == .list)
        keepFilter("fan1", &state)
        send(&state, .command(.back), .command(.back))
        #expect(state.accountScreen.focus == .menu)
        keepFilter("fan2", &state)
        state.accountScreen.focus = .menu
        send(&state, .command(.back))
        #expect(state.accountScreen.followers.filter == "fan2", "from the menu, back leaves the list as it is")
    }

    @Test("esc clears a kept filter, then goes back, in every preset", arguments: KeymapPresetTests.presetNames)
    func escByKeys(preset name: String) throws {
        var state = Fixture.withFocusedPins(Fixture.pins(12))
        state.keymap = try preset(name)
        press(.filter, in: KeyContext.pins.resolutionOrder, &state)
        send(&state, Fixture.key("1"))
        press(.acceptFilter, in: [.filter], &state)
        #expect(state.boardsScreen.pins.filter == "1")
        send(&state, Fixture.key(.escape))
        #expect(state.boardsScreen.pins.filter == "")
        #expect(state.boardsScreen.focus == .pins)
        send(&state, Fixture.key(.escape))
        #expect(state.boardsScreen.focus == .sections)
    }
}

@Suite("Reducer: marking moves on, and a range shows as it grows")
struct ReducerMarkingTests {
    @Test func markingAPinMovesToTheNextSoRepeatingMarksARun() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.toggleMark))
        #expect(state.marks.ids == ["p1"])
        #expect(state.boardsScreen.pins.selectedID == "p2")
        send(&state, .command(.toggleMark), .command(.toggleMark))
        #expect(state.marks.ids == ["p1", "p2", "p3"])
        #expect(state.statusMessage == "3 pins marked")
        send(&state, .command(.moveUp), .command(.toggleMark))
        #expect(state.marks.ids == ["p1", "p2"], "unmarking moves on too")
        #expect(state.boardsScreen.pins.selectedID == "p4")
    }

    @Test func onTheLastPinMarkingStaysThere() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.goBottom), .command(.toggleMark))
        #expect(state.marks.ids == ["p5"])
        #expect(state.boardsScreen.pins.selectedID == "p5")
    }

    @Test func aRangeShowsFromItsAnchorToTheSelectionAsItGrowsAndShrinks() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.toggleMark), .command(.markRange), .command(.moveDown), .command(.moveDown))
        #expect(state.marks.rangeAnchor == "p2")
        #expect(["p2", "p3", "p4"].allSatisfy(state.marks.isInRange))
        #expect(!state.marks.isInRange("p1") && state.marks.isMarked("p1"), "a mark made before stays a mark")
        send(&state, .command(.moveUp))
        #expect(!state.marks.isInRange("p4") && !state.marks.isMarked("p4"))
        send(&state, .command(.markRange))
        #expect(state.marks.ids == ["p1", "p2", "p3"])
        #expect(!["p1", "p2", "p3"].contains(where: state.marks.isInRange), "an ended range is marked, no longer to be")
    }

    @Test func backDropsTheRangeBeingMarkedAndKeepsTheMarksMadeBefore() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.toggleMark), .command(.markRange), .command(.moveDown), .command(.back))
        #expect(state.marks.ids == ["p1"])
        #expect(state.marks.rangeAnchor == nil)
        #expect(state.boardsScreen.focus == .pins, "back went no further")
        #expect(state.statusMessage == "Range cancelled; 1 pin marked")
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .sections)
    }

    @Test("marking moves on in every preset", arguments: KeymapPresetTests.presetNames)
    func markByKeys(preset name: String) throws {
        var state = WriteFixture.pinsOfB1()
        state.keymap = try preset(name)
        press(.toggleMark, in: [.pins], &state)
        press(.toggleMark, in: [.pins], &state)
        #expect(state.marks.ids == ["p1", "p2"])
        #expect(state.boardsScreen.pins.selectedID == "p3")
        press(.markRange, in: [.pins], &state)
        press(.moveDown, in: [.list], &state)
        #expect(state.marks.isInRange("p3") && state.marks.isInRange("p4"))
    }
}

@Suite("Reducer: vim's l opens and h goes back")
struct ReducerVimOpenBackTests {
    @Test func lOpensABoardThenASectionAndHGoesBackPaneByPane() throws {
        var state = Fixture.withBoards(Fixture.boards(3))
        state.keymap = try preset("vim")
        send(&state, Fixture.key("j"), Fixture.key("l"))
        #expect(state.boardsScreen.focus == .sections)
        #expect(state.boardsScreen.chosenBoard?.id == "b2")
        send(&state, .sectionsPageLoaded(PageRequest(source: .sections(boardId: "b2")), [Fixture.section(1)], bookmark: nil))
        send(&state, Fixture.key("j"), Fixture.key("l"))
        #expect(state.boardsScreen.focus == .pins)
        #expect(state.boardsScreen.chosenSection?.id == "s1")
        send(&state, Fixture.key("h"))
        #expect(state.boardsScreen.focus == .sections)
        send(&state, Fixture.key("h"), Fixture.key("h"))
        #expect(state.boardsScreen.focus == .boards)
        #expect(state.boardsScreen.chosenBoard?.id == "b2", "going back closes nothing")
    }

    @Test func hClearsAKeptFilterFirst() throws {
        var state = Fixture.withOpenBoard()
        state.keymap = try preset("vim")
        keepFilter("1", &state)
        send(&state, Fixture.key("h"))
        #expect(state.boardsScreen.sections.filter == "")
        #expect(state.boardsScreen.focus == .sections)
    }

    @Test func onTheAccountScreenLOpensThePartAndHReturnsToTheMenu() throws {
        var state = AccountFixture.onAccount(keymap: try preset("vim"))
        AccountFixture.choose(.followers, in: &state)
        send(&state, Fixture.key("l"))
        #expect(state.accountScreen.focus == .list)
        send(&state, Fixture.key("h"))
        #expect(state.accountScreen.focus == .menu)
    }

    @Test func onTheAnalyticsScreenHAndLStillGoBetweenTheParts() throws {
        var state = Fixture.withBoards(Fixture.boards(2))
        state.keymap = try preset("vim")
        send(&state, .command(.showAnalytics), Fixture.key("l"))
        #expect(state.analyticsScreen.part == .topPins)
        send(&state, Fixture.key("h"))
        #expect(state.analyticsScreen.part == .metrics)
    }
}
