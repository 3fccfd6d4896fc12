import TerminalCanvas

/// Terminal input: keys through the keymap, typing and pastes into the open text input, resizes and hang-ups.
extension AppState {
    mutating func handle(_ event: TerminalEvent) -> Effect {
        switch event {
        case .key(let press):
            return handle(press)
        case .paste(let text):
            return isShowingMessages ? .none : type(text)
        case .resize(let size):
            terminalSize = size
            return .none
        case .hangup, .terminate:
            shouldQuit = true
            return .none
        }
    }

    private mutating func handle(_ press: KeyPress) -> Effect {
        statusMessage = nil
        if isShowingMessages || accountScreen.isShowingVerificationCode {
            // Any key closes the messages overlay or the verification code, and does nothing else.
            isShowingMessages = false
            accountScreen.isShowingVerificationCode = false
            return .none
        }
        let typed = pendingKeys.prefix + [press]
        let resolution = KeyResolver.resolve(
            pending: pendingKeys.prefix, next: press, contexts: activeContexts, keymap: keymap
        )
        pendingKeys = PendingKeys()
        switch resolution {
        case .command(let command):
            if case .unavailable(let reason) = availability(of: command) {
                // The keys as bound: a stray prefix dropped on the way is not part of them.
                let sequence = activeContexts.contains { keymap.sequences(for: command, in: $0).contains(KeySequence(typed)) }
                statusMessage = unavailableMessage(sequence ? typed : [press], command, reason: reason)
                return .none
            }
            return perform(command)
        case .pending(let prefix, let continuations):
            pendingKeys = PendingKeys(prefix: prefix, hints: continuations)
            return .none
        case .cancelled:
            return .none
        case .unbound(let press):
            if press.modifiers.isEmpty, case .character(let character) = press.key, Self.typingContexts.contains(activeContext) {
                return type(String(character))
            }
            statusMessage = unboundMessage(press)
            return .none
        }
    }

    /// The contexts that take printable keys bound to nothing as text.
    private static let typingContexts: Set<KeyContext> = [.picker, .form, .filter]

    /// Text typed or pasted: into the palette's query, the picker's filter, the form's focused field, the
    /// help's query or the pane's filter, whichever is open; nowhere while a dialog asks.
    private mutating func type(_ text: String) -> Effect {
        switch activeContext {
        case .picker where palette != nil:
            palette?.editQuery(.insert(Self.filterInput(text)))
        case .picker:
            picker?.editFilter(.insert(Self.filterInput(text)))
        case .form:
            typeIntoForm(text)
        case .filter where help.isOpen:
            help.editQuery(.insert(Self.filterInput(text)))
        case .filter:
            guard let pane = focusedPane else { return .none }
            return apply(.typeIntoFilter(Self.filterInput(text)), to: pane)
        default:
            break
        }
        return .none
    }

    /// Text that may go into a filter: control characters (newlines of a paste, escapes) are dropped.
    static func filterInput(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.generalCategory.isControlOrFormat }.map(Character.init))
    }
}

private extension Unicode.GeneralCategory {
    var isControlOrFormat: Bool { self == .control || self == .format }
}
