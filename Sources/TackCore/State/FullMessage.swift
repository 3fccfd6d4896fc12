/// A message shown whole in the messages overlay: what it is about, and its text.
public struct FullMessage: Hashable, Sendable {
    /// e.g. "Last message", "Account", "Pins".
    public var subject: String
    public var text: String
    /// A failure still on screen (drawn as an error), rather than the last status message.
    public var isFailure: Bool

    public init(subject: String, text: String, isFailure: Bool) {
        self.subject = subject
        self.text = text
        self.isFailure = isFailure
    }
}
