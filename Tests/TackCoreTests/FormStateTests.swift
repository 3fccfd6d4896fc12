import PinterestAPI
import TackCore
import Testing

@Suite("Forms: factories")
struct FormFactoryTests {
    @Test func createBoardHasNameDescriptionAndPrivacy() {
        let form = FormState.createBoard()
        #expect(form.kind == .createBoard)
        #expect(form.title == "New board")
        #expect(form.fields.map(\.id) == [.name, .description, .privacy])
        #expect(form[.name]?.rules == [.required])
        #expect(form[.description]?.rules == [.maxLength(500)])
        #expect(form[.description]?.textBuffer?.isMultiline == true)
        // Pinterest's reference has no maximum for board names: no invented count, a hint that says so.
        #expect(form.remainingText(for: .name) == nil)
        #expect(form[.name]?.hint == "required · Pinterest documents no length limit")
        #expect(FormState.editBoard(FormFixture.board)[.name]?.hint == form[.name]?.hint)
        #expect(form[.name]?.textBuffer?.isMultiline == false)
        guard case .choice(let options, let selected) = form[.privacy]?.value else {
            Issue.record("privacy is not a choice")
            return
        }
        #expect(options.map(\.id) == ["PUBLIC", "PROTECTED", "SECRET"])
        #expect(options.map(\.label) == ["Public", "Protected", "Secret"])
        #expect(selected == 0)
        #expect(form.errors == [.name: "Name is required"])
        #expect(!form.canSubmit)
        #expect(!form.isDirty)
    }

    @Test func editBoardStartsFromTheBoardAndOffersOnlyTheUpdatablePrivacies() {
        let form = FormState.editBoard(FormFixture.board)
        #expect(form.kind == .editBoard(boardId: "100"))
        #expect(form.text(of: .name) == "Summer Recipes")
        #expect(form.text(of: .description) == "Things to cook")
        #expect(form[.privacy]?.selectedOption?.id == "PUBLIC")
        guard case .choice(let options, _) = form[.privacy]?.value else { return }
        #expect(options.map(\.id) == ["PUBLIC", "SECRET"])
        #expect(form.errors.isEmpty)
        #expect(!form.isDirty)
    }

    @Test func editingAProtectedBoardKeepsProtectedSelectable() {
        var board = FormFixture.board
        board.privacy = .protected
        let form = FormState.editBoard(board)
        #expect(form[.privacy]?.selectedOption?.id == "PROTECTED")
    }

    @Test func sectionFormsValidateOneTo180() {
        let create = FormState.createSection(boardId: "100")
        #expect(create.kind == .createSection(boardId: "100"))
        #expect(create.fields.map(\.id) == [.name])
        #expect(create.errors == [.name: "Name is required"])
        #expect(create.remainingText(for: .name) == "180 left")
        let rename = FormState.renameSection(boardId: "100", section: FormFixture.section)
        #expect(rename.kind == .renameSection(boardId: "100", sectionId: "110"))
        #expect(rename.title == "Rename section Salads")
        #expect(rename.text(of: .name) == "Salads")
        #expect(rename.errors.isEmpty)
    }

