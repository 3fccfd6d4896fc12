/// The key sequences a keymap file gives one command in one context, and where it says so.
struct KeymapBinding {
    var context: KeyContext
    var command: Command
    var sequences: [KeySequence]
    var file: String
    var line: Int

    /// "move_down in [list]", for messages.
    var summary: String { "\(command.rawValue) in [\(context.rawValue)]" }
}
