/// The OAuth scopes Tack asks for, and what each one missing turns off.
enum TackScopes {
    /// Everything Tack does: read and write boards, pins and the account, secret boards and pins too.
    static let all = [
        "boards:read", "boards:write", "boards:read_secret", "boards:write_secret",
        "pins:read", "pins:write", "pins:read_secret", "pins:write_secret",
        "user_accounts:read", "user_accounts:write",
    ]

    /// What Tack cannot do without `scope`.
    static func featureLost(without scope: String) -> String {
        switch scope {
        case "boards:read": "your boards and their sections"
        case "boards:write": "creating, editing and deleting boards and sections"
        case "boards:read_secret": "your secret boards"
        case "boards:write_secret": "changing secret boards"
        case "pins:read": "pins, top pins and pin analytics"
        case "pins:write": "creating, editing, moving, saving and deleting pins"
        case "pins:read_secret": "the pins on secret boards"
        case "pins:write_secret": "changing the pins on secret boards"
        case "user_accounts:read": "the Account screen (profile, followers, following, websites) and analytics"
        case "user_accounts:write": "following people and verifying websites"
        default: "nothing Tack uses"
        }
    }
}
