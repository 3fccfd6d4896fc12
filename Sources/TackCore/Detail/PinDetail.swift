import PinterestAPI

/// What the detail pane and the pin view say about a pin: every field the API gives, the short ones
/// first in the detail pane so that a small pane still shows them, and everything (each image size
/// with its address, the video, the carousel, the metrics) in the pin view.
public enum PinDetail {
    /// The detail pane's fields.
    /// - Parameters:
    ///   - boardName: the name of the pin's board when it is among the loaded boards.
    ///   - sectionName: the name of the pin's section when it is among the loaded sections.
    public static func content(for pin: Pin, boardName: String?, sectionName: String?) -> DetailContent {
        let fields: [DetailField?] = [
            .paragraph("link", pin.link),
            .text("board", boardName ?? pin.boardId),
            .text("section", sectionName ?? pin.boardSectionId),
            .text("created", pin.createdAt.map(DetailFormat.timestamp)),
            .text("owner", pin.boardOwner?.username.map { "@\($0)" }),
            colorField(pin.dominantColor),
            .text("media", pin.media?.mediaType.map { DetailFormat.enumName($0.rawValue) }),
            .paragraph("sizes", pin.media.map { DetailFormat.imageSizes($0.imageSizes) }),
            .text("type", pin.creativeType.map { DetailFormat.enumName($0.rawValue) }),
            .paragraph("description", pin.description),
            .paragraph("alt text", pin.altText),
            .paragraph("note", pin.note),
            .text("yours", pin.isOwner.map(DetailFormat.yesNo)),
            .text("standard", pin.isStandard.map(DetailFormat.yesNo)),
            .text("promoted", pin.hasBeenPromoted.map(DetailFormat.yesNo)),
            .text("saved from", pin.parentPinId),
            .text("pin id", pin.id),
        ]
        return DetailContent(kind: "Pin", heading: pin.displayTitle, fields: fields.compactMap { $0 })
    }

    /// The pin view's fields: the words first (description, alt text, note, link), then where the pin
    /// is, its media in full and its metrics; nothing cut, every value wrapped.
    public static func fullContent(for pin: Pin, boardName: String?, sectionName: String?) -> DetailContent {
        let words: [DetailField?] = [
            .paragraph("description", pin.description),
            .paragraph("alt text", pin.altText),
            .paragraph("note", pin.note),
            .paragraph("link", pin.link),
        ]
        let place: [DetailField?] = [
            .paragraph("board", boardName ?? pin.boardId),
            .paragraph("section", sectionName ?? pin.boardSectionId),
            .text("created", pin.createdAt.map(DetailFormat.timestamp)),
            .text("owner", pin.boardOwner?.username.map { "@\($0)" }),
            colorField(pin.dominantColor),
            .text("type", pin.creativeType.map { DetailFormat.enumName($0.rawValue) }),
        ]
        let flags: [DetailField?] = [
            .text("yours", pin.isOwner.map(DetailFormat.yesNo)),
            .text("standard", pin.isStandard.map(DetailFormat.yesNo)),
            .text("promoted", pin.hasBeenPromoted.map(DetailFormat.yesNo)),
            .text("saved from", pin.parentPinId),
            .text("pin id", pin.id),
        ]
        let fields = words + place + mediaFields(pin.media) + metricFields(pin.pinMetrics) + flags
        return DetailContent(kind: "Pin", heading: pin.displayTitle, fields: fields.compactMap { $0 })
    }

    /// The media type, each image size with its address, the video's and the carousel's particulars.
    private static func mediaFields(_ media: PinMedia?) -> [DetailField?] {
        guard let media else { return [] }
        let images: [DetailField?] = media.imageSizes.map { size in
            let name = size.width.map { "\($0)x\(size.height.map(String.init) ?? "…")" } ?? size.label
            return .paragraph("image \(name)", size.url ?? "(no address)")
        }
        let items = media.items ?? []
        let video: [DetailField?] = [
            .text("duration", media.duration.map { DetailFormat.duration(milliseconds: $0) }),
            .text("video size", media.width.map { "\($0)x\(media.height.map(String.init) ?? "…")" }),
            .paragraph("video", media.videoUrl),
            .paragraph("cover", media.coverImageUrl),
            .text("items", items.isEmpty ? nil : "\(items.count) (\(itemKinds(items)))"),
        ]
        return [.text("media", media.mediaType.map { DetailFormat.enumName($0.rawValue) })] + images + video
    }

    /// "3 images, 1 video" for a carousel's items, by their item type.
    private static func itemKinds(_ items: [PinMediaItem]) -> String {
        var counts: [(kind: String, count: Int)] = []
        for item in items {
            let kind = item.itemType.map(DetailFormat.enumName) ?? "item"
            if let index = counts.firstIndex(where: { $0.kind == kind }) {
                counts[index].count += 1
            } else {
                counts.append((kind, 1))
            }
        }
        return counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    }

    /// One field per number of `pin_metrics` (when the list asked for them), named by its path:
    /// "90d › impression".
    private static func metricFields(_ metrics: JSONValue?) -> [DetailField?] {
        func flatten(_ value: JSONValue, path: [String]) -> [DetailField?] {
            switch value {
            case .object(let members):
                return members.keys.sorted().flatMap { flatten(members[$0] ?? .null, path: path + [DetailFormat.enumName($0)]) }
            case .number(let number):
                let shown = number == number.rounded() && abs(number) < 1e15 ? CountFormat.exact(Int(number)) : String(number)
                return [.text(path.joined(separator: " › "), shown)]
            case .string(let text):
                return [.paragraph(path.joined(separator: " › "), text)]
            case .bool(let flag):
                return [.text(path.joined(separator: " › "), DetailFormat.yesNo(flag))]
            case .array(let values):
                return values.enumerated().flatMap { flatten($1, path: path + ["\($0 + 1)"]) }
            case .null:
                return []
            }
        }
        return metrics.map { flatten($0, path: ["metrics"]) } ?? []
    }

    /// A swatch when the colour parses, the raw text otherwise.
    private static func colorField(_ hex: String?) -> DetailField? {
        guard let hex else { return nil }
        guard let color = DetailFormat.color(fromHex: hex) else { return .text("colour", hex) }
        return DetailField("colour", .swatch(color, hex))
    }
}