    @Test func createPinHasTextFieldsColourAndMedia() {
        let form = FormState.createPin(board: FormFixture.board, section: FormFixture.section)
        #expect(form.kind == .createPin(boardId: "100", sectionId: "110"))
        #expect(form.title == "New pin on Summer Recipes › Salads")
        #expect(form.fields.map(\.id)
            == [.title, .description, .link, .altText, .dominantColor, .mediaKind, .mediaSource])
        #expect(form[.title]?.rules == [.maxLength(100)])
        #expect(form[.description]?.rules == [.maxLength(800)])
        #expect(form[.altText]?.rules == [.maxLength(500)])
        #expect(form[.link]?.rules == [.url])
        #expect(form.mediaKind == .imageURL)
        #expect(form.errors == [.mediaSource: "Source is required: give an image or a video to make the pin from"])
        #expect(FormState.createPin(board: FormFixture.board, section: nil).title == "New pin on Summer Recipes")
    }

    @Test func editPinStartsFromThePin() {
        let form = FormState.editPin(FormFixture.pin)
        #expect(form.kind == .editPin(pinId: "555"))
        #expect(form.fields.map(\.id) == [.title, .description, .link, .altText])
        #expect(form.text(of: .title) == "Grilled peach salad")
        #expect(form.text(of: .link) == "https://example.com/peach")
        #expect(form.text(of: .altText) == "A plate of peaches")
        #expect(form.remainingText(for: .title) == "81 left")
        #expect(form.errors.isEmpty)
    }

    @Test func movePinsPicksABoardAndSection() {
        let form = FormState.movePins(ids: ["1", "2"], from: .place(board: FormFixture.board, sectionId: nil, sectionName: nil))
        #expect(form.kind == .movePins(pinIds: ["1", "2"]))
        #expect(form.title == "Move 2 pins")
        #expect(form[.board]?.value == .reference(id: "100", label: "Summer Recipes"))
        #expect(form[.section]?.value == FormState.noSection)
        #expect(form.errors.isEmpty)
        let noBoard = FormState.movePins(ids: ["1"], from: .unknown)
        #expect(noBoard.title == "Move pin")
        #expect(noBoard.errors == [.board: "Board is required"])
    }

    @Test func savePinNeedsAPinReferenceAndABoard() {
        let empty = FormState.savePin(reference: nil, board: nil, section: nil)
        #expect(empty.kind == .savePin(pinId: nil))
        #expect(empty.fields.map(\.id) == [.pinReference, .board, .section])
        #expect(empty.errors == [.pinReference: "Pin is required", .board: "Board is required"])
        let given = FormState.savePin(
            reference: "https://www.pinterest.com/pin/987/", board: FormFixture.board, section: FormFixture.section)
        #expect(given.kind == .savePin(pinId: "987"))
        #expect(given[.section]?.value == .reference(id: "110", label: "Salads"))
        #expect(given.errors.isEmpty)
    }
}

@Suite("Forms: editing, validation and dirty tracking")
struct FormEditingTests {
    @Test func focusWrapsBothWays() {
        var form = FormState.createBoard()
        #expect(form.focusedField?.id == .name)
        form.focusPrevious()
        #expect(form.focusedField?.id == .privacy)
        form.focusNext()
        form.focusNext()
        #expect(form.focusedField?.id == .description)
    }

    @Test func typingIntoTheFocusedFieldValidatesAsYouGo() {
        var form = FormState.createPin(board: FormFixture.board, section: nil)
        form.type(String(repeating: "x", count: 104), into: .title)
        #expect(form.errors[.title] == "Title is 104 characters: the limit is 100")
        #expect(form.remainingText(for: .title) == "4 over")
        form.editFocusedText(.deleteWordBackward)
        form.editFocusedText(.insert("Peach"))
        #expect(form.errors[.title] == nil)
        #expect(form.remainingText(for: .title) == "95 left")
    }

    @Test func editingANonTextFieldIsRefused() {
        var form = FormState.createBoard()
        form.focus(.privacy)
        let edited = form.editFocusedText(.insert("x"))
        #expect(!edited)
        form.focus(.name)
        let cycled = form.cycleFocusedChoice(by: 1)
        #expect(!cycled)
    }

    @Test func choicesCycleAndWrap() {
        var form = FormState.createBoard()
        form.focus(.privacy)
        let cycled = form.cycleFocusedChoice(by: 1)
        #expect(cycled)
        #expect(form[.privacy]?.selectedOption?.id == "PROTECTED")
        form.cycleFocusedChoice(by: 2)
        #expect(form[.privacy]?.selectedOption?.id == "PUBLIC")
        form.cycleFocusedChoice(by: -1)
        #expect(form[.privacy]?.selectedOption?.id == "SECRET")
    }

