import Foundation

/// Reads a page of pins (`{"items": [...], "bookmark": ...}`) straight from its bytes into the values
/// `PinterestJSON.makeDecoder()` decodes from it, sharing the same strings through a `StringInterner`,
/// at a fraction of the cost: no keyed containers, no `decodeIfPresent`, one pass over the bytes.
///
/// It reads only what it reads exactly as `JSONDecoder` does. Anything else (JSON that `JSONReader` does
/// not read, a value of an unexpected type, a member given twice, `pin_metrics` that is not null, an
/// integer written with a fraction or an exponent, a member name with an escape) makes it give up with
/// nil, and the page is left to `JSONDecoder`, whose values or error stand. Unknown members are skipped.
@_spi(Benchmarks) public enum PinPageReader {
    public static func page(from json: Data) -> Page<Pin>? {
        json.withUnsafeBytes { bytes in
            var reader = JSONReader(bytes: bytes)
            let interner = StringInterner()
            var items: [Pin]?
            var bookmark: String?
            let isPage = reader.readMembers(PageMember.self) { reader, member in
                switch member {
                case .items:
                    items = reader.pins(interner)
                    return items != nil
                case .bookmark: return reader.nullable(into: &bookmark) { $0.string() }
                }
            }
            guard isPage, reader.isAtEnd(), let items else { return nil }
            return Page(items: items, bookmark: bookmark)
        }
    }
}

/// The members of an object a reader knows, by name; the others are skipped.
private protocol KnownMembers: RawRepresentable<Int> {
    /// The names, in the order of the raw values (at most 32).
    static var names: [StaticString] { get }
}

extension KnownMembers {
    init?(name: UnsafeRawBufferPointer) {
        guard let index = Self.names.firstIndex(where: { name.isName($0) }) else { return nil }
        self.init(rawValue: index)
    }
}

private enum PageMember: Int, KnownMembers {
    case items, bookmark
    static let names: [StaticString] = ["items", "bookmark"]
}

private enum PinMember: Int, KnownMembers {
    case id, createdAt, link, title, description, dominantColor, altText, creativeType, boardId, boardSectionId
    case boardOwner, isOwner, media, parentPinId, isStandard, hasBeenPromoted, note, pinMetrics
    static let names: [StaticString] = [
        "id", "created_at", "link", "title", "description", "dominant_color", "alt_text", "creative_type",
        "board_id", "board_section_id", "board_owner", "is_owner", "media", "parent_pin_id", "is_standard",
        "has_been_promoted", "note", "pin_metrics",
    ]
}

private enum BoardOwnerMember: Int, KnownMembers {
    case username
    static let names: [StaticString] = ["username"]
}

private enum MediaMember: Int, KnownMembers {
    case mediaType, images, items, coverImageUrl, videoUrl, duration, width, height
    static let names: [StaticString] = [
        "media_type", "images", "items", "cover_image_url", "video_url", "duration", "width", "height",
    ]
}

private enum MediaItemMember: Int, KnownMembers {
    case itemType, title, description, link, images, coverImageUrl, videoUrl, duration, width, height
    static let names: [StaticString] = [
        "item_type", "title", "description", "link", "images", "cover_image_url", "video_url", "duration",
        "width", "height",
    ]
}

private enum ImageDetailsMember: Int, KnownMembers {
    case width, height, url
    static let names: [StaticString] = ["width", "height", "url"]
}

extension JSONReader {
    /// Reads an object, calling `member` for each member `Member` knows and skipping the others; fails
    /// when a known member is given twice (`JSONDecoder` keeps the first, and this reader does not guess).
    fileprivate mutating func readMembers<Member: KnownMembers>(
        _: Member.Type, _ member: (inout JSONReader, Member) -> Bool
    ) -> Bool {
        var seen: UInt32 = 0
        return readObject { reader, name in
            guard let known = Member(name: name) else { return reader.skipValue() }
            let bit: UInt32 = 1 << known.rawValue
            guard seen & bit == 0 else { return false }
            seen |= bit
            return member(&reader, known)
        }
    }

    /// Reads a nullable value into `slot`, as `decodeIfPresent` does: false when it is neither null nor
    /// what `read` reads.
    fileprivate mutating func nullable<Value>(into slot: inout Value?, _ read: (inout JSONReader) -> Value?) -> Bool {
        if null() {
            slot = nil
            return true
        }
        guard let value = read(&self) else { return false }
        slot = value
        return true
    }

    fileprivate mutating func pins(_ interner: StringInterner) -> [Pin]? {
        var pins: [Pin] = []
        let isArray = readArray { reader in
            guard let pin = reader.pin(interner) else { return false }
            pins.append(pin)
            return true
        }
        return isArray ? pins : nil
    }

