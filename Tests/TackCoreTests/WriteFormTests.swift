import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

@Suite("Writes: editing forms, pickers and dialogs")
struct WriteFormTests {
    private func newBoardForm() -> AppState {
        var state = WriteFixture.boards()
        send(&state, .command(.createBoard))
        return state
    }

    @Test func eachModalHasItsOwnKeyContext() {
        var state = newBoardForm()
        #expect(state.activeContexts == [.form])
        send(&state, .terminal(.paste("x")), .command(.cancelForm))
        #expect(state.activeContexts == [.confirm])
        send(&state, .command(.cancelDialog))
        #expect(state.activeContexts == [.form])

        var moving = WriteFixture.pinsOfB1()
        send(&moving, .command(.movePins), .command(.activateField))
        #expect(moving.activeContexts == [.picker])
    }

    @Test func unboundKeysAndPastesAreTypedIntoTheFocusedField() {
        var state = newBoardForm()
        for character in "Été 旅行 👩‍👩‍👧" { send(&state, Fixture.key(character)) }
        send(&state, .terminal(.paste("\u{1B}[31m!")))
        #expect(state.form?[.name]?.textBuffer?.text == "Été 旅行 👩‍👩‍👧[31m!", "control characters are dropped")
        send(&state, Fixture.key("q", .ctrl))
        #expect(state.form?[.name]?.textBuffer?.text == "Été 旅行 👩‍👩‍👧[31m!", "a key with modifiers is not text")
        #expect(state.shouldQuit == false)
    }

    @Test func editingCommandsReachTheLineEditor() {
        var state = newBoardForm()
        send(&state, .terminal(.paste("grilled peach salad")))
        send(&state, .command(.wordLeft), .command(.deleteWordBackward))
        #expect(state.form?[.name]?.textBuffer?.text == "grilled salad")
        send(&state, .command(.lineStart), .command(.deleteForward), .terminal(.paste("G")))
        #expect(state.form?[.name]?.textBuffer?.text == "Grilled salad")
        send(&state, .command(.lineEnd), .command(.cursorLeft), .command(.deleteToLineEnd), .command(.deleteBackward))
        #expect(state.form?[.name]?.textBuffer?.text == "Grilled sal")
        send(&state, .command(.wordLeft), .command(.wordRight), .command(.deleteWordForward))
        #expect(state.form?[.name]?.textBuffer?.text == "Grilled sal")
        send(&state, .command(.lineStart), .command(.deleteWordForward), .command(.deleteToLineStart))
        #expect(state.form?[.name]?.textBuffer?.text == " sal")
    }

    @Test func activateStartsALineInTheDescriptionAndMovesOnFromAOneLineField() {
        var state = newBoardForm()
        send(&state, .command(.activateField))
        #expect(state.form?.focusedField?.id == .description)
        send(&state, .terminal(.paste("one")), .command(.activateField), .terminal(.paste("two")))
        send(&state, .command(.cursorUp), .command(.lineEnd), .terminal(.paste("!")), .command(.cursorDown))
        #expect(state.form?[.description]?.textBuffer?.text == "one!\ntwo")
        send(&state, .command(.previousField))
        #expect(state.form?.focusedField?.id == .name)
    }

    @Test func cancellingACleanFormClosesIt() {
        var state = newBoardForm()
        send(&state, .command(.cancelForm))
        #expect(state.form == nil)
        #expect(state.confirmation == nil)
        #expect(state.activeContexts == [.boards, .list, .global])
    }

    @Test func cancellingAChangedFormAsksAndKeepsEditingOnNo() {
        var state = newBoardForm()
        send(&state, .terminal(.paste("Trips")), .command(.cancelForm))
        #expect(state.confirmation == .discardForm(title: "New board"))
        send(&state, Fixture.key("z"))
        #expect(state.form?[.name]?.textBuffer?.text == "Trips", "nothing is typed behind a dialog")
        send(&state, .command(.cancelDialog))
        #expect(state.form?[.name]?.textBuffer?.text == "Trips")
        send(&state, .command(.cancelForm), .command(.confirm))
        #expect(state.form == nil)
        #expect(state.confirmation == nil)
    }

