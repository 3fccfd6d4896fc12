/// How far the detail pane is scrolled, and for what: another subject (the selection moved) starts at
/// the top.
public struct DetailScroll: Hashable, Sendable {
    /// The subject scrolled, by `DetailSubject.scrollID`.
    public var subject: String?
    /// The first line shown.
    public var offset: Int

    public init(subject: String? = nil, offset: Int = 0) {
        self.subject = subject
        self.offset = offset
    }
}
