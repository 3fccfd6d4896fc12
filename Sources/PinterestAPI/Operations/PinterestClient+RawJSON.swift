import Foundation

// Reads answers as sent, for archiving them without losing a field (tack export).

extension PinterestClient {
    /// The body of a GET `operation` as sent: one object, or a plain array (`linked_business_accounts/get`).
    public func rawJSON(
        _ operation: OperationDescriptor, path: [String: String] = [:], query: QueryParameters = .init()
    ) async throws -> Data {
        try await executor.perform(operation, path: path, query: query, body: nil).body
    }

    /// One page of a list operation (`{"items": [...], "bookmark": ...}`) with its items as sent.
    /// `query` holds the operation's own parameters; `bookmark` and `page_size` are added here.
    public func rawPage(
        _ operation: OperationDescriptor, path: [String: String] = [:], query: QueryParameters = .init(),
        bookmark: String?, pageSize: Int = PinterestClient.maximumPageSize
    ) async throws -> RawPage {
        var query = query
        query.add("bookmark", bookmark)
        query.add("page_size", pageSize)
        let body = try await rawJSON(operation, path: path, query: query)
        guard let ranges = PageBookmarkScanner.elementRanges(in: body, member: "items"),
              case .some(let next) = PageBookmarkScanner.bookmark(in: body)
        else {
            throw PinterestError(
                kind: .decoding, message: "could not read the \(operation.id) response: not a page of items",
                operation: operation.id)
        }
        return RawPage(items: ranges.map { body.subdata(in: $0) }, bookmark: next.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The elements of a JSON array as sent (the body of `rawJSON` for a plain array).
    public static func rawElements(of array: Data) -> [Data]? {
        PageBookmarkScanner.elementRanges(in: array)?.map { array.subdata(in: $0) }
    }
}
