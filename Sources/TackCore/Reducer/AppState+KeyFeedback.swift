import TerminalCanvas

/// What the status line says when a key does nothing where it was pressed (the message goes with the
/// next key, as every status message does).
extension AppState {
    /// "n: nothing to create in My pins", or "e: edit is not available here" when the reason is not known.
    func unavailableMessage(_ keys: [KeyPress], _ command: Command, reason: String?) -> String {
        "\(KeySequence(keys).display): \(reason ?? "\(CommandLabel.short(command)) is not available here")"
    }

    /// For a key bound nowhere here: what it does elsewhere ("c: creative type is not available here"),
    /// or that it is no key at all, with the key that shows the keys ("z: not a key here · ? for help").
    func unboundMessage(_ press: KeyPress) -> String {
        let key = KeySequence([press])
        if let command = Self.elsewhereContexts.lazy.compactMap({ self.command(boundTo: key, in: $0) }).first {
            return unavailableMessage([press], command, reason: nil)
        }
        let help = activeContexts.lazy.compactMap { self.keymap.sequences(for: .help, in: $0).first }.first
        return "\(key.display): not a key here" + (help.map { " · \($0.display) for help" } ?? "")
    }

    /// The contexts whose keys a user meets on the screens (not those of the help and the modals, whose
    /// keys mean something only there).
    private static let elsewhereContexts: [KeyContext] =
        [.global, .list, .boards, .sections, .pins, .account, .analytics, .pinAnalytics]

    private func command(boundTo key: KeySequence, in context: KeyContext) -> Command? {
        keymap.bindings(in: context).first { $0.sequences.contains(key) }?.command
    }
}
