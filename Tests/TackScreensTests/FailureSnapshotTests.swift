import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Failures and messages on screen: the account's in the header, a pane's with the retry key only
/// when retrying can help, long messages and the overlay that shows them whole.
@Suite struct FailureSnapshotTests {
    static let small = Size(width: 80, height: 24)
    private let retryable = APIFailure(userMessage: "Pinterest had a server error: try again", status: 503, isRetryable: true)
    private let notFound = APIFailure(userMessage: "Board not found. (not found)", status: 404, isRetryable: false)
    private let longMessage = "Could not save pin “Grilled peach salad”: The sandbox was asked for board 549755885199, "
        + "which does not exist (not found)"

    private func render(_ state: AppState) -> ScreenBuffer { AppView.render(state, theme: Fixtures.theme) }

    @Test func aFailedAccountIsShownInTheHeaderWithTheRetryKey() throws {
        var state = Fixtures.browsing(Self.small)
        state.account = .failed(retryable)
        let screen = render(state)
        expectSnapshot(screen.text(), named: "account-failed-80x24")
        let failure = try screen.position(of: "✗ account")
        #expect(screen[failure.x, failure.y].style == Fixtures.theme.style(.error))
        #expect(screen.lines[0].hasSuffix("r retry   ? help"))
    }

    @Test func anAccountFailureThatWouldRecurOffersNoRetry() {
        var state = Fixtures.browsing(Self.small)
        state.account = .failed(APIFailure(userMessage: "authentication failed", status: 401, isRetryable: false))
        let header = render(state).lines[0]
        #expect(header.contains("✗ account: authentication failed"))
        #expect(!header.contains("retry"))
    }

    @Test func aPaneFailureOffersTheRetryKeyOnlyWhenRetryingCanHelp() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.pins.items = []
        state.boardsScreen.pins.phase = .failed(notFound)
        let screen = render(state).text()
        #expect(screen.contains("✗ Board not found."))
        #expect(!screen.contains("retry"))
        state.boardsScreen.pins.phase = .failed(retryable)
        #expect(render(state).text().contains("r retry"))
    }

    @Test func aMessageTooLongForTheStatusLineOffersTheKeyThatShowsItWhole() {
        var state = Fixtures.browsing(Self.small)
        state.keymap = Fixtures.keymap(adding: [.global: [.showMessages: ["!"]]])
        state.statusMessage = longMessage
        let screen = render(state)
        expectSnapshot(screen.text(), named: "message-cut-80x24")
        #expect(screen.lines.last?.hasSuffix("… ! more") == true)

        state.statusMessage = "Board “Trips” saved"
        #expect(render(state).lines.last?.contains("! more") == false)
    }

    @Test func theMessagesOverlayShowsTheLastMessageAndTheFailuresWhole() {
        var state = Fixtures.browsing(Self.small)
        state.statusMessage = longMessage
        state.account = .failed(retryable)
        state.boardsScreen.pins.phase = .failed(notFound)
        state.isShowingMessages = true
        expectSnapshot(render(state).text(), named: "messages-80x24")
    }

    @Test func aFilterSearchingFurtherPagesSaysHowFarItGot() {
        var state = Fixtures.browsing(Self.small)
        state.screen = .myPins
        state.myPinsScreen.pins = Fixtures.pane(.myPins(.none), Fixtures.pins, bookmark: "p2")
        state.myPinsScreen.pins.filter = "zucchini"
        state.myPinsScreen.pins.phase = .loadingMore
        expectSnapshot(render(state).text(), named: "filter-searching-80x24")
    }

    @Test func thePinDetailNamesTheSectionOnceItsBoardsSectionsArrive() {
        var state = Fixtures.browsing(Size(width: 120, height: 40))
        state.screen = .myPins
        state.myPinsScreen.pins = Fixtures.pane(.myPins(.none), Fixtures.pins)
        state.boardsScreen.sections = ListPane()
        state.boardsScreen.chosenSection = nil
        state.sectionNames[Fixtures.summerRecipes.id] = .loading
        #expect(render(state).lines.contains { $0.contains("section     loading…") })
        state.sectionNames[Fixtures.summerRecipes.id] = .loaded([Fixtures.salads])
        #expect(render(state).lines.contains { $0.contains("section     Salads") })
        state.sectionNames[Fixtures.summerRecipes.id] = nil
        #expect(render(state).lines.contains { $0.contains("section     \(Fixtures.salads.id)") })
    }
}