    /// A pin, as `Pin.init(from:)` decodes it.
    private mutating func pin(_ interner: StringInterner) -> Pin? {
        var id: String?
        var pin = Pin(id: "")
        let isPin = readMembers(PinMember.self) { reader, member in
            switch member {
            case .id: reader.nullable(into: &id) { $0.string() }
            case .createdAt: reader.nullable(into: &pin.createdAt) { $0.string().flatMap(PinterestTimestamp.parse) }
            case .link: reader.nullable(into: &pin.link) { $0.string() }
            case .title: reader.nullable(into: &pin.title) { $0.string() }
            case .description: reader.nullable(into: &pin.description) { $0.string() }
            case .dominantColor: reader.nullable(into: &pin.dominantColor) { $0.string() }
            case .altText: reader.nullable(into: &pin.altText) { $0.string() }
            case .creativeType: reader.nullable(into: &pin.creativeType) { $0.string().map(CreativeType.init) }
            case .boardId: reader.nullable(into: &pin.boardId) { $0.string().map(interner.intern) }
            case .boardSectionId: reader.nullable(into: &pin.boardSectionId) { $0.string().map(interner.intern) }
            case .boardOwner: reader.nullable(into: &pin.boardOwner) { $0.boardOwner(interner) }
            case .isOwner: reader.nullable(into: &pin.isOwner) { $0.bool() }
            case .media: reader.nullable(into: &pin.media) { $0.media(interner) }
            case .parentPinId: reader.nullable(into: &pin.parentPinId) { $0.string() }
            case .isStandard: reader.nullable(into: &pin.isStandard) { $0.bool() }
            case .hasBeenPromoted: reader.nullable(into: &pin.hasBeenPromoted) { $0.bool() }
            case .note: reader.nullable(into: &pin.note) { $0.string() }
            case .pinMetrics: reader.null()  // free-form metrics are left to JSONDecoder
            }
        }
        guard isPin, let id else { return nil }
        pin.id = id
        return pin
    }

    private mutating func boardOwner(_ interner: StringInterner) -> BoardOwner? {
        var owner = BoardOwner()
        let isOwner = readMembers(BoardOwnerMember.self) { reader, member in
            switch member {
            case .username: reader.nullable(into: &owner.username) { $0.string().map(interner.intern) }
            }
        }
        return isOwner ? owner : nil
    }

    /// A pin's media, as `PinMedia.init(from:)` decodes it.
    private mutating func media(_ interner: StringInterner) -> PinMedia? {
        var mediaType: MediaType?, images: ImageRenditions?, items: [PinMediaItem]?
        var coverImageUrl: String?, videoUrl: String?, duration: Double?, width: Int?, height: Int?
        let isMedia = readMembers(MediaMember.self) { reader, member in
            switch member {
            case .mediaType: reader.nullable(into: &mediaType) { $0.string().map(MediaType.init) }
            case .images: reader.nullable(into: &images) { $0.renditions(interner) }
            case .items: reader.nullable(into: &items) { $0.mediaItems(interner) }
            case .coverImageUrl: reader.nullable(into: &coverImageUrl) { $0.string() }
            case .videoUrl: reader.nullable(into: &videoUrl) { $0.string() }
            case .duration: reader.nullable(into: &duration) { $0.double() }
            case .width: reader.nullable(into: &width) { $0.integer() }
            case .height: reader.nullable(into: &height) { $0.integer() }
            }
        }
        guard isMedia else { return nil }
        return PinMedia(
            mediaType: mediaType, images: images, coverImageUrl: coverImageUrl, videoUrl: videoUrl,
            duration: duration, width: width, height: height, items: items)
    }

    private mutating func mediaItems(_ interner: StringInterner) -> [PinMediaItem]? {
        var items: [PinMediaItem] = []
        let isArray = readArray { reader in
            var item = PinMediaItem()
            let isItem = reader.readMembers(MediaItemMember.self) { reader, member in
                switch member {
                case .itemType: reader.nullable(into: &item.itemType) { $0.string() }
                case .title: reader.nullable(into: &item.title) { $0.string() }
                case .description: reader.nullable(into: &item.description) { $0.string() }
                case .link: reader.nullable(into: &item.link) { $0.string() }
                case .images: reader.nullable(into: &item.images) { $0.renditions(interner) }
                case .coverImageUrl: reader.nullable(into: &item.coverImageUrl) { $0.string() }
                case .videoUrl: reader.nullable(into: &item.videoUrl) { $0.string() }
                case .duration: reader.nullable(into: &item.duration) { $0.double() }
                case .width: reader.nullable(into: &item.width) { $0.integer() }
                case .height: reader.nullable(into: &item.height) { $0.integer() }
                }
            }
            items.append(item)
            return isItem
        }
        return isArray ? items : nil
    }

    /// Image renditions by label, as `ImageRenditions.init(from:)` decodes them; a label given twice fails.
    private mutating func renditions(_ interner: StringInterner) -> ImageRenditions? {
        var renditions: [(label: String, details: ImageDetails)] = []
        let isObject = readObject { reader, name in
            let label = String(decoding: name, as: UTF8.self)
            guard !renditions.contains(where: { $0.label == label }), let details = reader.imageDetails() else {
                return false
            }
            renditions.append((label, details))
            return true
        }
        return isObject ? ImageRenditions(renditions, intern: interner.intern) : nil
    }

    private mutating func imageDetails() -> ImageDetails? {
        var details = ImageDetails(width: nil, height: nil, url: nil)
        let isDetails = readMembers(ImageDetailsMember.self) { reader, member in
            switch member {
            case .width: reader.nullable(into: &details.width) { $0.integer() }
            case .height: reader.nullable(into: &details.height) { $0.integer() }
            case .url: reader.nullable(into: &details.url) { $0.string() }
            }
        }
        return isDetails ? details : nil
    }
}
