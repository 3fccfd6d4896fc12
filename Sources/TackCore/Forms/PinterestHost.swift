/// Pinterest's web hosts: `pinterest.com` and its country domains (`pinterest.de`, `pinterest.co.uk`,
/// `pinterest.com.au`), bare, with `www.` or `m.`, or with a country label (`br.pinterest.com`).
enum PinterestHost {
    static func matches(_ host: String) -> Bool {
        var labels = host.lowercased().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if labels.last == "" { labels.removeLast() }  // the root's dot: "pinterest.com."
        guard let index = labels.firstIndex(of: "pinterest") else { return false }
        let prefix = labels[..<index], suffix = Array(labels[(index + 1)...])
        return isAllowedPrefix(prefix) && isCountryDomain(suffix)
    }

    /// Nothing, `www`, `m`, or a two-letter country.
    private static func isAllowedPrefix(_ labels: ArraySlice<String>) -> Bool {
        guard let label = labels.first else { return true }
        return labels.count == 1 && (label == "www" || label == "m" || isCountryCode(label))
    }

    /// `com`, a two-letter country, or `co.` or `com.` followed by one.
    private static func isCountryDomain(_ labels: [String]) -> Bool {
        switch labels.count {
        case 1: labels[0] == "com" || isCountryCode(labels[0])
        case 2: ["co", "com"].contains(labels[0]) && isCountryCode(labels[1])
        default: false
        }
    }

    private static func isCountryCode(_ label: String) -> Bool {
        label.unicodeScalars.count == 2 && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
}
