import Foundation
import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Checks of the forms, pickers, dialogs and marks that text snapshots cannot make: theme roles,
/// where the terminal's cursor goes, and that the keys shown follow the live keymap.
@Suite struct ModalViewTests {
    static let small = Size(width: 80, height: 24)

    private func render(_ state: AppState) -> ScreenBuffer {
        AppView.render(state, theme: Fixtures.theme)
    }

    private func style(of text: String, in state: AppState) throws -> Style {
        let screen = render(state)
        let point = try screen.position(of: text)
        return screen[point.x, point.y].style
    }

    // MARK: - Roles

    @Test func validationMessageOfAChangedFieldUsesTheErrorRole() throws {
        let state = Fixtures.withForm(FormState.editBoard(Fixtures.summerRecipes).replacing(.name, with: ""))
        #expect(try style(of: "✗ Name is required", in: state) == Fixtures.theme.style(.error))
    }

    @Test func problemOfAnUntouchedFieldIsMutedUntilItIsChanged() throws {
        let state = Fixtures.withForm(.createSection(boardId: Fixtures.summerRecipes.id))
        #expect(try style(of: "Name is required", in: state) == Fixtures.theme.style(.muted))
        #expect(!render(state).text().contains("✗"))
    }

    /// Pinterest gives board names no limit: no count, and a muted note that says so.
    @Test func aBoardNameSaysItHasNoDocumentedLimitInsteadOfACount() throws {
        let state = Fixtures.withForm(.createBoard())
        #expect(try style(of: "Pinterest documents no length limit", in: state) == Fixtures.theme.style(.muted))
        let nameRow = render(state).lines.first { $0.contains("Name ") }
        #expect(nameRow?.contains("left") == false, "no count: \(nameRow ?? "no name row")")
    }

    @Test(arguments: [(6, "174 left", ThemeRole.muted), (175, "5 left", .warning), (181, "1 over", .error)])
    func remainingCountTurnsToWarningThenError(length: Int, shown: String, role: ThemeRole) throws {
        let form = FormState.createSection(boardId: Fixtures.summerRecipes.id).typing([.name: String(repeating: "é", count: length)])
        #expect(try style(of: shown, in: Fixtures.withForm(form)) == Fixtures.theme.style(role))
    }

    @Test func focusedFieldLabelIsHighlighted() throws {
        let form = FormState.createBoard().typing([.name: "Trips"], focus: .description)
        let state = Fixtures.withForm(form)
        #expect(try style(of: "▸ Description", in: state) == Fixtures.theme.style(.titleFocused))
        #expect(try style(of: "Name", in: state) == Fixtures.theme.style(.detailLabel))
    }

    @Test func failureShowsPinterestsMessageInTheErrorRole() throws {
        var form = FormState.createBoard().typing([.name: "Trips"])
        _ = form.beginSubmitting()
        form.fail(with: APIFailure(userMessage: "Rate limited: wait 30 seconds", status: 429, isRetryable: true))
        #expect(try style(of: "✗ Rate limited: wait 30 seconds", in: Fixtures.withForm(form)) == Fixtures.theme.style(.error))
    }

    @Test func markedRowsUseTheMarkedRoleAndTheTitleCountsThem() throws {
        var state = Fixtures.browsing(Self.small)
        state.marks = PinMarks(ids: [Fixtures.pins[1].id, Fixtures.pins[3].id])
        let screen = render(state)
        let marked = try screen.position(of: "● Lemon tart")
        let unmarked = try screen.position(of: "Corn on the cob")
        #expect(screen[marked.x + 2, marked.y].style == Fixtures.theme.style(.marked))
        #expect(screen[unmarked.x, unmarked.y].style == Fixtures.theme.style(.text))
        #expect(screen.lines[1].contains("(5) · 2 marked"))
    }

    @Test func listsWithoutMarksKeepTheirRowsAsBefore() throws {
        let screen = render(Fixtures.browsing(Self.small))
        #expect(screen.lines[3].contains("││  Lemon tart"))
        #expect(!screen.lines[1].contains("marked"))
    }

    // MARK: - Cursor

    @Test func cursorSitsAfterTheTypedTextCountingWideCharacters() throws {
        var form = FormState.createBoard().typing([.name: "Trips 🧳"])
        let state = Fixtures.withForm(form)
        let text = try render(state).position(of: "Trips 🧳")
        #expect(AppView.cursor(for: state) == Point(x: text.x + 8, y: text.y))

        form.editFocusedText(.moveLeft)
        #expect(AppView.cursor(for: Fixtures.withForm(form)) == Point(x: text.x + 6, y: text.y))
    }

    @Test func longLineScrollsSidewaysToKeepTheCursorInTheField() throws {
        let name = (1...40).map { "w\($0)" }.joined(separator: " ")
        let state = Fixtures.withForm(FormState.createSection(boardId: Fixtures.summerRecipes.id).typing([.name: name]))
        let screen = render(state)
        let cursor = try #require(AppView.cursor(for: state))
        let count = try screen.position(of: "left")
        #expect(cursor.x < count.x - 1)
        #expect(screen[cursor.x - 3, cursor.y].grapheme + screen[cursor.x - 2, cursor.y].grapheme + screen[cursor.x - 1, cursor.y].grapheme == "w40")
        #expect(screen.lines[cursor.y].contains("…"))
    }

