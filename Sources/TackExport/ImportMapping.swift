import Foundation

/// Which object of the target each exported board, section and pin became, kept in the export's
/// `imports/<account>@<host>.jsonl`, one line a copy, appended as each is made: a second import into
/// the same account finds them and creates nothing again, even after a run that stopped half-way.
actor ImportMapping {
    enum Kind: String, Codable, Sendable {
        case board, section, pin
    }

    private struct Entry: Codable {
        var kind: Kind
        var old: String
        var new: String
    }

    private var ids: [Kind: [String: String]] = [:]
    private let handle: FileHandle

    /// The mapping kept in `file`, created when new. A line cut short by a crash is skipped.
    init(file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: file.path) { try Data().write(to: file) }
        let decoder = JSONDecoder()
        var ids: [Kind: [String: String]] = [:]
        for line in try Data(contentsOf: file).split(separator: UInt8(ascii: "\n")) {
            guard let entry = try? decoder.decode(Entry.self, from: Data(line)) else { continue }
            ids[entry.kind, default: [:]][entry.old] = entry.new
        }
        self.ids = ids
        handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
    }

    func new(_ kind: Kind, for old: String) -> String? {
        ids[kind]?[old]
    }

    func record(_ kind: Kind, old: String, new: String) throws {
        ids[kind, default: [:]][old] = new
        var line = try JSONEncoder().encode(Entry(kind: kind, old: old, new: new))
        line.append(UInt8(ascii: "\n"))
        try handle.write(contentsOf: line)
    }

    /// The file name for a target: its account and host, as a file name.
    static func fileName(username: String, apiRoot: URL) -> String {
        let host = apiRoot.host().map { host in apiRoot.port.map { "\(host)-\($0)" } ?? host } ?? "api"
        return ExportLayout.safeName("\(username)-at-\(host)".replacingOccurrences(of: ".", with: "-")) + ".jsonl"
    }
}
