import Foundation

/// The image renditions of a pin or carousel slot (spec: `images`, an object of `ImageDetails` keyed by
/// size label: `150x150`, `400x300`, `600x`, `1200x`, and undeclared ones like `originals`), held compactly.
///
/// A loaded pin keeps its renditions for as long as it is loaded, and as a dictionary of `ImageDetails`
/// with a whole URL each they took more than half of its memory. Pinterest's rendition URLs differ only
/// in the label (`https://i.pinimg.com/150x150/0d/f6/f1/0df6….jpg`, `https://i.pinimg.com/600x/0d/f6/f1/0df6….jpg`),
/// so the parts before and after the label are kept once, and each rendition keeps its label and size;
/// a URL of another shape is kept whole. Renditions are ordered narrowest first (those without a width
/// last, then by label); a label given twice keeps its last details, as a dictionary would.
public struct ImageRenditions: Hashable, Sendable {
    /// What comes before the label in a patterned URL (`https://i.pinimg.com/`).
    private var urlPrefix: String
    /// What comes after the label in a patterned URL (`/0d/f6/f1/0df6….jpg`).
    private var urlSuffix: String
    private var renditions: [Rendition]

    private struct Rendition: Hashable, Sendable {
        var label: String
        var url: RenditionURL
        var size: RenditionSize
    }

    /// Width and height in 32 bits each, which any real image fits, so a rendition takes 48 bytes, not 64;
    /// larger values are kept out of line.
    private enum RenditionSize: Hashable, Sendable {
        case compact(width: Int32?, height: Int32?)
        indirect case full(width: Int?, height: Int?)

        init(width: Int?, height: Int?) {
            if let width = Self.compact(width), let height = Self.compact(height) {
                self = .compact(width: width, height: height)
            } else {
                self = .full(width: width, height: height)
            }
        }

        /// `value` in 32 bits: `.some(nil)` for nil, nil when it does not fit.
        private static func compact(_ value: Int?) -> Int32?? {
            guard let value else { return .some(nil) }
            return Int32(exactly: value).map { .some($0) }
        }

        var width: Int? {
            switch self {
            case .compact(let width, _): width.map(Int.init)
            case .full(let width, _): width
            }
        }

        var height: Int? {
            switch self {
            case .compact(_, let height): height.map(Int.init)
            case .full(_, let height): height
            }
        }
    }

    private enum RenditionURL: Hashable, Sendable {
        case none
        /// `urlPrefix` + label + `urlSuffix`.
        case patterned
        case whole(String)
    }

    /// The renditions by label.
    public init(_ renditions: some Sequence<(label: String, details: ImageDetails)>) {
        self.init(renditions, intern: { $0 })
    }

    /// The renditions by label; `intern` gives the URL prefix to keep, which many pins share.
    init(_ renditions: some Sequence<(label: String, details: ImageDetails)>, intern: (String) -> String) {
        var unique: [(label: String, details: ImageDetails)] = []
        for rendition in renditions {
            if let index = unique.firstIndex(where: { $0.label == rendition.label }) {
                unique[index] = rendition
            } else {
                unique.append(rendition)
            }
        }
        unique.sort { ($0.details.width ?? .max, $0.label) < ($1.details.width ?? .max, $1.label) }
        let pattern = unique.lazy.compactMap { Self.pattern(of: $0.details.url, label: $0.label) }.first
        let prefix = pattern.map { intern($0.prefix) } ?? "", suffix = pattern?.suffix ?? ""
        urlPrefix = prefix
        urlSuffix = suffix
        self.renditions = unique.map { label, details in
            let url: RenditionURL = switch details.url {
            case nil: .none
            case let whole? where pattern != nil && Self.isURL(whole, prefix: prefix, label: label, suffix: suffix): .patterned
            case let whole?: .whole(whole)
            }
            return Rendition(label: label, url: url, size: RenditionSize(width: details.width, height: details.height))
        }
    }

    /// The parts of `url` around its first path segment `label`, if it has one. Compared as UTF-8
    /// bytes: the parts are split at slashes, and any split that puts `url` back together is right.
    /// Read in place, without copying the bytes: a page of pins has several renditions a pin.
    private static func pattern(of url: String?, label: String) -> (prefix: String, suffix: String)? {
        guard var url, !label.isEmpty else { return nil }
        var label = label
        return url.withUTF8 { url in
            label.withUTF8 { label in
                let slash = UInt8(ascii: "/")
                var start = 0
                while start + label.count + 2 <= url.count {
                    if url[start] == slash, url[start + label.count + 1] == slash, has(label, in: url, at: start + 1) {
                        return (String(decoding: url[...start], as: UTF8.self),
                                String(decoding: url[(start + label.count + 1)...], as: UTF8.self))
                    }
                    start += 1
                }
                return nil
            }
        }
    }

    private static func isURL(_ url: String, prefix: String, label: String, suffix: String) -> Bool {
        var (url, prefix, label, suffix) = (url, prefix, label, suffix)
        guard url.utf8.count == prefix.utf8.count + label.utf8.count + suffix.utf8.count else { return false }
        return url.withUTF8 { url in
            prefix.withUTF8 { prefix in
                label.withUTF8 { label in
                    suffix.withUTF8 { suffix in
                        has(prefix, in: url, at: 0) && has(label, in: url, at: prefix.count)
                            && has(suffix, in: url, at: prefix.count + label.count)
                    }
                }
            }
        }
    }

    /// Whether `text` has `part` at `offset` (which leaves room for it).
    private static func has(_ part: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        part.isEmpty || memcmp(text.baseAddress! + offset, part.baseAddress!, part.count) == 0
    }

    /// The details of the rendition labelled `label`.
    public subscript(label: String) -> ImageDetails? {
        renditions.first { $0.label == label }.map(details)
    }

    private func details(_ rendition: Rendition) -> ImageDetails {
        let url: String? = switch rendition.url {
        case .none: nil
        case .patterned: urlPrefix + rendition.label + urlSuffix
        case .whole(let url): url
        }
        return ImageDetails(width: rendition.size.width, height: rendition.size.height, url: url)
    }
}

extension ImageRenditions: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { renditions.count }

    public subscript(position: Int) -> (label: String, details: ImageDetails) {
        (renditions[position].label, details(renditions[position]))
    }
}

extension ImageRenditions: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, ImageDetails)...) {
        self.init(elements.map { (label: $0.0, details: $0.1) })
    }
}

extension ImageRenditions: Codable {
    private struct Label: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Label.self)
        let renditions = try container.allKeys.map { key in
            (label: key.stringValue, details: try container.decode(ImageDetails.self, forKey: key))
        }
        self.init(renditions, intern: decoder.intern)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Label.self)
        for (label, details) in self {
            try container.encode(details, forKey: Label(stringValue: label))
        }
    }
}
