import Foundation

/// Reads the Pinterest user someone means from what they typed into the "Follow a user" form: a
/// username (`mika_bakes`, `@mika_bakes`) or a profile address (`pinterest.com/mika_bakes`,
/// `https://www.pinterest.co.uk/mika_bakes/_saved/?utm=x`). Anything else is refused with what to do
/// instead, before any request is made.
public enum FollowTarget {
    /// The username, or why `input` does not name one.
    public static func username(from input: String) -> Result<String, FollowTargetProblem> {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(.empty) }
        if text.hasPrefix("@") {
            let name = String(text.dropFirst())
            return name.isEmpty ? .failure(.empty) : checked(name)
        }
        guard let address = WebAddress(text) else { return checked(text) }
        return username(at: address)
    }

    /// Usernames have 3 to 30 ASCII letters, digits or underscores, and are not all digits (the API's
    /// `follow_user/update` refuses those as ids).
    public static let lengths = 3...30

    private static func checked(_ name: String) -> Result<String, FollowTargetProblem> {
        if let character = name.first(where: { !isUsernameCharacter($0) }) {
            return .failure(.invalidCharacter(character))
        }
        guard lengths.contains(name.count) else { return .failure(.wrongLength(name.count)) }
        guard !NumericID.matches(name) else { return .failure(.allDigits) }
        return .success(name)
    }

    private static func isUsernameCharacter(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func username(at address: WebAddress) -> Result<String, FollowTargetProblem> {
        guard ["http", "https"].contains(address.scheme) else { return .failure(.notWebAddress(scheme: address.scheme)) }
        let host = address.host.lowercased()
        if shortLinkHosts.contains(host) { return .failure(.shortLink) }
        guard PinterestHost.matches(host) else { return .failure(.notPinterest(host: address.host)) }
        guard let first = address.segments.first else { return .failure(.notProfile(page: "Pinterest's home page")) }
        if let page = reservedPages[first.lowercased()] { return .failure(.notProfile(page: page)) }
        let owner = checked(first)
        guard case .success(let name) = owner, address.segments.count > 1 else { return owner }
        return isProfileTab(address.segments[1]) ? owner : .failure(.board(owner: name))
    }

    /// Pinterest's link shortener: a pin.it link leads anywhere, and only following it tells where.
    static let shortLinkHosts: Set = ["pin.it", "www.pin.it"]

    /// The tabs of a profile page, `/name/_saved/`, `/name/_created/`…: the profile still.
    private static func isProfileTab(_ segment: String) -> Bool {
        segment.hasPrefix("_") || ["pins", "boards", "followers", "following"].contains(segment.lowercased())
    }

    /// Pinterest's own pages at the top of the path, which no username can take, by what they are.
    private static let reservedPages: [String: String] = {
        var pages = ["pin": "a pin", "search": "a search", "ideas": "an ideas page", "today": "the Today page"]
        for name in [
            "_", "about", "business", "categories", "explore", "following", "homefeed", "login", "logout", "news_hub",
            "notifications", "password", "settings", "shopping", "signup", "topics", "videos",
        ] {
            pages[name] = "a Pinterest page"
        }
        return pages
    }()
}

/// Why `FollowTarget` found no username in what was typed, with what to type instead.
public enum FollowTargetProblem: Error, Equatable, Sendable {
    case empty
    /// A character no username has.
    case invalidCharacter(Character)
    /// A username of this many characters, outside `FollowTarget.lengths`.
    case wrongLength(Int)
    /// Digits only: an id, not a username.
    case allDigits
    /// An address with another scheme than http or https, such as `ftp`.
    case notWebAddress(scheme: String)
    /// An address on another host than Pinterest's.
    case notPinterest(host: String)
    /// A pin.it short link: where it leads is known only by following it.
    case shortLink
    /// A Pinterest address that is not a profile: a pin, a search… (`page` says which, with its article).
    case notProfile(page: String)
    /// A board's address: it names its owner, who may be whom the user means.
    case board(owner: String)

    private static let instead = "type a username, like mika_bakes, or a profile address, like pinterest.com/mika_bakes"

    /// One sentence for the form.
    public var message: String {
        switch self {
        case .empty:
            "Nothing to follow yet: \(Self.instead)."
        case .invalidCharacter(let character):
            "A username has only letters, digits and underscores, not \(Self.describe(character))."
        case .wrongLength(let count):
            "A username has \(FollowTarget.lengths.lowerBound) to \(FollowTarget.lengths.upperBound) characters, not \(count)."
        case .allDigits:
            "That is a number, not a username: \(Self.instead)."
        case .notWebAddress(let scheme):
            "\(scheme): addresses are not Pinterest profiles: \(Self.instead)."
        case .notPinterest(let host):
            "\(host.isEmpty ? "That address" : host) is not Pinterest: \(Self.instead)."
        case .shortLink:
            "Tack cannot open pin.it short links: open it in a browser and paste the profile address it leads to."
        case .notProfile(let page):
            "That is \(page), not a profile: \(Self.instead)."
        case .board(let owner):
            "That is a board, not a profile: to follow its owner, type \(owner)."
        }
    }

    /// The character in quotes, or its code points when it would not show (U+0009 for a tab).
    private static func describe(_ character: Character) -> String {
        if character == " " { return "spaces" }
        let shows = character.unicodeScalars.allSatisfy { $0.properties.generalCategory.showsAsGlyph }
        return shows
            ? "\"\(character)\""
            : character.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
    }
}

private extension Unicode.GeneralCategory {
    /// Whether a character of this category shows as a glyph (not a control, format mark or separator).
    var showsAsGlyph: Bool {
        switch self {
        case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            false
        default:
            true
        }
    }
}

/// What typed text says when read as a web address: `scheme://host/path?query#fragment`, the scheme
/// optional when the text starts with a host (`pinterest.com/name`, `pin.it/abc`).
private struct WebAddress {
    var scheme: String
    var host: String
    /// The path's segments, percent-decoded, without empty ones.
    var segments: [String]

    /// nil when `text` is not an address: it has no scheme and does not start with a host name and a
    /// slash, or a Pinterest or pin.it host alone (`jules_design` and `a.b` are not; `pinterest.de` is).
    init?(_ text: String) {
        var rest = Substring(text)
        if let range = rest.range(of: "://") {
            scheme = rest[..<range.lowerBound].lowercased()
            rest = rest[range.upperBound...]
        } else {
            scheme = "https"
            let hostPart = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            let host = hostPart.lowercased()
            let isKnownHost = PinterestHost.matches(host) || FollowTarget.shortLinkHosts.contains(host)
            guard host.contains("."), hostPart.endIndex < rest.endIndex || isKnownHost else { return nil }
        }
        rest = rest.prefix { $0 != "?" && $0 != "#" }
        let authority = rest.prefix { $0 != "/" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        host = String(hostAndPort.prefix { $0 != ":" })
        segments = rest[authority.endIndex...].split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
    }
}