    @Test func theBoardPickerFetchesEveryBoardWhenThePaneHasMorePages() {
        var state = WriteFixture.pinsOfB1()
        state.boardsScreen.boards.bookmark = "next"                       // only the first page of boards is loaded
        send(&state, .command(.movePins))
        #expect(reduce(&state, .command(.activateField)) == .request(id: .allOwnBoards, .allOwnBoards))
        #expect(state.picker?.isLoading == true)
        #expect(state.picker?.options.map(\.label) == ["Board 1", "Board 2", "Board 3"], "the loaded ones meanwhile")

        send(&state, .allOwnBoardsLoaded(Fixture.boards(30)))
        #expect(state.picker?.isLoading == false)
        #expect(state.picker?.options.count == 30)
        send(&state, Fixture.key("2"), Fixture.key("9"))
        #expect(state.picker?.visibleOptions.map(\.label) == ["Board 29"])
    }

    @Test func closingALoadingBoardPickerCancelsTheFetchAndAFailureKeepsTheLoadedBoards() {
        var state = WriteFixture.pinsOfB1()
        state.boardsScreen.boards.bookmark = "next"
        send(&state, .command(.movePins), .command(.activateField))
        #expect(reduce(&state, .command(.cancelPicker)) == .cancel(.allOwnBoards))
        #expect(state.picker == nil && state.form != nil)

        send(&state, .command(.activateField), .allOwnBoardsFailed(WriteFixture.busy))
        #expect(state.picker?.isLoading == false)
        #expect(state.picker?.options.count == 3)
        #expect(state.statusMessage == "Could not load all your boards: board busy: try again")
    }

    @Test func theBoardPickerListsOwnBoardsAndFiltersAsYouType() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.movePins), .command(.activateField))
        #expect(state.picker?.options.map(\.label) == ["Board 1", "Board 2", "Board 3"])
        #expect(state.picker?.selectedOption?.id == "b1", "the current value is highlighted")
        send(&state, Fixture.key("3"))
        #expect(state.picker?.visibleOptions.map(\.label) == ["Board 3"])
        send(&state, .command(.deleteBackward), .command(.goBottom))
        #expect(state.picker?.selectedOption?.label == "Board 3")
        send(&state, .command(.choose))
        #expect(state.picker == nil)
        #expect(state.form?[.board]?.value == .reference(id: "b3", label: "Board 3"))
    }

    @Test func cancellingAPickerKeepsTheForm() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.movePins), .command(.activateField), .command(.moveDown), .command(.cancelPicker))
        #expect(state.picker == nil)
        #expect(state.form?[.board]?.submittedText == "b1")
        #expect(state.activeContexts == [.form])
    }

    @Test func theSectionPickerUsesTheLoadedSectionsOfTheOpenBoard() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.movePins), .command(.nextField))
        #expect(reduce(&state, .command(.activateField)) == .none)
        #expect(state.picker?.options.map(\.label) == ["(none: the board itself)", "Section 1", "Section 2"])
        #expect(state.picker?.isLoading == false)
    }

    @Test func theSectionPickerFetchesTheSectionsOfAnotherBoard() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.movePins))
        pick(&state, .board, "Board 2")
        send(&state, .command(.nextField))
        let effect = reduce(&state, .command(.activateField))
        #expect(effect == .request(id: .boardSections, .boardSections(boardId: "b2")))
        #expect(state.picker?.isLoading == true)
        send(&state, .boardSectionsLoaded(boardId: "b2", [BoardSection(id: "s20", name: "Roses")]))
        #expect(state.picker?.isLoading == false)
        #expect(state.picker?.options.map(\.label) == ["(none: the board itself)", "Roses"])
        send(&state, .command(.moveDown), .command(.choose))
        #expect(state.form?.destination == PinDestination(boardId: "b2", sectionId: "s20"))

        pick(&state, .board, "Board 3")
        #expect(state.form?.destination == PinDestination(boardId: "b3"), "another board clears the section")
    }

    @Test func aSectionPickerThatCannotLoadSaysSoAndOffersTheBoardItself() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.movePins))
        pick(&state, .board, "Board 2")
        send(&state, .command(.nextField), .command(.activateField))
        send(&state, .boardSectionsFailed(boardId: "b2", WriteFixture.busy))
        #expect(state.picker?.options.map(\.label) == ["(none: the board itself)"])
        #expect(state.statusMessage == "Could not load the sections: board busy: try again")
        #expect(reduce(&state, .command(.cancelPicker)) == .none)
    }

    @Test func closingALoadingPickerStopsTheFetch() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.movePins))
        pick(&state, .board, "Board 2")
        send(&state, .command(.nextField), .command(.activateField))
        #expect(reduce(&state, .command(.cancelPicker)) == .cancel(.boardSections))
        send(&state, .boardSectionsLoaded(boardId: "b2", [BoardSection(id: "s20", name: "Roses")]))
        #expect(state.picker == nil)
    }
}
