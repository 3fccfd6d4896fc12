/// What a command does and the keymap contexts it may be bound in.
public struct CommandInfo: Sendable {
    public let command: Command
    /// The contexts where binding this command is allowed (a list command may be bound per pane).
    public let contexts: [KeyContext]
    /// A short description for the help overlay and hint line.
    public let description: String
}
