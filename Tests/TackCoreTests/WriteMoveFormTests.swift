import PinterestAPI
import TackCore
import Testing

/// The move form starts from where the pins are, so saving it unchanged moves nothing.
@Suite("Writes: the move form's starting place")
struct WriteMoveFormTests {
    /// Board b1 open, focus on its pins p1…p3; p1 and p2 in section s1, p3 in s2.
    private func pinsInSections() -> AppState {
        var pins = Fixture.pins(3)
        pins[0].boardSectionId = "s1"
        pins[1].boardSectionId = "s1"
        pins[2].boardSectionId = "s2"
        var state = Fixture.withOpenBoard(pins: pins)
        state.boardsScreen.focus = .pins
        return state
    }

    @Test func aPinsSectionIsPreselectedByName() {
        var state = pinsInSections()
        send(&state, .command(.movePins))
        #expect(state.form?[.board]?.value == .reference(id: "b1", label: "Board 1"))
        #expect(state.form?[.section]?.value == .reference(id: "s1", label: "Section 1"))
    }

    @Test func savingTheFormUnchangedMovesNothing() {
        var state = pinsInSections()
        send(&state, .command(.movePins))
        let effect = reduce(&state, .command(.submit))
        #expect(requestedWrite(in: effect) == nil, "the pin stays in its section")
        #expect(state.form == nil)
        #expect(state.statusMessage == "Nothing changed")
    }

    @Test func choosingTheBoardItselfTakesThePinOutOfItsSection() {
        var state = pinsInSections()
        send(&state, .command(.movePins))
        pick(&state, .section, PickerOption.noSection.label)
        let effect = reduce(&state, .command(.submit))
        #expect(requestedWrite(in: effect) == .movePin(pinId: "p1", to: PinDestination(boardId: "b1")))
    }

    @Test func pinsOfOneSectionStartInIt() {
        var state = pinsInSections()
        send(&state, .command(.toggleMark), .command(.toggleMark), .command(.movePins))
        #expect(state.form?[.section]?.value == .reference(id: "s1", label: "Section 1"))
    }

    @Test func pinsOfDifferentSectionsKeepTheirsUntilASectionIsChosen() {
        var state = pinsInSections()
        send(&state, .command(.toggleMark), .command(.goBottom), .command(.toggleMark), .command(.movePins))
        #expect(state.form?[.board]?.submittedText == "b1")
        #expect(state.form?[.section]?.value == FormState.unchangedSection)
        #expect(state.form?.isDirty == false)

        var unchanged = state
        #expect(requestedWrite(in: reduce(&unchanged, .command(.submit))) == nil)
        #expect(unchanged.confirmation == nil)
        #expect(unchanged.statusMessage == "Nothing changed")

        var chosen = state
        pick(&chosen, .section, "Section 2")
        send(&chosen, .command(.submit))
        #expect(chosen.confirmation?.action == .movePins(
            ids: ["p1", "p3"], to: PinDestination(boardId: "b1", sectionId: "s2")))

        var otherBoard = state
        pick(&otherBoard, .board, "Board 3")
        #expect(otherBoard.form?[.section]?.value == FormState.noSection, "another board: no section")
    }

    @Test func inMyPinsTheSectionsNameIsLoadedAndPinsOfSeveralBoardsStartWithNoBoard() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins))
        let mine = [
            Pin(id: "p1", title: "Mine", boardId: "b2", boardSectionId: "s7"), Pin(id: "p2", title: "Other", boardId: "b1"),
        ]
        send(&state, .pinsPageLoaded(PageRequest(source: .myPins(.none)), mine, bookmark: nil))
        let effect = reduce(&state, .command(.movePins))
        #expect(effect == .request(id: .boardSections, .boardSections(boardId: "b2")))
        #expect(state.form?[.board]?.value == .reference(id: "b2", label: "Board 2"))
        #expect(state.form?[.section]?.value == .reference(id: "s7", label: FormState.loadingSectionName))
        // Before the names arrive (once known, they are remembered for the board).
        var failed = state
        send(&state, .boardSectionsLoaded(boardId: "b2", [BoardSection(id: "s7", name: "Roses")]))
        #expect(state.form?[.section]?.value == .reference(id: "s7", label: "Roses"))
        #expect(state.form?.isDirty == false)

        failed.form = nil
        send(&failed, .command(.movePins), .boardSectionsFailed(boardId: "b2", WriteFixture.busy))
        #expect(failed.form?[.section]?.value == .reference(id: "s7", label: "(the pin's current section)"))

        send(&state, .command(.cancelForm), .command(.toggleMark), .command(.toggleMark))
        send(&state, .command(.movePins))
        #expect(state.form?[.board]?.submittedText == "", "pins of two boards: the board is to choose")
    }

    @Test func theSuccessMessageNamesTheChosenSectionEvenWhenItsListIsNotLoaded() throws {
        var state = pinsInSections()
        send(&state, .command(.movePins))
        pick(&state, .board, "Board 3")
        // Board 3's sections are fetched for the picker; the sections pane still shows board 1's.
        send(&state, .command(.nextField), .command(.activateField))
        send(&state, .boardSectionsLoaded(boardId: "b3", [BoardSection(id: "5258814934636005", name: "Herbs")]))
        send(&state, .command(.moveDown), .command(.choose))
        let request = requestedWrite(in: reduce(&state, .command(.submit)))
        #expect(request == .movePin(pinId: "p1", to: PinDestination(boardId: "b3", sectionId: "5258814934636005")))
        send(&state, .writeSucceeded(try #require(request), .pin(Pin(id: "p1", title: "Pin 1", boardId: "b3"))))
        #expect(state.statusMessage == "Pin “Pin 1” moved to “Board 3 › Herbs”")
    }
}
