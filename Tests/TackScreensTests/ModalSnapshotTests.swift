import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Forms, pickers and dialogs over the panes, rendered as text and compared with the committed snapshots.
@Suite struct ModalSnapshotTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 160, height: 50)

    private func expectScreen(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectSnapshot(AppView.render(state, theme: Fixtures.theme).text(), named: name, sourceLocation: sourceLocation)
    }

    // MARK: - Board and section forms

    @Test func newBoardAsOpened() {
        expectScreen(Fixtures.withForm(.createBoard()), named: "form-new-board-80x24")
    }

    @Test func newBoardTypedWithAMultiLineDescription() {
        var form = FormState.createBoard().typing(
            [.name: "Trips 🧳", .description: "Places to go.\nWith the kids: 東京, Lisboa, Montréal."], focus: .privacy)
        form.cycleFocusedChoice(by: 2)
        expectScreen(Fixtures.withForm(form), named: "form-new-board-typed-80x24")
    }

    @Test func editBoardWithTheNameClearedShowsTheError() {
        let form = FormState.editBoard(Fixtures.summerRecipes).replacing(.name, with: "")
        expectScreen(Fixtures.withForm(form), named: "form-edit-board-invalid-80x24")
    }

    @Test func newSectionOverTheLimit() {
        let form = FormState.createSection(boardId: Fixtures.summerRecipes.id)
            .typing([.name: String(repeating: "Salade niçoise ", count: 12) + "!"])
        expectScreen(Fixtures.withForm(form), named: "form-new-section-too-long-80x24")
    }

    @Test func renameSectionWithTheCursorInsideTheName() {
        var form = FormState.renameSection(boardId: Fixtures.summerRecipes.id, section: Fixtures.salads).typing([.name: " & bowls"])
        form.editFocusedText(.moveWordLeft)
        expectScreen(Fixtures.withForm(form), named: "form-rename-section-80x24")
    }

    // MARK: - Pin forms

    /// A source for each media kind; the carousel of URLs has one too few, to show its error.
    static let sources: [MediaKind: String] = [
        .imageURL: "https://images.example.com/peach-salad.jpg",
        .imageFile: "~/Pictures/peach salad.png",
        .imageURLs: "https://images.example.com/peach-1.jpg",
        .imageFiles: "~/Pictures/peach-1.jpg ~/Pictures/peach-2.jpg ~/Pictures/peach-3.jpg",
        .videoID: "12345678901 https://images.example.com/cover.jpg",
    ]

    @Test(arguments: MediaKind.allCases)
    func newPinWithEachMediaKind(kind: MediaKind) throws {
        var form = FormState.createPin(board: Fixtures.boards[4], section: nil)
        form.focus(.mediaKind)
        form.selectChoice(at: try #require(MediaKind.allCases.firstIndex(of: kind)), in: .mediaKind)
        form = form.typing(
            [.title: "Grilled peach salad", .description: Fixtures.longDescription, .mediaSource: try #require(Self.sources[kind])],
            focus: .mediaSource)
        expectScreen(Fixtures.withForm(form), named: "form-new-pin-\(kind.rawValue)-80x24")
    }

    @Test func newPinOnALargeScreenWithTheDescriptionFocused() {
        let form = FormState.createPin(board: Fixtures.summerRecipes, section: Fixtures.salads).typing(
            [.title: "Grilled peach salad", .description: Fixtures.longDescription, .link: "example.com/peach", .dominantColor: "#E8A26B"],
            focus: .description)
        expectScreen(Fixtures.withForm(form, size: Self.large), named: "form-new-pin-160x50")
    }

    @Test func newPinOnTheSmallestScreenScrollsToTheFocusedField() {
        let form = FormState.createPin(board: Fixtures.summerRecipes, section: nil)
            .typing([.title: "Grilled peach salad", .mediaSource: "https://images.example.com/peach-salad.jpg"], focus: .mediaSource)
        expectScreen(Fixtures.withForm(form, size: ScreenLayout.minimumSize), named: "form-new-pin-60x15")
    }

    @Test func editPinNearTheTitleLimit() {
        let form = FormState.editPin(Fixtures.peachSalad).typing(
            [.title: ": burrata, basil, mint and honey-lime with flaky salt on top, for four people"])
        expectScreen(Fixtures.withForm(form), named: "form-edit-pin-80x24")
    }

    @Test func moveThreePins() {
        let ids = Fixtures.pins.prefix(3).map(\.id)
        expectScreen(Fixtures.withForm(.movePins(ids: ids, from: Self.fromRecipes)), named: "form-move-pins-80x24")
    }

    /// Where the move form starts for pins on Summer Recipes outside any section.
    private static let fromRecipes = FormState.MoveOrigin.place(board: Fixtures.summerRecipes, sectionId: nil, sectionName: nil)

    @Test func moveAPinStartsInItsSection() {
        let origin = FormState.MoveOrigin.place(
            board: Fixtures.summerRecipes, sectionId: Fixtures.salads.id, sectionName: Fixtures.salads.name)
        expectScreen(Fixtures.withForm(.movePins(ids: [Fixtures.peachSalad.id], from: origin)), named: "form-move-pin-in-section-80x24")
    }

    @Test func movePinsOfSeveralSectionsKeepsTheirSections() {
        let ids = Fixtures.pins.prefix(2).map(\.id)
        let form = FormState.movePins(ids: ids, from: .boardWithMixedSections(Fixtures.summerRecipes))
        expectScreen(Fixtures.withForm(form), named: "form-move-pins-mixed-sections-80x24")
    }

    @Test func newPinWithACarouselOfQuotedFiles() {
        var form = FormState.createPin(board: Fixtures.summerRecipes, section: nil)
        form.selectChoice(at: MediaKind.allCases.firstIndex(of: .imageFiles)!, in: .mediaKind)
        form = form.typing([.mediaSource: #"~/"Summer photos"/peach.jpg ~/tart\ 2.jpg"#], focus: .mediaSource)
        expectScreen(Fixtures.withForm(form), named: "form-new-pin-carousel-files-80x24")
    }

    @Test func savePinWithAnInvalidReference() {
        let form = FormState.savePin(reference: nil, board: Fixtures.summerRecipes, section: Fixtures.salads)
            .typing([.pinReference: "https://example.com/813744226373"])
        expectScreen(Fixtures.withForm(form), named: "form-save-pin-80x24")
    }

    // MARK: - Submitting and failing

    @Test func formWhileSubmitting() {
        var form = FormState.createBoard().typing([.name: "Trips"])
        _ = form.beginSubmitting()
        expectScreen(Fixtures.withForm(form), named: "form-submitting-80x24")
    }

    /// esc after the request left: the form stays, saying the board may exist and how to check.
    @Test func formCancelledAfterItsSaveLeft() {
        var form = FormState.createBoard().typing([.name: "Trips", .description: "Places to go"])
        _ = form.beginSubmitting()
        form.record(.sent)
        form.cancelSubmitting()
        expectScreen(Fixtures.withForm(form), named: "form-cancelled-after-sending-80x24")
    }

    @Test func formCancelledBeforeItsSaveLeft() {
        var form = FormState.createBoard().typing([.name: "Trips"])
        _ = form.beginSubmitting()
        form.cancelSubmitting()
        expectScreen(Fixtures.withForm(form), named: "form-cancelled-unsent-80x24")
    }

    @Test func formAfterPinterestRefusedIt() {
        var form = FormState.createBoard().typing([.name: "Trips", .description: "Places to go"])
        _ = form.beginSubmitting()
        form.fail(with: APIFailure(
            userMessage: "Pinterest says: the board is busy with another change. Try again in a moment.", status: 409, isRetryable: true))
        expectScreen(Fixtures.withForm(form), named: "form-failed-80x24")
    }

    @Test func formRefusedForATooLargeImageOffersNoRetry() {
        var form = FormState.createPin(board: Fixtures.summerRecipes, section: nil)
        form.selectChoice(at: MediaKind.allCases.firstIndex(of: .imageFile)!, in: .mediaKind)
        form = form.typing([.title: "Peach", .mediaSource: "~/Pictures/huge.png"])
        _ = form.beginSubmitting()
        form.fail(with: APIFailure(MediaResolutionError.tooLarge(
            path: "~/Pictures/huge.png", byteCount: 24_536_678, limit: ImageUploadLimit.byteCount)))
        expectScreen(Fixtures.withForm(form), named: "form-failed-image-too-large-80x24")
    }

    // MARK: - Pickers

    @Test func boardPickerOverTheMoveForm() {
        var state = Fixtures.withForm(.movePins(ids: [Fixtures.peachSalad.id], from: Self.fromRecipes))
        state.picker = Fixtures.boardPicker(selected: Fixtures.boards[2].id)
        expectScreen(state, named: "picker-boards-80x24")
    }

    @Test func boardPickerFiltered() {
        var state = Fixtures.withForm(.movePins(ids: [Fixtures.peachSalad.id], from: Self.fromRecipes))
        var picker = Fixtures.boardPicker()
        picker.editFilter(.insert("ri"))
        picker.moveSelection(by: 1)
        state.picker = picker
        expectScreen(state, named: "picker-filtered-80x24")
    }

    @Test func boardPickerWithNoMatch() {
        var state = Fixtures.withForm(.movePins(ids: [Fixtures.peachSalad.id], from: Self.fromRecipes))
        var picker = Fixtures.boardPicker()
        picker.editFilter(.insert("zzz"))
        state.picker = picker
        expectScreen(state, named: "picker-no-match-80x24")
    }

    @Test func sectionPickerWhileItsSectionsLoad() {
        var state = Fixtures.withForm(.movePins(ids: [Fixtures.peachSalad.id], from: Self.fromRecipes))
        state.form?.focus(.section)
        state.picker = PickerState(title: "Section", options: [], target: .field(.section), isLoading: true)
        expectScreen(state, named: "picker-loading-80x24")
    }

    // MARK: - Confirmations

    @Test func confirmBoardDeleteWithCounts() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.focus = .boards
        state.confirmation = .deleteBoard(id: Fixtures.summerRecipes.id, name: "Summer Recipes", pinCount: 48, sectionCount: 3)
        expectScreen(state, named: "confirm-delete-board-80x24")
    }

    @Test func confirmSectionDelete() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.focus = .sections
        state.confirmation = .deleteSection(boardId: Fixtures.summerRecipes.id, section: Fixtures.salads, pinCount: 12)
        expectScreen(state, named: "confirm-delete-section-80x24")
    }

    @Test func confirmPinsDelete() {
        var state = Fixtures.browsing(Self.small)
        state.confirmation = .deletePins(Fixtures.pins.map { ($0.id, $0.title) })
        expectScreen(state, named: "confirm-delete-pins-80x24")
    }

    @Test func confirmOnePinDeleteNamesItSafely() {
        var state = Fixtures.browsing(Self.small)
        state.confirmation = .deletePins([(Fixtures.hostilePin.id, Fixtures.hostilePin.title)])
        expectScreen(state, named: "confirm-delete-one-pin-80x24")
    }

    @Test func confirmDiscardingAFormsChanges() {
        let form = FormState.createBoard().typing([.name: "Trips"])
        var state = Fixtures.withForm(form)
        state.confirmation = .discardForm(title: form.title)
        expectScreen(state, named: "confirm-discard-80x24")
    }

    // MARK: - Bulk operations

    @Test func bulkMoveInProgress() {
        var state = Fixtures.browsing(Self.small)
        var bulk = BulkOperation(
            kind: .move(to: PinDestination(boardId: Fixtures.boards[1].id, sectionId: nil)), ids: Fixtures.pins.map(\.id))
        for pin in Fixtures.pins.prefix(3) { bulk.record(.succeeded, for: pin.id) }
        state.bulk = bulk
        expectScreen(state, named: "bulk-progress-80x24")
    }

    @Test func bulkMoveSummaryWithAFailure() {
        var state = Fixtures.browsing(Self.small)
        var bulk = BulkOperation(
            kind: .move(to: PinDestination(boardId: Fixtures.boards[1].id, sectionId: nil)), ids: Fixtures.pins.map(\.id))
        for pin in Fixtures.pins.prefix(4) { bulk.record(.succeeded, for: pin.id) }
        bulk.record(.failed(APIFailure(userMessage: "the board is busy: try again", status: 409, isRetryable: true)), for: Fixtures.pins[4].id)
        state.bulk = bulk
        state.marks = PinMarks(ids: [Fixtures.pins[4].id])
        expectScreen(state, named: "bulk-summary-80x24")
    }

    // MARK: - Marks and help

    @Test func markedPinsWithARangeBeingDrawn() {
        var state = Fixtures.browsing(Self.small)
        var marks = PinMarks(ids: [Fixtures.pins[0].id])
        let order = Fixtures.pins.map(\.id)
        marks.startRange(at: order[2])
        marks.extendRange(to: order[3], in: order)
        state.marks = marks
        state.boardsScreen.pins.selectedID = order[3]
        expectScreen(state, named: "marked-pins-80x24")
    }

    /// The range from "Lemon tart" (◆) down to the selection, drawn marked-to-be (○) in the `marking`
    /// role, beside a pin marked before (●): in the shipped default and mono themes, with the styles.
    @Test(arguments: ["default", "mono"])
    func aRangeBeingMarkedAsItGrows(themeName: String) throws {
        var state = Fixtures.browsing(Self.small)
        let order = Fixtures.pins.map(\.id)
        var marks = PinMarks(ids: [order[0]])
        marks.startRange(at: order[1])
        marks.extendRange(to: order[3], in: order)
        state.marks = marks
        state.boardsScreen.pins.selectedID = order[3]
        let theme = try ShippedThemes.theme(themeName)
        let screen = AppView.render(state, theme: theme)
        expectSnapshot(
            screen.text() + "\n\n--- styles ---\n" + StyleMap.text(of: screen, base: theme.style(.text)),
            named: "marking-range-\(themeName)-80x24")
    }

    @Test func helpOverlayScrolledToTheModalContexts() {
        var state = Fixtures.browsing(Self.small)
        state.help = HelpOverlay(isOpen: true, scroll: state.helpLineCount)
        expectScreen(state, named: "help-end-80x24")
    }
}
