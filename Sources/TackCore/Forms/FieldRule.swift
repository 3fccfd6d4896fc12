import Foundation

/// One validation rule of a form field, with the API's limits.
///
/// Lengths are counted as the API counts them (JSON Schema maxLength: Unicode code points), on the
/// text as it will be sent (trimmed). Every rule but `required`, `lengthRange` and `mediaPresent`
/// accepts an empty value, so optional fields may stay blank.
public enum FieldRule: Hashable, Sendable {
    /// Not blank (or, for a picked reference, something picked).
    case required
    case maxLength(Int)
    /// Between the bounds, inclusive; empty text fails.
    case lengthRange(ClosedRange<Int>)
    /// An http or https URL with a host, at most 2048 code points.
    case url
    /// Whitespace-separated http or https URLs.
    case urlList
    /// How many whitespace-separated items, e.g. 2...5 images in a carousel.
    case itemCount(ClosedRange<Int>)
    /// How many file paths, separated by spaces and quoted like a shell's words when they hold
    /// spaces (see `ShellWords`).
    case pathCount(ClosedRange<Int>)
    /// "#" and six hex digits, e.g. "#6E7874".
    case hexColor
    /// A numeric pin id or a pinterest.* URL with /pin/<id>; a `pin.it` short link is refused with
    /// the reason (see `PinReference.isShortLink`).
    case pinReference
    /// A video media id (digits), optionally followed by a cover image URL.
    case videoMediaID
    /// Something to make the pin from: the media source field is filled.
    case mediaPresent
    /// A Pinterest username or profile URL (see `FollowTarget`).
    case followTarget
    /// A website's address: a host name with a dot, optionally a path; no spaces.
    case websiteAddress
    /// A day written `YYYY-MM-DD`.
    case day
    /// A day no earlier than the given one; the reason says which limit that is.
    case dayOnOrAfter(UTCDay, reason: String)
    /// A day no later than the given one; the reason says which limit that is.
    case dayOnOrBefore(UTCDay, reason: String)

    /// The longest link the API takes.
    public static let maxURLLength = 2048

    /// The error message for `text` in the field labelled `label`, or nil when the rule holds.
    public func violation(by text: String, label: String) -> String? {
        let length = text.unicodeScalars.count
        let items = Self.items(of: text)
        switch self {
        case .required:
            return text.isEmpty ? "\(label) is required" : nil
        case .mediaPresent:
            return text.isEmpty ? "\(label) is required: give an image or a video to make the pin from" : nil
        case .maxLength(let limit):
            return length > limit ? Self.tooLong(label, length, limit) : nil
        case .lengthRange(let range):
            if text.isEmpty && range.lowerBound > 0 { return "\(label) is required" }
            if length < range.lowerBound {
                return "\(label) is \(length) characters: the minimum is \(range.lowerBound)"
            }
            return length > range.upperBound ? Self.tooLong(label, length, range.upperBound) : nil
        case .url:
            if length > Self.maxURLLength { return Self.tooLong(label, length, Self.maxURLLength) }
            return text.isEmpty || Self.isWebURL(text) ? nil : "\(label) must be an http or https URL"
        case .urlList:
            let invalid = items.first { !Self.isWebURL($0) || $0.unicodeScalars.count > Self.maxURLLength }
            return invalid.map { "\(label): \"\($0)\" is not an http or https URL" }
        case .itemCount(let range):
            return Self.countViolation(items.count, of: "item", in: range, text: text, label: label)
        case .pathCount(let range):
            switch ShellWords.split(text) {
            case .failure(let error): return "\(label): \(error)"
            case .success(let paths): return Self.countViolation(paths.count, of: "file", in: range, text: text, label: label)
            }
        case .hexColor:
            return text.isEmpty || Self.isHexColor(text) ? nil : "\(label) must be a colour like #6E7874"
        case .pinReference:
            if text.isEmpty || PinReference.parse(text) != nil { return nil }
            return PinReference.isShortLink(text)
                ? "\(label): a pin.it short link hides the pin id and Pinterest's API cannot open it: "
                    + "open it in a browser and paste the pinterest.com/pin/… address"
                : "\(label) must be a pin id or a pinterest.com/pin/… URL"
        case .followTarget:
            guard !text.isEmpty, case .failure(let problem) = FollowTarget.username(from: text) else { return nil }
            return problem.message
        case .websiteAddress:
            return text.isEmpty || WebsiteAddress(text) != nil
                ? nil : "\(label) must be a website address like example.com or example.com/shop"
        case .day:
            return text.isEmpty || UTCDay(iso: text) != nil ? nil : "\(label) must be a date like 2026-11-01 (YYYY-MM-DD)"
        case .dayOnOrAfter(let limit, let reason):
            guard let day = UTCDay(iso: text), day < limit else { return nil }
            return "\(label) cannot be before \(limit.iso): \(reason)"
        case .dayOnOrBefore(let limit, let reason):
            guard let day = UTCDay(iso: text), day > limit else { return nil }
            return "\(label) cannot be after \(limit.iso): \(reason)"
        case .videoMediaID:
            return text.isEmpty || VideoSource(text) != nil
                ? nil : "\(label) must be a video media id (digits), optionally followed by a cover image URL"
        }
    }

    /// The whitespace-separated items of a list field.
    static func items(of text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    private static func countViolation(
        _ count: Int, of noun: String, in range: ClosedRange<Int>, text: String, label: String
    ) -> String? {
        guard !text.isEmpty, !range.contains(count) else { return nil }
        return "\(label) has \(count) \(noun)\(count == 1 ? "" : "s"): give \(range.lowerBound) to \(range.upperBound)"
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return ["http", "https"].contains(scheme) && url.host?.isEmpty == false
    }

    private static func isHexColor(_ text: String) -> Bool {
        let digits = text.unicodeScalars.dropFirst()
        return text.first == "#" && digits.count == 6 && digits.allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func tooLong(_ label: String, _ length: Int, _ limit: Int) -> String {
        "\(label) is \(length) characters: the limit is \(limit)"
    }
}

extension Array where Element == FieldRule {
    /// The first violated rule's message for `text`, or nil when every rule holds.
    public func firstViolation(by text: String, label: String) -> String? {
        lazy.compactMap { $0.violation(by: text, label: label) }.first
    }

    /// The characters still allowed under the tightest length limit ("96 left", or "4 over"),
    /// or nil when no rule limits the length.
    public func remainingText(for text: String) -> String? {
        let limits = compactMap { rule -> Int? in
            switch rule {
            case .maxLength(let limit): limit
            case .lengthRange(let range): range.upperBound
            default: nil
            }
        }
        guard let limit = limits.min() else { return nil }
        let remaining = limit - text.unicodeScalars.count
        return remaining >= 0 ? "\(remaining) left" : "\(-remaining) over"
    }
}
