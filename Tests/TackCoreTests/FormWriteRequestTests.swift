import PinterestAPI
import TackCore
import Testing

@Suite("Forms: the write each form submits")
struct FormWriteRequestTests {
    @Test func anInvalidFormSubmitsNothing() {
        #expect(FormState.createBoard().writeRequest() == nil)
        #expect(FormState.createPin(board: FormFixture.board, section: nil).writeRequest() == nil)
    }

    @Test func createBoardSendsTrimmedTextAndPrivacy() {
        var form = FormState.createBoard()
        form.type("  Typography 🔤 ", into: .name)
        form.focus(.privacy)
        form.cycleFocusedChoice(by: -1)
        #expect(form.writeRequest()
            == .createBoard(BoardCreate(name: "Typography 🔤", description: nil, privacy: .secret)))
        form.type("Letters\nand more", into: .description)
        #expect(form.writeRequest() == .createBoard(
            BoardCreate(name: "Typography 🔤", description: "Letters\nand more", privacy: .secret)))
    }

    @Test func editBoardSendsOnlyWhatChanged() {
        var form = FormState.editBoard(FormFixture.board)
        #expect(form.writeRequest() == nil)
        form.type("Summer Recipes ", into: .name)
        #expect(form.writeRequest() == nil)
        form.type("Summer eats", into: .name)
        #expect(form.writeRequest() == .updateBoard(boardId: "100", BoardUpdate(name: "Summer eats")))
        form.selectChoice(at: 1, in: .privacy)
        form.type("", into: .description)
        #expect(form.writeRequest() == .updateBoard(
            boardId: "100", BoardUpdate(name: "Summer eats", description: "", privacy: .secret)))
    }

    @Test func sectionsAreCreatedAndRenamed() {
        var create = FormState.createSection(boardId: "100")
        create.type("Desserts", into: .name)
        #expect(create.writeRequest() == .createSection(boardId: "100", BoardSectionCreate(name: "Desserts")))
        var rename = FormState.renameSection(boardId: "100", section: FormFixture.section)
        #expect(rename.writeRequest() == nil)
        rename.type("Green salads", into: .name)
        #expect(rename.writeRequest() == .renameSection(
            boardId: "100", sectionId: "110", BoardSectionUpdate(name: "Green salads")))
    }

    @Test func createPinFromAnImageURLLeavesBlankFieldsOut() {
        var form = FormState.createPin(board: FormFixture.board, section: FormFixture.section)
        form.type("Peach salad", into: .title)
        form.type("#6E7874", into: .dominantColor)
        form.type(" https://img.example.com/peach.jpg ", into: .mediaSource)
        #expect(form.writeRequest() == .createPin(PinDraft(
            boardId: "100", boardSectionId: "110", title: "Peach salad", dominantColor: "#6E7874",
            media: .imageURL("https://img.example.com/peach.jpg"))))
    }

    @Test(arguments: [
        (MediaKind.imageFile, "~/Pictures/my peach.png", MediaDraft.imageFile(path: "~/Pictures/my peach.png")),
        (.imageURLs, "https://a.com/1.jpg  https://a.com/2.jpg",
         .imageURLs(["https://a.com/1.jpg", "https://a.com/2.jpg"])),
        (.imageFiles, "a.png b.jpg c.png", .imageFiles(["a.png", "b.jpg", "c.png"])),
        (.videoID, "777", .videoID("777", coverImageURL: nil)),
        (.videoID, "777 https://a.com/cover.jpg", .videoID("777", coverImageURL: "https://a.com/cover.jpg")),
    ])
    func createPinMediaFollowsTheKind(kind: MediaKind, source: String, expected: MediaDraft) {
        var form = FormState.createPin(board: FormFixture.board, section: nil)
        form.selectChoice(at: MediaKind.allCases.firstIndex(of: kind)!, in: .mediaKind)
        form.type(source, into: .mediaSource)
        #expect(form.writeRequest() == .createPin(PinDraft(boardId: "100", media: expected)))
    }

    @Test func editPinSendsOnlyWhatChanged() {
        var form = FormState.editPin(FormFixture.pin)
        #expect(form.writeRequest() == nil)
        form.type("Peach & burrata", into: .title)
        form.type("A plate of grilled peaches", into: .altText)
        #expect(form.writeRequest() == .updatePin(
            pinId: "555", PinUpdate(title: "Peach & burrata", altText: "A plate of grilled peaches")))
        form.type("", into: .description)
        #expect(form.writeRequest() == .updatePin(
            pinId: "555", PinUpdate(title: "Peach & burrata", description: "", altText: "A plate of grilled peaches")))
    }

    @Test func moveOfOnePinIsASingleWriteAndSeveralAreABulkOperation() {
        var one = FormState.movePins(ids: ["1"], from: .place(board: FormFixture.board, sectionId: nil, sectionName: nil))
        one.fillReference(.board, with: "200", label: "Garden ideas")
        #expect(one.writeRequest() == .movePin(pinId: "1", to: PinDestination(boardId: "200")))
        var several = FormState.movePins(ids: ["1", "2", "3"], from: .place(board: FormFixture.board, sectionId: nil, sectionName: nil))
        several.fillReference(.section, with: "110", label: "Salads")
        #expect(several.writeRequest() == nil)
        let bulk = several.bulkMove()
        #expect(bulk?.kind == .move(to: PinDestination(boardId: "100", sectionId: "110")))
        #expect(bulk?.ids == ["1", "2", "3"])
        #expect(FormState.createBoard().bulkMove() == nil)
        #expect(FormState.movePins(ids: ["1"], from: .unknown).bulkMove() == nil)
    }

    @Test func savePinReadsTheReferenceTypedInTheForm() {
        var form = FormState.savePin(reference: nil, board: FormFixture.board, section: FormFixture.section)
        form.type("https://www.pinterest.co.uk/pin/4321/?nic=1", into: .pinReference)
        #expect(form.writeRequest() == .savePin(pinId: "4321", to: PinDestination(boardId: "100", sectionId: "110")))
        form.fillReference(.section, with: nil, label: "(none)")
        #expect(form.writeRequest() == .savePin(pinId: "4321", to: PinDestination(boardId: "100")))
        form.type("pinterest.com/board/4321", into: .pinReference)
        #expect(form.errors[.pinReference] != nil)
        #expect(form.writeRequest() == nil)
    }
}
