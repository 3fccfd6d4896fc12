import GRDB

// Rows of the sandbox database. Column names are the property names; ids are integers stored as such and
// sent over the wire as numeric strings.

struct AccountRow: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "account"
    var id: Int64
    var username: String
    var about: String
    var websiteUrl: String
    var businessName: String?
    var profileImage: String
    var accountType: String
    var monthlyViews: Int
}

struct BoardRow: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "board"
    var id: Int64?
    var name: String
    var description: String?
    var privacy: String
    var isAdsOnly: Bool
    var createdAt: String
    var pinsModifiedAt: String
    var followerCount: Int
    var collaboratorCount: Int
    /// Username of the owner; boards of other owners exist only as boards the account follows.
    var owner: String
    var isFollowedByAccount: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct SectionRow: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "section"
    var id: Int64?
    var boardId: Int64
    var name: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct PinRow: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "pin"
    var id: Int64?
    var boardId: Int64
    var sectionId: Int64?
    var title: String?
    var description: String?
    var link: String?
    var altText: String?
    var dominantColor: String?
    var createdAt: String
    var creativeType: String
    /// The wire `media` object, as JSON.
    var media: String
    var parentPinId: Int64?
    var hasBeenPromoted: Bool
    /// Typical daily impressions; drives the generated analytics.
    var popularity: Int
    // The table's `wire` column, the JSON the pin is sent as, is not a property: it is derived from the
    // others whenever the pin is written (see `PinWire`) and read only by the answers that send pins.

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Every insert and update of a pin also stores its wire JSON, so that it never goes stale.
    func aroundSave(_ db: Database, save: () throws -> PersistenceSuccess) throws {
        _ = try save()
        var saved = self
        saved.id = id ?? db.lastInsertedRowID
        try PinWire.store(saved, db)
    }
}

/// Another user related to the account: a follower or a user the account follows.
struct PersonRow: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "person"
    enum Relation: String, Codable, Sendable { case follower, following }
    var username: String
    var relation: Relation
    var position: Int
}

struct WebsiteRow: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "website"
    var website: String
    var status: String
    var verifiedAt: String?
}

struct LinkedBusinessRow: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "linkedBusiness"
    var username: String
}
