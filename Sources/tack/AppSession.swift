import CursesTerminal
import Foundation
import PinterestAPI
import TackCore
import TackScreens
import TerminalCanvas

/// One run of the UI: the terminal, the store, and the loop between them.
enum AppSession {
    /// `adAccountId`, when given, is the ad account every request that takes one acts for.
    static func run(
        client: PinterestClient, keymap: Keymap, theme: Theme, apiHost: String, adAccountId: String?
    ) async throws {
        let terminal = try CursesTerminal()
        defer { terminal.stop() }
        let theme = theme.adapted(to: terminal.colorCapability)
        var initialState = AppState(keymap: keymap, apiHost: apiHost, terminalSize: terminal.size)
        initialState.adAccountId = adAccountId
        let term = getenv("TERM").map { String(cString: $0) }
        initialState.chartGlyphs = ChartGlyphs.forTerminal(isUTF8: terminal.isUTF8, term: term)
        let store = Store(
            initialState: initialState,
            performer: PinterestRequestPerformer(client: client, adAccountId: adAccountId)
        )
        let forwarding = Task {
            for await event in terminal.events { store.send(.terminal(event)) }
        }
        defer { forwarding.cancel() }
        // The analytics screen counts its days from today (UTC): tell it when a new day begins.
        let days = Task {
            while !Task.isCancelled {
                let next = UTCDay(Date()).adding(days: 1)
                try? await Task.sleep(for: .seconds(max(1, next.date.timeIntervalSinceNow)))
                store.send(.analyticsScreen(.dayBegan(UTCDay(Date()))))
            }
        }
        defer { days.cancel() }
        await store.run(startingWith: .appStarted) { state in
            terminal.present(AppView.render(state, theme: theme), cursor: AppView.cursor(for: state))
        }
    }
}
