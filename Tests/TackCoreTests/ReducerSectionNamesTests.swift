import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: a pin's section is named, fetching its board's sections when needed")
struct ReducerSectionNamesTests {
    private let myPins = PageRequest(source: .myPins(.none))
    private let garden = BoardSection(id: "5258814934636010", name: "Roses")

    private func pin(_ number: Int, board: String, section: String?) -> Pin {
        Pin(id: "p\(number)", title: "Pin \(number)", boardId: board, boardSectionId: section)
    }

    @Test func myPinsFetchTheSectionsOfTheShownPinsBoardOnce() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.showMyPins))
        let pins = [pin(1, board: "b2", section: garden.id), pin(2, board: "b2", section: "s9"), pin(3, board: "b3", section: nil)]
        let effect = reduce(&state, .pinsPageLoaded(myPins, pins, bookmark: nil))
        #expect(request(for: .sectionNames(boardId: "b2"), in: effect) == .boardSections(boardId: "b2"))
        #expect(state.sectionLabel(boardId: "b2", sectionId: garden.id) == "loading…")

        #expect(reduce(&state, .command(.moveDown)) == .none, "the board's sections are already on their way")
        send(&state, .boardSectionsLoaded(boardId: "b2", [garden]))
        #expect(state.sectionLabel(boardId: "b2", sectionId: garden.id) == "Roses")
        #expect(state.sectionName(id: garden.id) == "Roses", "write messages find it too")
        #expect(reduce(&state, .command(.moveDown)) == .none, "a pin in no section needs no name")
    }

    @Test func aFailedFetchShowsTheIdAndIsNotRepeatedUntilARefresh() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.showMyPins), .pinsPageLoaded(myPins, [pin(1, board: "b2", section: garden.id)], bookmark: nil))
        send(&state, .boardSectionsFailed(boardId: "b2", APIFailure(userMessage: "busy", status: 503, isRetryable: true)))
        #expect(state.sectionLabel(boardId: "b2", sectionId: garden.id) == garden.id)
        #expect(reduce(&state, .command(.moveDown)) == .none)
        let refresh = reduce(&state, .command(.refresh))
        #expect(request(for: .sectionNames(boardId: "b2"), in: refresh) == .boardSections(boardId: "b2"))
    }

    @Test func sectionsFetchedForAPickerNameSectionsToo() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .boardSectionsLoaded(boardId: "b2", [garden]))
        #expect(state.sectionName(boardId: "b2", sectionId: garden.id) == "Roses")
        #expect(state.sectionName(boardId: "b3", sectionId: garden.id) == nil)
    }

    @Test func aSaveIntoASectionPickedFromFetchedSectionsNamesIt() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .boardSectionsLoaded(boardId: "b2", [garden]))
        let save = WriteRequest.savePin(pinId: "p9", to: PinDestination(boardId: "b2", sectionId: garden.id))
        send(&state, .writeSucceeded(save, .pin(pin(9, board: "b2", section: garden.id))))
        #expect(state.statusMessage == "Pin saved to “Board 2 › Roses”")
    }

    @Test func aSectionWriteForgetsTheFetchedNamesOfItsBoard() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .boardSectionsLoaded(boardId: "b2", [garden]))
        let rename = WriteRequest.renameSection(boardId: "b2", sectionId: garden.id, BoardSectionUpdate(name: "Tulips"))
        send(&state, .writeSucceeded(rename, .section(BoardSection(id: garden.id, name: "Tulips"))))
        #expect(state.sectionNames["b2"] == nil)
    }

    @Test func withTheDetailHiddenNothingIsFetched() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.toggleDetail), .command(.showMyPins))
        #expect(reduce(&state, .pinsPageLoaded(myPins, [pin(1, board: "b2", section: garden.id)], bookmark: nil)) == .none)
    }
}
