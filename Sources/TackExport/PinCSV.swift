import Foundation

/// `pins.csv`: one row a pin (RFC 4180: fields holding a comma, quote or line break are quoted, quotes
/// doubled; lines end in CRLF), for spreadsheets and scripts that do not read JSON.
enum PinCSV {
    static let header = [
        "id", "board_id", "board_name", "board_section_id", "section_name", "title", "description", "link",
        "alt_text", "dominant_color", "creative_type", "created_at", "parent_pin_id", "image_url", "image_width",
        "image_height", "media_file",
    ]

    static func row(
        _ pin: ExportedPin, boardId: String, boardName: String, sectionName: String?, mediaFile: String?
    ) -> [String] {
        let image = pin.largestImage
        return [
            pin.id, boardId, boardName, pin.boardSectionId ?? "", sectionName ?? "", pin.title ?? "",
            pin.description ?? "", pin.link ?? "", pin.altText ?? "", pin.dominantColor ?? "",
            pin.creativeType ?? "", pin.createdAt ?? "", pin.parentPinId ?? "", image?.url ?? "",
            image?.width.map(String.init) ?? "", image?.height.map(String.init) ?? "", mediaFile ?? "",
        ]
    }

    static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
