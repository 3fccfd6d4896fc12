import TackCore
import TerminalCanvas

/// The whole screen for a state: header, list panes, detail pane, status line, and over them the pin
/// view, a pin's analytics, the hint line, the open form, picker and dialogs, the help overlay, the
/// command palette and the messages overlay. Pure: the terminal layer diffs and draws the result.
public enum AppView {
    /// The screen's cells.
    public static func render(_ state: AppState, theme: Theme) -> ScreenBuffer {
        frame(state, theme: theme).buffer
    }

    /// The screen's cells and the graphics-protocol pictures to write over them: those of the detail
    /// pane, the pin view and the gallery, none while anything is drawn over them (a modal, the help,
    /// the palette, a key hint line, a pin's analytics).
    public static func frame(_ state: AppState, theme: Theme) -> TerminalFrame {
        let size = state.terminalSize
        guard let layout = state.layout else {
            return TerminalFrame(buffer: TooSmallView.render(size: size, theme: theme))
        }
        var buffer = ScreenBuffer(size: size, style: theme.style(.text))
        var graphics: [GraphicsPlacement] = []
        HeaderView.draw(
            tabs: Screen.allCases.map(\.title), currentTab: Screen.allCases.firstIndex(of: state.screen) ?? 0,
            account: accountLine(state), host: state.apiHost, adAccount: state.adAccountId, activity: activity(state),
            helpKey: key(for: .help, in: .global, state), in: layout.header, on: &buffer, theme: theme
        )
        if let gallery = state.galleryOnView, let box = state.galleryBox {
            graphics += drawGallery(gallery, state, in: box, on: &buffer, theme: theme)
        } else {
            for (content, rect) in listPanes(state, layout: layout) {
                ListPaneView.draw(content, in: rect, on: &buffer, theme: theme)
            }
        }
        switch state.screen {
        case .account: drawAccountScreen(state, layout: layout, on: &buffer, theme: theme)
        case .analytics: drawAnalyticsScreen(state, layout: layout, on: &buffer, theme: theme)
        case .boards, .myPins: break
        }
        if let detail = layout.detail, state.screen != .analytics {
            let placement = DetailPaneView.draw(
                state.detailContent, scroll: state.detailScrollOffset, in: detail, focused: state.isDetailFocused,
                picture: detailPicture(state), fields: state.detailAreas?.fields, on: &buffer, theme: theme)
            graphics += [placement].compactMap(\.self)
        }
        if let view = state.pinView, let content = state.pinViewContent {
            graphics = [drawPinView(content, scroll: view.scroll, state, layout: layout, on: &buffer, theme: theme)].compactMap(\.self)
        }
        if let overlay = state.pinAnalytics {
            drawPinAnalytics(overlay, state, layout: layout, on: &buffer, theme: theme)
        }
        StatusLineView.draw(
            hints: statusHints(state), helpHint: statusHelpHint(state),
            filterInput: state.isEditingFilter ? state.focusedPane.map { state.status(of: $0).filter } : nil,
            notes: statusNotes(state), moreKey: key(for: .showMessages, in: .global, state),
            in: layout.status, on: &buffer, theme: theme
        )
        if !state.pendingKeys.isEmpty {
            HintLineView.draw(
                prefix: KeySequence(state.pendingKeys.prefix).display, continuations: state.pendingKeys.hints,
                in: Rect(x: 0, y: layout.status.y - 1, width: size.width, height: 1), on: &buffer, theme: theme
            )
        }
        drawModals(state, on: &buffer, theme: theme)
        if state.help.isOpen {
            HelpOverlayView.draw(
                state.help, content: state.helpContent, footer: helpFooter(state), in: Rect(size: size), on: &buffer, theme: theme
            )
        }
        if let palette = state.palette {
            CommandPaletteView.layout(palette, keymap: state.keymap, in: Rect(size: size)).box.draw(on: &buffer, theme: theme)
        }
        if state.screen == .account, state.accountScreen.isShowingVerificationCode,
           let code = state.accountScreen.verificationCode.value {
            VerificationCodeView.box(code, verifyKey: key(for: .verifyWebsite, in: .account, state), in: Rect(size: size))
                .draw(on: &buffer, theme: theme)
        }
        if state.isShowingMessages {
            MessagesView.box(state.messagesInFull, in: Rect(size: size)).draw(on: &buffer, theme: theme)
        }
        return TerminalFrame(buffer: buffer, graphics: isAnythingOver(state) ? [] : graphics)
    }

    /// Whether something is drawn over the pictures of the detail pane, the pin view or the gallery.
    static func isAnythingOver(_ state: AppState) -> Bool {
        state.form != nil || state.picker != nil || state.confirmation != nil || state.bulk != nil || state.help.isOpen
            || state.palette != nil || state.isShowingMessages || state.pinAnalytics != nil || !state.pendingKeys.isEmpty
            || (state.screen == .account && state.accountScreen.isShowingVerificationCode)
    }

    /// The detail pane's picture and its box, when its subject is a pin with one and there is room.
    private static func detailPicture(_ state: AppState) -> (slot: PictureSlot, box: Rect)? {
        guard case .pin(let pin) = state.detailSubject, let box = state.detailAreas?.picture else { return nil }
        return (state.pictureSlot(for: pin, box: box.size), box)
    }

    /// "loading pins, sections…" for the header, or nil when nothing is loading.
    static func activity(_ state: AppState) -> String? {
        var nouns = state.loadingPanes.map(\.noun)
        if state.account == .loading { nouns.insert("account", at: 0) }
        if state.screen == .analytics, state.analyticsScreen.report == .loading { nouns.append("analytics") }
        if state.pinAnalytics?.reports == .loading { nouns.append("pin analytics") }
        return nouns.isEmpty ? nil : "loading \(nouns.joined(separator: ", "))…"
    }

    /// The account for the header; a failure offers the retry key when retrying may help.
    static func accountLine(_ state: AppState) -> HeaderView.AccountLine {
        switch state.account {
        case .loaded(let account):
            account.username.map { .loaded(username: $0) } ?? .pending
        case .failed(let failure):
            .failed(message: failure.userMessage, retryKey: failure.isRetryable ? key(for: .retry, in: .list, state) : nil)
        case .idle, .loading:
            .pending
        }
    }

    /// The first key of `command` in `context` and the contexts behind it.
    static func key(for command: Command, in context: KeyContext, _ state: AppState) -> String? {
        KeyHints.firstKey(for: command, contexts: context.resolutionOrder, keymap: state.keymap)
    }

    /// "esc close · / filter"; while the query is typed, "enter keep filter · esc clear".
    private static func helpFooter(_ state: AppState) -> String? {
        let keys = if state.help.isEditingFilter {
            KeyHints.items(for: [.acceptFilter, .clearFilter], contexts: [.filter], keymap: state.keymap)
        } else {
            KeyHints.items(for: [.closeHelp, .filter], contexts: KeyContext.help.resolutionOrder, keymap: state.keymap)
        }
        return keys.isEmpty ? nil : keys.map { "\($0.key) \($0.label)" }.joined(separator: " · ")
    }
}
