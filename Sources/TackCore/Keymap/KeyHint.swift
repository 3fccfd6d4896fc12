/// One way to complete a pending key sequence, for the hint line ("g  first item").
public struct KeyHint: Hashable, Sendable {
    /// The keys still to type, in display form ("g", "ctrl-c").
    public var remaining: String
    public var command: Command
    public var description: String

    public init(remaining: String, command: Command, description: String) {
        self.remaining = remaining
        self.command = command
        self.description = description
    }
}
