// Enums for boards (spec components.schemas.BoardPrivacy, BoardUpdatePrivacy, BoardPrivacyFilter).

/// Who can see a board. Updates accept only `public` and `secret`.
public struct BoardPrivacy: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `public` = Self(rawValue: "PUBLIC")
    public static let protected = Self(rawValue: "PROTECTED")
    public static let secret = Self(rawValue: "SECRET")
}

/// The `privacy` filter of boards/list.
public struct BoardPrivacyFilter: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let all = Self(rawValue: "ALL")
    public static let `public` = Self(rawValue: "PUBLIC")
    public static let protected = Self(rawValue: "PROTECTED")
    public static let secret = Self(rawValue: "SECRET")
    public static let publicAndSecret = Self(rawValue: "PUBLIC_AND_SECRET")
}
