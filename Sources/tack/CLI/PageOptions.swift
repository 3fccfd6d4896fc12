import ArgumentParser
import PinterestAPI

/// Which pages of a list to fetch: one (the first, or the one at `--bookmark`), or all of them.
struct PageOptions: ParsableArguments {
    @Flag(help: "Follow the pages to the end of the list.")
    var all = false

    @Option(name: .customLong("page-size"), help: "Items a page: 1 to 250 (default: the API's 25; 250 with --all).")
    var pageSize: Int?

    @Option(help: "Start at the page this bookmark names (printed to standard error after a page).")
    var bookmark: String?

    func validate() throws {
        let limit = 1...PinterestClient.maximumPageSize
        if let pageSize, !limit.contains(pageSize) {
            throw ValidationError("--page-size must be 1 to \(limit.upperBound) (the API's limit), not \(pageSize).")
        }
    }

    /// The page size to ask for: the given one, else the largest when reading everything.
    var requestedPageSize: Int? { pageSize ?? (all ? PinterestClient.maximumPageSize : nil) }
}
