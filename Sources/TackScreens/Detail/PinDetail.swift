import PinterestAPI

/// The detail pane's content for a pin: every field the API gives, the short ones first so that a
/// small pane still shows them.
public enum PinDetail {
    /// - Parameters:
    ///   - boardName: the name of the pin's board when it is among the loaded boards.
    ///   - sectionName: the name of the pin's section when it is among the loaded sections.
    public static func content(for pin: Pin, boardName: String?, sectionName: String?) -> DetailPaneView.Content {
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
        return DetailPaneView.Content(kind: "Pin", heading: PinRow.displayTitle(of: pin), fields: fields.compactMap { $0 })
    }

    /// A swatch when the colour parses, the raw text otherwise.
    private static func colorField(_ hex: String?) -> DetailField? {
        guard let hex else { return nil }
        guard let color = DetailFormat.color(fromHex: hex) else { return .text("colour", hex) }
        return DetailField("colour", .swatch(color, hex))
    }
}
