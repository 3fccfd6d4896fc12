import CursesTerminal
import PinterestAPI
import TackCore
import TackScreens
import TerminalCanvas

/// One run of the UI: the terminal, the store, and the loop between them.
enum AppSession {
    static func run(client: PinterestClient, keymap: Keymap, theme: Theme, apiHost: String) async throws {
        let terminal = try CursesTerminal()
        defer { terminal.stop() }
        let store = Store(
            initialState: AppState(keymap: keymap, apiHost: apiHost, terminalSize: terminal.size),
            performer: PinterestRequestPerformer(client: client)
        )
        let forwarding = Task {
            for await event in terminal.events { store.send(.terminal(event)) }
        }
        defer { forwarding.cancel() }
        store.send(.appStarted)
        await store.run { state in
            terminal.present(AppView.render(state, theme: theme), cursor: AppView.cursor(for: state))
        }
    }
}
