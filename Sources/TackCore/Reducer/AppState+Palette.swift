import TerminalCanvas

/// The command palette: opening it with the commands that do something where it opens, and its keys.
extension AppState {
    /// Opens the palette over the active context with every command bound there (in that context or
    /// the ones behind it) that would change something if run now: what does nothing here is left out.
    mutating func openPalette() {
        let contexts = activeContexts
        let entries = Command.allCases.compactMap { command -> CommandPalette.Entry? in
            guard command != .commandPalette else { return nil }
            let sequences = contexts.flatMap { keymap.sequences(for: command, in: $0) }
            guard !sequences.isEmpty, wouldChangeSomething(command) else { return nil }
            return CommandPalette.Entry(command: command, sequences: sequences)
        }
        palette = CommandPalette(entries: entries)
    }

    /// Whether running `command` now would change the state (besides its messages) or start work: it is
    /// run on a copy, through the same `perform` a key goes through.
    func wouldChangeSomething(_ command: Command) -> Bool {
        var trial = self
        let effect = trial.perform(command)
        return effect != .none || !trial.equalsIgnoringMessages(self)
    }

    /// The [picker] keys in the palette: move, edit the query, run the highlighted command (closing the
    /// palette first, then exactly as its key would) or close.
    mutating func performInPalette(_ command: Command) -> Effect {
        guard let count = palette?.matches.count else { return .none }
        let page = ScreenLayout.pickerOptionRows(in: Rect(size: terminalSize))
        switch command {
        case .moveUp: palette?.moveSelection(by: -1)
        case .moveDown: palette?.moveSelection(by: 1)
        case .pageUp: palette?.moveSelection(by: -page)
        case .pageDown: palette?.moveSelection(by: page)
        case .goTop: palette?.moveSelection(by: -count)
        case .goBottom: palette?.moveSelection(by: count)
        case .deleteBackward: palette?.editQuery(.deleteBackward)
        case .choose:
            guard let chosen = palette?.selectedEntry?.command else { return .none }
            palette = nil
            return perform(chosen)
        case .cancelPicker: palette = nil
        default: break
        }
        return .none
    }
}
