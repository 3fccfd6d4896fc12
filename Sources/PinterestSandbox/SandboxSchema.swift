import GRDB

/// The database schema, as GRDB migrations.
enum SandboxSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "account") { t in
                t.primaryKey("id", .integer)
                t.column("username", .text).notNull()
                t.column("about", .text).notNull()
                t.column("websiteUrl", .text).notNull()
                t.column("businessName", .text)
                t.column("profileImage", .text).notNull()
                t.column("accountType", .text).notNull()
                t.column("monthlyViews", .integer).notNull()
            }
            try db.create(table: "board") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("description", .text)
                t.column("privacy", .text).notNull()
                t.column("isAdsOnly", .boolean).notNull()
                t.column("createdAt", .text).notNull()
                t.column("pinsModifiedAt", .text).notNull()
                t.column("followerCount", .integer).notNull()
                t.column("collaboratorCount", .integer).notNull()
                t.column("owner", .text).notNull().indexed()
                t.column("isFollowedByAccount", .boolean).notNull()
                t.column("externalPinCount", .integer).notNull()
            }
            try db.create(table: "section") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("board", onDelete: .cascade).notNull()
                t.column("name", .text).notNull()
            }
            try db.create(table: "pin") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("board", onDelete: .cascade).notNull()
                t.belongsTo("section", onDelete: .cascade)
                t.column("title", .text)
                t.column("description", .text)
                t.column("link", .text)
                t.column("altText", .text)
                t.column("dominantColor", .text)
                t.column("createdAt", .text).notNull()
                t.column("creativeType", .text).notNull()
                t.column("media", .text).notNull()
                t.column("parentPinId", .integer)
                t.column("hasBeenPromoted", .boolean).notNull()
                t.column("popularity", .integer).notNull()
            }
            try db.create(table: "person") { t in
                t.column("username", .text).notNull()
                t.column("relation", .text).notNull()
                t.column("position", .integer).notNull()
                t.primaryKey(["relation", "username"])
            }
            try db.create(table: "website") { t in
                t.primaryKey("website", .text)
                t.column("status", .text).notNull()
                t.column("verifiedAt", .text)
            }
            try db.create(table: "linkedBusiness") { t in
                t.primaryKey("username", .text)
            }
        }
        // Followed boards now hold pins of their own, so their counts come from rows like every board's.
        migrator.registerMigration("v2: pin counts only from rows") { db in
            try db.alter(table: "board") { t in t.drop(column: "externalPinCount") }
        }
        // Each pin keeps the JSON it is sent as (see `PinWire`), so that answers need not encode pins.
        migrator.registerMigration("v3: pins keep their wire JSON") { db in
            try db.alter(table: "pin") { t in t.add(column: "wire", .text).notNull().defaults(to: "") }
            for pin in try PinRow.fetchAll(db) { try PinWire.store(pin, db) }
        }
        // Pins' pictures are served by the sandbox: uploads are kept, and the i.pinimg.com addresses of
        // pins seeded before move to the sandbox's own (drawn in the pin's colour).
        migrator.registerMigration("v4: pictures served by the sandbox") { db in
            try db.create(table: "upload") { t in
                t.primaryKey("hash", .text)
                t.column("contentType", .text).notNull()
                t.column("data", .blob).notNull()
            }
            for var pin in try PinRow.fetchAll(db) {
                guard let media = SandboxStore.decodeMedia(pin.media) else { continue }
                let color = PinMediaFactory.pictureColor(pin.dominantColor, key: pin.media)
                pin.media = try SandboxStore.encodeMedia(PinMediaFactory.servedBySandbox(media, color: color))
                try pin.update(db)
                try PinWire.store(pin, db)
            }
        }
        return migrator
    }
}
