/// An id as the API writes pin, board and media ids: `^\d+$`.
public enum NumericID {
    public static func matches(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
