import Foundation

/// Reads the pin a user means from what they typed: a numeric pin id, or a Pinterest pin URL
/// such as "https://www.pinterest.com/pin/1234/" or "pinterest.co.uk/pin/1234?x=y".
public enum PinReference {
    /// The pin id, or nil when `text` is neither a pin id nor a pinterest.* URL with /pin/<id>.
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if NumericID.matches(trimmed) {
            return trimmed
        }
        let withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed
        guard let components = URLComponents(string: withScheme),
            let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = components.host, PinterestHost.matches(host)
        else { return nil }
        let segments = components.path.split(separator: "/").map(String.init)
        guard let pinIndex = segments.firstIndex(of: "pin"), pinIndex + 1 < segments.count else { return nil }
        let id = segments[pinIndex + 1]
        return NumericID.matches(id) ? id : nil
    }

    /// True for a `pin.it` short link. It does not hold the pin id: only following its redirect on
    /// pinterest.com reveals it, and Pinterest's API has no call that resolves one, so Tack cannot.
    public static func isShortLink(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed
        guard let host = URLComponents(string: withScheme)?.host?.lowercased() else { return false }
        return host == "pin.it" || host == "www.pin.it"
    }
}
