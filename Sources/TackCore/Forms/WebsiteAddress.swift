import Foundation

/// A website as verify_website/update takes it: a host name, optionally with a path, without the
/// scheme, query or fragment ("example.com", "shop.example.com/store"). Typed with `https://` or a trailing slash, it
/// is taken without them.
public struct WebsiteAddress: Hashable, Sendable {
    public let text: String

    public init?(_ input: String) {
        var text = Substring(input.trimmingCharacters(in: .whitespaces))
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            text = text.dropFirst(scheme.count)
        }
        while text.hasSuffix("/") { text = text.dropLast() }
        let host = text.prefix { $0 != "/" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2,
              labels.allSatisfy({ !$0.isEmpty && $0.first != "-" && $0.last != "-" }),
              host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }),
              !text.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" })
        else { return nil }
        self.text = String(text)
    }
}
