/// The rules for the ad account id given by `--ad-account` or `ad_account_id` in the config file, the
/// API's own: digits only (`NumericID`), at most 18 of them. With one, every operation that takes
/// `ad_account_id` acts for that ad account's owner ("business access").
public enum AdAccountID {
    static let maximumLength = 18

    /// Why `text` is not an ad account id, as a sentence for the user that never repeats the text (the
    /// caller says where it came from); nil when it is one.
    public static func problem(_ text: String) -> String? {
        guard NumericID.matches(text) else {
            return text.isEmpty ? "it is empty" : "it must be digits only, as in 549755885175"
        }
        guard text.count <= maximumLength else {
            return "it has \(text.count) digits; an ad account id has at most \(maximumLength)"
        }
        return nil
    }
}
