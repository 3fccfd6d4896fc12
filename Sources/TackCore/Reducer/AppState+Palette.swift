import TerminalCanvas

/// The command palette: opening it with the commands that do something where it opens, and its keys.
extension AppState {
    /// Opens the palette over the active context with every command bound there (in that context or
    /// the ones behind it) that is available now (`availability(of:)`, as the status line asks): what
    /// does nothing here is left out. Asking costs no work on the lists, whatever their length.
    mutating func openPalette() {
        let contexts = activeContexts
        let entries = Command.allCases.compactMap { command -> CommandPalette.Entry? in
            guard command != .commandPalette else { return nil }
            let sequences = contexts.flatMap { keymap.sequences(for: command, in: $0) }
            guard !sequences.isEmpty, availability(of: command) == .available else { return nil }
            return CommandPalette.Entry(command: command, sequences: sequences)
        }
        palette = CommandPalette(entries: entries)
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