    @Test func theMediaKindDecidesTheSourceRulesAndHint() {
        var form = FormState.createPin(board: FormFixture.board, section: nil)
        form.type("https://a.com/1.jpg", into: .mediaSource)
        #expect(form.errors.isEmpty)
        form.selectChoice(at: MediaKind.allCases.firstIndex(of: .imageURLs)!, in: .mediaKind)
        #expect(form.mediaKind == .imageURLs)
        #expect(form[.mediaSource]?.hint == "2 to 5 image URLs: separate with spaces")
        #expect(form.errors[.mediaSource] == "Source has 1 item: give 2 to 5")
        form.selectChoice(at: MediaKind.allCases.firstIndex(of: .videoID)!, in: .mediaKind)
        #expect(form.errors[.mediaSource]?.hasPrefix("Source must be a video media id") == true)
        form.type("4242", into: .mediaSource)
        #expect(form.errors.isEmpty)
    }

    @Test func invalidOptionalFieldsAreReported() {
        var form = FormState.createPin(board: FormFixture.board, section: nil)
        form.type("https://a.com/x.png", into: .mediaSource)
        form.type("example.com", into: .link)
        form.type("red", into: .dominantColor)
        #expect(form.errors == [.link: "Link must be an http or https URL",
                                .dominantColor: "Dominant colour must be a colour like #6E7874"])
        #expect(!form.canSubmit)
    }

    @Test func dirtyFollowsContentNotTheCursor() {
        var form = FormState.editPin(FormFixture.pin)
        form.focus(.title)
        form.editFocusedText(.moveToLineStart)
        #expect(!form.isDirty)
        form.editFocusedText(.insert("Best "))
        #expect(form.isDirty)
        #expect(form.isChanged(.title))
        #expect(!form.isChanged(.link))
        form.editFocusedText(.deleteWordBackward)
        form.editFocusedText(.deleteBackward)
        #expect(form.text(of: .title) == "Grilled peach salad")
        #expect(!form.isDirty)
    }

    @Test func changingAChoiceOrReferenceMakesTheFormDirty() {
        var board = FormState.editBoard(FormFixture.board)
        board.selectChoice(at: 1, in: .privacy)
        #expect(board.isDirty)
        var move = FormState.movePins(ids: ["1"], from: .place(board: FormFixture.board, sectionId: nil, sectionName: nil))
        move.fillReference(.board, with: "100", label: "Summer Recipes")
        #expect(!move.isDirty)
        move.fillReference(.section, with: "110", label: "Salads")
        #expect(move.isDirty)
    }

    @Test func choosingAnotherBoardResetsTheSection() {
        var form = FormState.savePin(reference: "1", board: FormFixture.board, section: FormFixture.section)
        form.fillReference(.board, with: "100", label: "Summer Recipes")
        #expect(form[.section]?.value == .reference(id: "110", label: "Salads"))
        form.fillReference(.board, with: "200", label: "Garden ideas")
        #expect(form[.section]?.value == FormState.noSection)
    }

    @Test func aFormCannotBeSubmittedTwice() {
        var form = FormState.createSection(boardId: "100")
        let invalidSubmit = form.beginSubmitting()
        #expect(!invalidSubmit)
        #expect(form.phase == .editing)
        form.type("Salads", into: .name)
        let firstSubmit = form.beginSubmitting()
        #expect(firstSubmit)
        #expect(form.phase == .submitting)
        #expect(!form.canSubmit)
        let secondSubmit = form.beginSubmitting()
        #expect(!secondSubmit)
    }

    @Test func aFailureKeepsEverythingTypedAndAllowsResubmitting() {
        var form = FormState.createSection(boardId: "100")
        form.type("Salads 🥗", into: .name)
        _ = form.beginSubmitting()
        let failure = APIFailure(userMessage: "The board is busy: try again", status: 409, isRetryable: true)
        form.fail(with: failure)
        #expect(form.phase == .failed(failure))
        #expect(form.text(of: .name) == "Salads 🥗")
        #expect(form.canSubmit)
        let resubmit = form.beginSubmitting()
        #expect(resubmit)
    }
}
