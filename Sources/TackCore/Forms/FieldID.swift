/// Which field of a form; a form holds each at most once.
public enum FieldID: String, Hashable, Sendable, CaseIterable {
    case name, description, privacy, title, link, altText, dominantColor, mediaKind, mediaSource
    case board, section, pinReference
    case followTarget, website, verificationMethod
    case startDate, endDate, appType, contentType, source, pinFormat, claimedContent
}
