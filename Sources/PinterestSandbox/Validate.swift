import Foundation

/// The validation rules of the API description. Each failure is a 400 whose message names the field.
enum Validate {
    /// The most characters a text field takes where the API description gives no limit (a board's name,
    /// a carousel item's title): above every limit it does give but for links, so the sandbox refuses
    /// nothing Pinterest would take for its size, while a client cannot make it store megabytes.
    static let unspecifiedMaxLength = 1000

    /// An id matching `^\d+$`, returned as its integer value.
    static func id(_ value: String, field: String) throws -> Int64 {
        guard !value.isEmpty, value.allSatisfy(\.isASCIIDigit), let number = Int64(value) else {
            throw APIError.invalid(field, "must match ^\\d+$.")
        }
        return number
    }

    static func optionalId(_ value: String?, field: String) throws -> Int64? {
        try value.map { try id($0, field: field) }
    }

    /// Lengths count Unicode code points, as JSON Schema's minLength/maxLength do.
    static func length(_ value: String?, field: String, min: Int = 0, max: Int) throws {
        guard let value else { return }
        let length = value.unicodeScalars.count
        guard length >= min else {
            throw APIError.invalid(field, min == 1 ? "must not be empty." : "must be at least \(min) characters.")
        }
        guard length <= max else { throw APIError.invalid(field, "must be at most \(max) characters.") }
    }

    static func oneOf(_ value: String?, _ allowed: [String], field: String) throws {
        guard let value else { return }
        guard allowed.contains(value) else {
            let shown = value.count > 50 ? String(value.prefix(50)) + "…" : value
            throw APIError.invalid(field, "'\(shown)' is not one of \(allowed.joined(separator: ", ")).")
        }
    }

    /// A link: at most 2048 characters and an absolute http(s) URL.
    static func link(_ value: String?, field: String = "link") throws {
        guard let value else { return }
        try length(value, field: field, max: 2048)
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else { throw APIError.invalid(field, "must be an http or https URL.") }
    }

    /// A website as the account's websites hold it: a domain and an optional path, without a scheme,
    /// query or fragment (`example.com`, `example.com/shop`), as the API description has it.
    static func website(_ value: String, field: String = "website") throws {
        let domain = value.prefix { $0 != "/" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let isDomain = labels.count >= 2 && labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
        let isPath = value[domain.endIndex...].allSatisfy { character in
            !character.isWhitespace && character != "?" && character != "#"
                && character.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
        }
        guard isDomain, isPath else {
            throw APIError.invalid(field, "must be a domain with an optional path, like example.com/shop, without http:// or https://.")
        }
    }

    /// A dominant colour: `#` and six hex digits, e.g. `#6E7874`.
    static func dominantColor(_ value: String?) throws {
        guard let value else { return }
        let digits = value.dropFirst()
        guard value.first == "#", digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
            throw APIError.invalid("dominant_color", "must be a hex colour like #6E7874.")
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
