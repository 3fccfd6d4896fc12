import GRDB

/// The JSON a pin is sent as, without `pin_metrics`. It is stored in the pin's `wire` column whenever the pin
/// is written, so that answers send it as it is instead of decoding the pin's media and encoding the pin
/// again on every request. Its other inputs, the board's owner and the account's name, never change.
enum PinWire {
    /// Encodes `row` (which has its id) and stores the JSON in its `wire` column.
    static func store(_ row: PinRow, _ db: Database) throws {
        let owner = try String.fetchOne(db, sql: "SELECT owner FROM board WHERE id = ?", arguments: [row.boardId])
        let accountName = try String.fetchOne(db, sql: "SELECT username FROM account")
        let pin = WirePin(row, boardOwner: owner ?? accountName ?? "", isOwner: owner == accountName)
        let json = String(decoding: try JSONResponse.encode(pin), as: UTF8.self)
        try db.execute(sql: "UPDATE pin SET wire = ? WHERE id = ?", arguments: [json, row.id])
    }

    /// A stored pin as it is sent: its wire JSON, with `pin_metrics` added when asked for (which needs the
    /// whole row).
    static func sent(_ row: Row, withMetrics: Bool) throws -> EncodedJSON {
        let json = EncodedJSON(text: row["wire"])
        guard withMetrics else { return json }
        return try json.adding("pin_metrics", PinAnalytics(pin: PinRow(row: row)).pinMetrics())
    }
}
