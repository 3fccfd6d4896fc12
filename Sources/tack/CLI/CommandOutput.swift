import Foundation
import PinterestAPI

/// Prints a script command's results in the chosen format: tables for people, JSON for scripts.
struct CommandOutput {
    let format: OutputFormat

    init(_ options: OutputOptions) {
        format = options.format
    }

    /// One item: "heading: value" lines, or its JSON.
    func show<Item: TableRow>(_ item: Item) throws {
        switch format {
        case .table: StandardOutput.write(TableLayout.record(columns: Item.columns, cells: item.cells))
        case .json, .jsonLines: try showJSON(item)
        }
    }

    /// A whole answer that is not a list of rows (analytics): `table` for people, its JSON for scripts
    /// (with `--jsonl`, `lines` one a line when given, else the answer on one line).
    func show(_ value: some Encodable, lines: [any Encodable]? = nil, table: TableLayout) throws {
        switch format {
        case .table(let width): StandardOutput.write(table.render(width: width))
        case .jsonLines where lines != nil: try lines?.forEach { try StandardOutput.write(JSONText.line($0) + "\n") }
        case .json, .jsonLines: try showJSON(value)
        }
    }

    /// A list that is not paged (an array in the API's answer).
    func show<Item: TableRow>(all items: [Item]) throws {
        switch format {
        case .table(let width): StandardOutput.write(TableLayout(columns: Item.columns, rows: items.map(\.cells)).render(width: width))
        case .json: try StandardOutput.write(JSONText.pretty(items) + "\n")
        case .jsonLines: try items.forEach { try StandardOutput.write(JSONText.line($0) + "\n") }
        }
    }

    /// One page of a list, or with `--all` every page (streamed with `--jsonl`). After a single page
    /// with more to come, its bookmark is said on standard error.
    func list<Item: TableRow>(
        _ operation: OperationDescriptor, paging: PageOptions,
        fetch: @escaping @Sendable (_ bookmark: String?, _ pageSize: Int?) async throws -> Page<Item>
    ) async throws {
        var items: [Item] = []
        var next: String?
        if paging.all {
            let (start, size) = (paging.bookmark, paging.requestedPageSize)
            for try await page in PageSequence(operation: operation.id, fetch: { try await fetch($0 ?? start, size) }) {
                try take(page.items, into: &items)
            }
        } else {
            let page = try await fetch(paging.bookmark, paging.requestedPageSize)
            try take(page.items, into: &items)
            next = page.bookmark.flatMap { $0.isEmpty ? nil : $0 }
        }
        switch format {
        case .table(let width): StandardOutput.write(TableLayout(columns: Item.columns, rows: items.map(\.cells)).render(width: width))
        case .json: try StandardOutput.write(JSONText.pretty(ListDocument(items: items, bookmark: next)) + "\n")
        case .jsonLines: break
        }
        if let next { printToStandardError("tack: more items: --bookmark \(next)") }
    }

    private func take<Item: TableRow>(_ page: [Item], into items: inout [Item]) throws {
        guard case .jsonLines = format else { return items += page }
        for item in page { try StandardOutput.write(JSONText.line(item) + "\n") }
    }

    private func showJSON(_ value: some Encodable) throws {
        switch format {
        case .jsonLines: try StandardOutput.write(JSONText.line(value) + "\n")
        default: try StandardOutput.write(JSONText.pretty(value) + "\n")
        }
    }
}

/// A list as the API sends one: `{"items": [...], "bookmark": "..." | null}`.
private struct ListDocument<Item: Encodable>: Encodable {
    let items: [Item]
    let bookmark: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(bookmark, forKey: .bookmark)
    }

    enum CodingKeys: String, CodingKey { case items, bookmark }
}

/// JSON text in the API's shapes, keys sorted so output is stable.
enum JSONText {
    static func pretty(_ value: some Encodable) throws -> String {
        let encoder = PinterestJSON.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func line(_ value: any Encodable) throws -> String {
        String(decoding: try PinterestJSON.makeEncoder().encode(value), as: UTF8.self)
    }
}