    @Test func wideCharactersScrollWhole() throws {
        let name = String(repeating: "東京", count: 40)
        let state = Fixtures.withForm(FormState.createSection(boardId: Fixtures.summerRecipes.id).typing([.name: name]))
        let screen = render(state)
        let cursor = try #require(AppView.cursor(for: state))
        #expect(screen[cursor.x - 2, cursor.y].grapheme == "京")
        #expect(screen[cursor.x - 1, cursor.y].grapheme == "")
        let row = screen.lines[cursor.y]
        #expect(row.contains("…東京東京") || row.contains("…京東京"))
    }

    @Test func cursorInTheMultiLineDescriptionFollowsItsRow() throws {
        let form = FormState.createBoard().typing([.description: "Places to go.\nWith kids"])
        let state = Fixtures.withForm(form)
        let row = try render(state).position(of: "With kids")
        #expect(AppView.cursor(for: state) == Point(x: row.x + 9, y: row.y))
    }

    @Test func cursorGoesToThePickersFilter() throws {
        var state = Fixtures.withForm(.movePins(ids: [Fixtures.peachSalad.id], from: FormState.MoveOrigin.place(board: Fixtures.summerRecipes, sectionId: nil, sectionName: nil)))
        var picker = Fixtures.boardPicker()
        picker.editFilter(.insert("ri"))
        state.picker = picker
        let filter = try render(state).position(of: "Filter: ri")
        #expect(AppView.cursor(for: state) == Point(x: filter.x + 10, y: filter.y))
    }

    @Test func noCursorWithoutATextFieldToEdit() {
        #expect(AppView.cursor(for: Fixtures.browsing(Self.small)) == nil)

        var choice = FormState.createBoard()
        choice.focus(.privacy)
        #expect(AppView.cursor(for: Fixtures.withForm(choice)) == nil)

        var saving = FormState.createBoard().typing([.name: "Trips"])
        _ = saving.beginSubmitting()
        #expect(AppView.cursor(for: Fixtures.withForm(saving)) == nil)

        var asking = Fixtures.withForm(FormState.createBoard().typing([.name: "Trips"]))
        asking.confirmation = .discardForm(title: "New board")
        #expect(AppView.cursor(for: asking) == nil)
    }

    // MARK: - Keys from the keymap

    @Test func formFooterAndRetryHintFollowTheLiveKeymap() throws {
        var form = FormState.createBoard().typing([.name: "Trips"])
        _ = form.beginSubmitting()
        form.fail(with: APIFailure(userMessage: "Try again", status: 503, isRetryable: true))
        var state = Fixtures.withForm(form)
        state.keymap = Keymap([
            .form: [.submit: [try KeySequence(parsing: "ctrl-x")], .cancelForm: [try KeySequence(parsing: "ctrl-g")]],
        ])
        let text = render(state).text()
        #expect(text.contains("✗ Try again — ctrl-x to retry"))
        #expect(text.contains("ctrl-x save · ctrl-g cancel"))
        #expect(!text.contains("ctrl-s"))
    }

    /// 400, 403, 404 and 413 fail the same way again: the form shows why, and no retry key.
    @Test(arguments: [400, 403, 404, 413])
    func formOffersNoRetryWhenRetryingCannotHelp(status: Int) {
        var form = FormState.createBoard().typing([.name: "Trips"])
        _ = form.beginSubmitting()
        form.fail(with: APIFailure(userMessage: "Refused", status: status, isRetryable: false))
        let text = render(Fixtures.withForm(form)).text()
        #expect(text.contains("✗ Refused"))
        #expect(!text.contains("to retry"))
    }

    @Test func confirmationNamesItsKeysFromTheConfirmContext() throws {
        var state = Fixtures.browsing(Self.small)
        state.confirmation = .deletePins([(Fixtures.peachSalad.id, Fixtures.peachSalad.title)])
        #expect(render(state).text().contains("y Delete · n Cancel"))
        state.keymap = Keymap([.confirm: [.confirm: [try KeySequence(parsing: "ctrl-y")], .cancelDialog: [try KeySequence(parsing: "q")]]])
        #expect(render(state).text().contains("ctrl-y Delete · q Cancel"))
    }

    @Test func statusLineShowsTheModalContextsKeys() {
        var state = Fixtures.withForm(.createBoard())
        #expect(render(state).lines.last == " ctrl-s save · esc cancel · tab next field")
        state.picker = Fixtures.boardPicker()
        #expect(render(state).lines.last == " enter choose · esc close")
        state.confirmation = .discardForm(title: "New board")
        #expect(render(state).lines.last == " y yes · n no")
    }

    @Test func helpListsTheModalContextsUnderTheirHeadings() throws {
        var state = Fixtures.browsing(Size(width: 80, height: 200))
        state.help = HelpOverlay(isOpen: true)
        let lines = render(state).lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
        for (heading, binding) in [("In a form", "ctrl-s     Save"), ("In a picker or the command palette", "Choose the highlighted item"), ("When asked to confirm", "Yes, do it")] {
            let headingRow = try #require(lines.firstIndex(of: heading))
            let bindingRow = try #require(lines.firstIndex { $0.contains(binding) })
            #expect(headingRow < bindingRow, "\(heading) lists \(binding)")
        }
    }
}
