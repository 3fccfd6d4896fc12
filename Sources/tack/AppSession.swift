import CursesTerminal
import Foundation
import Logging
import PinterestAPI
import TackCore
import TackImages
import TackScreens
import TerminalCanvas

/// One run of the UI: the terminal, the store, and the loop between them.
enum AppSession {
    /// `adAccountId`, when given, is the ad account every request that takes one acts for; `images`
    /// says how pictures are drawn (`auto` asks the terminal).
    static func run(
        client: PinterestClient, transport: any HTTPTransport, keymap: Keymap, theme: Theme, apiHost: String, adAccountId: String?, images: ImagesSetting
    ) async throws {
        let environment = ProcessInfo.processInfo.environment
        let insideTmux = environment["TMUX"].map { !$0.isEmpty } ?? false
        let terminal = try CursesTerminal(queries: images == .auto ? TerminalQueries.all(insideTmux: insideTmux) : nil)
        defer { terminal.stop() }
        let theme = theme.adapted(to: terminal.colorCapability)
        var initialState = AppState(keymap: keymap, apiHost: apiHost, terminalSize: terminal.size)
        initialState.adAccountId = adAccountId
        let term = getenv("TERM").map { String(cString: $0) }
        initialState.chartGlyphs = ChartGlyphs.forTerminal(isUTF8: terminal.isUTF8, term: term)
        let answers = TerminalAnswers(parsing: terminal.queryAnswers)
        initialState.pictureRenderer = PictureRendererChoice.choose(images, for: PictureRendererChoice.Terminal(
            answers: answers, insideTmux: insideTmux, termProgram: environment["TERM_PROGRAM"],
            colors: terminal.colorCapability, isUTF8: terminal.isUTF8))
        initialState.hasLocalDisplay = LocalDisplay.isPresent(in: environment)
        Logger(label: "tack").info("pictures", metadata: [
            "setting": "\(images.rawValue)", "renderer": "\(initialState.pictureRenderer.name)",
            "kitty": "\(answers.kittyGraphics)", "attributes": "\(answers.deviceAttributes ?? [])",
            "version": "\(answers.version ?? "-")", "tmux": "\(insideTmux)",
        ])
        let store = Store(
            initialState: initialState,
            performer: PinterestRequestPerformer(client: client, adAccountId: adAccountId),
            pictures: PictureLoaderAdapter(
                loader: PictureLoader(transport: transport), colors: terminal.colorCapability, insideTmux: insideTmux),
            host: TerminalHostActions(terminal: terminal)
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
            terminal.present(AppView.frame(state, theme: theme), cursor: AppView.cursor(for: state))
        }
    }
}
