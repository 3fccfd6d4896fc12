import Foundation

/// What an export has read so far, saved after every page so that a run that stops can continue.
struct ExportState: Codable, Sendable {
    /// How far one list has been read.
    struct ListProgress: Codable, Sendable, Hashable {
        /// Pages written, in order; the next page is number `pages`.
        var pages = 0
        var items = 0
        /// The bookmark of the next page; nil with `complete` false means not started.
        var bookmark: String?
        var complete = false
    }

    static let currentVersion = 1

    var version = ExportState.currentVersion
    var apiRoot: String
    var scope: String
    var startedAt: Date
    var lists: [String: ListProgress] = [:]
    /// Keys of the objects (account, businesses, a board) read.
    var objects: Set<String> = []
}

/// Files of an export in progress: each page as read, and the state naming them, every write atomic
/// (a temporary file renamed over the old one), the page before the state that counts it. The state is
/// saved at most every `saveInterval` (writing it after every page made it the export's bottleneck), and
/// once more when a run stops: an export that stops at any point leaves a state that counts only pages
/// on disk, perhaps not the last few, which the next run reads again.
actor ExportJournal {
    let layout: ExportLayout
    private(set) var state: ExportState
    static let saveInterval: Duration = .milliseconds(200)
    private var lastSaved = ContinuousClock.now

    private init(layout: ExportLayout, state: ExportState) {
        self.layout = layout
        self.state = state
    }

    /// The journal of the export in progress in the directory, or of a new one (discarding any pages of
    /// an export started for another API root or scope).
    static func open(layout: ExportLayout, apiRoot: String, scope: ExportScope, now: Date) throws -> ExportJournal {
        let fileManager = FileManager.default
        if let data = try? Data(contentsOf: layout.state),
           let saved = try? JSONDecoder.journal.decode(ExportState.self, from: data),
           saved.version == ExportState.currentVersion, saved.apiRoot == apiRoot, saved.scope == scope.name
        {
            return ExportJournal(layout: layout, state: saved)
        }
        if fileManager.fileExists(atPath: layout.work.path) { try fileManager.removeItem(at: layout.work) }
        try fileManager.createDirectory(at: layout.work, withIntermediateDirectories: true)
        let state = ExportState(apiRoot: apiRoot, scope: scope.name, startedAt: now)
        try save(state, layout: layout)
        return ExportJournal(layout: layout, state: state)
    }

    func progress(_ list: ExportList) -> ExportState.ListProgress {
        state.lists[list.key] ?? ExportState.ListProgress()
    }

    func hasObject(_ object: ExportObject) -> Bool {
        state.objects.contains(object.key)
    }

    /// Writes page number `index` of `list` and counts it.
    func record(page items: [Data], bookmark: String?, index: Int, of list: ExportList) throws {
        let url = layout.page(index, of: list)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try JSONLines.array(items).write(to: url, options: .atomic)
        var progress = self.progress(list)
        progress.pages = index + 1
        progress.items += items.count
        progress.bookmark = bookmark
        progress.complete = bookmark == nil
        state.lists[list.key] = progress
        if ContinuousClock.now - lastSaved >= Self.saveInterval { try saveState() }
    }

    func record(object data: Data, as object: ExportObject) throws {
        let url = layout.object(object)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        state.objects.insert(object.key)
        try saveState()
    }

    /// Saves the state now (when a run stops, so that the next one reads as little again as possible).
    func saveState() throws {
        try Self.save(state, layout: layout)
        lastSaved = .now
    }

    private static func save(_ state: ExportState, layout: ExportLayout) throws {
        try JSONEncoder.journal.encode(state).write(to: layout.state, options: .atomic)
    }
}

extension JSONEncoder {
    /// Sorted keys and ISO 8601 dates: the same state always gives the same bytes.
    static var journal: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

extension JSONDecoder {
    static var journal: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
