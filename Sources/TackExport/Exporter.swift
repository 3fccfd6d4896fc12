import Foundation
import Logging
import PinterestAPI

/// `tack export`: reads everything the token can read into a directory, many requests at once (bounded,
/// and fewer while rate-limited), saving each page as it arrives so that a run that stops can be run again
/// to continue; the finished files depend only on the account's data, never on how the run went.
public struct Exporter: Sendable {
    private let client: PinterestClient
    private let layout: ExportLayout
    private let options: ExportOptions
    private let mediaTransport: (any HTTPTransport)?
    private let onProgress: @Sendable (ExportProgress) -> Void
    private let logger = Logger(label: "tack.export")

    /// `mediaTransport` downloads images with `options.media` (no token is ever sent with them).
    public init(
        client: PinterestClient, directory: URL, options: ExportOptions, mediaTransport: (any HTTPTransport)? = nil,
        onProgress: @escaping @Sendable (ExportProgress) -> Void = { _ in }
    ) {
        self.client = client
        self.layout = ExportLayout(directory: directory)
        self.options = options
        self.mediaTransport = mediaTransport
        self.onProgress = onProgress
    }

    public func run() async throws -> ExportSummary {
        let clock = ContinuousClock()
        let start = clock.now
        try FileManager.default.createDirectory(at: layout.directory, withIntermediateDirectories: true)
        let journal = try ExportJournal.open(
            layout: layout, apiRoot: client.configuration.baseURL.absoluteString, scope: options.scope, now: Date())
        let run = ExportRun(
            client: client, journal: journal, gate: RequestGate(maximum: options.concurrency),
            tracker: ProgressTracker(listener: onProgress), pageSize: options.pageSize)
        do {
            try await run.readEverything(scope: options.scope, concurrency: options.concurrency)
        } catch {
            try? await journal.saveState()
            throw error
        }

        var mediaFailures: [ExportManifest.MediaFailure]?
        if options.media {
            await run.tracker.update { $0.phase = .downloadingMedia }
            let downloader = MediaDownloader(
                layout: layout, transport: mediaTransport ?? AsyncHTTPClientTransport(), concurrency: options.concurrency,
                tracker: run.tracker)
            mediaFailures = try await downloader.downloadAll(
                boards: run.boardIds(scope: options.scope), pages: ExportPages(layout: layout, state: await journal.state))
            if mediaTransport == nil { try? await downloader.transport.shutdown() }
        }

        await run.tracker.update { $0.phase = .writing }
        let state = await journal.state
        let manifest = try ExportAssembler(layout: layout, state: state, scope: options.scope).assemble(
            toolVersion: options.toolVersion, finishedAt: Date(), mediaFailures: mediaFailures,
            withMedia: options.media)
        try layout.removeWork()
        return ExportSummary(
            manifest: manifest, requests: await run.tracker.current.requests,
            minimumRequests: Self.minimumRequests(state: state, pageSize: options.pageSize),
            rateLimitSlowdowns: await run.gate.slowdowns, elapsed: clock.now - start)
    }

    /// One request per page of `pageSize` of each list (at least one, even for an empty list), plus one per object.
    static func minimumRequests(state: ExportState, pageSize: Int) -> Int {
        state.objects.count + state.lists.values.map { max(1, ($0.items + pageSize - 1) / pageSize) }.reduce(0, +)
    }
}

/// One run of an export: reads the lists and objects not read yet, keeping every page in the journal.
struct ExportRun: Sendable {
    let client: PinterestClient
    let journal: ExportJournal
    let gate: RequestGate
    let tracker: ProgressTracker
    let pageSize: Int

    private var request: GatedRequests {
        GatedRequests(
            gate: gate, sent: { [tracker] in await tracker.update { $0.requests += 1 } },
            rateLimited: { [tracker] held in
                if await tracker.current.rateLimited != held { await tracker.update { $0.rateLimited = held } }
            })
    }

    /// A unit of work: an object, or a list to its end.
    private enum Job: Sendable {
        case object(ExportObject)
        case list(ExportList)
    }

    /// Reads the scope's objects and lists, at most `concurrency` at once; the boards list, once read,
    /// adds each board's sections and pins (in board order, so the first boards finish first).
    func readEverything(scope: ExportScope, concurrency: Int) async throws {
        var pending = scope.objects.map(Job.object) + scope.initialLists.map(Job.list)
        if case .board = scope { await noteBoards(scope: scope) }
        try await withThrowingTaskGroup(of: [ExportList].self) { group in
            var running = 0
            func startJobs() {
                while running < concurrency, !pending.isEmpty {
                    let job = pending.removeFirst()
                    running += 1
                    group.addTask { try await perform(job, scope: scope) }
                }
            }
            startJobs()
            while let followUps = try await group.next() {
                running -= 1
                pending += followUps.map(Job.list)
                startJobs()
            }
        }
    }

    private func perform(_ job: Job, scope: ExportScope) async throws -> [ExportList] {
        switch job {
        case .object(let object):
            try await read(object)
            return []
        case .list(let list):
            try await read(list)
            guard list == .boards else { return [] }
            await noteBoards(scope: scope)
            return try await boardIds(scope: scope).flatMap { [ExportList.boardSections(boardId: $0), .boardPins(boardId: $0)] }
        }
    }

    private func read(_ object: ExportObject) async throws {
        guard await !journal.hasObject(object) else { return }
        let data = try await request { try await client.rawJSON(object.operation, path: object.pathParameters) }
        try await journal.record(object: data, as: object)
    }

    /// Reads the list from where it stopped, page after page, each written before the next is asked for.
    private func read(_ list: ExportList) async throws {
        var progress = await journal.progress(list)
        if case .boardPins = list { await tracker.update { $0.pinsRead += progress.items } }
        while !progress.complete {
            let bookmark = progress.bookmark
            let page = try await request {
                try await client.rawPage(list.operation, path: list.pathParameters, bookmark: bookmark, pageSize: pageSize)
            }
            try await journal.record(page: page.items, bookmark: page.bookmark, index: progress.pages, of: list)
            progress = await journal.progress(list)
            if case .boardPins = list { await tracker.update { $0.pinsRead += page.items.count } }
        }
        if case .boardPins = list { await tracker.update { $0.boardsRead += 1 } }
    }

    /// The ids of the boards read, in the API's order.
    func boardIds(scope: ExportScope) async throws -> [String] {
        switch scope {
        case .board(let id): [id]
        case .account: try await boardPages().flatMap { try $0.map { try ExportedBoard.decode($0).id } }
        }
    }

    /// Counts the boards and the pins they say they hold, for the progress bar.
    private func noteBoards(scope: ExportScope) async {
        let boards: [ExportedBoard]
        switch scope {
        case .account: boards = (try? await boardPages().flatMap { try $0.map(ExportedBoard.decode) }) ?? []
        case .board(let id):
            let data = try? Data(contentsOf: journal.layout.object(.board(id: id)))
            boards = data.flatMap { try? ExportedBoard.decode($0) }.map { [$0] } ?? []
        }
        await tracker.update {
            $0.boardsTotal = boards.count
            $0.pinsExpected = boards.compactMap(\.pinCount).reduce(0, +)
        }
    }

    private func boardPages() async throws -> [[Data]] {
        try ExportPages(layout: journal.layout, state: await journal.state).pages(of: .boards)
    }
}

/// Reads back the pages an export has written: those the state counts, in order.
struct ExportPages {
    let layout: ExportLayout
    let state: ExportState

    /// Every page of the list, each as its items.
    func pages(of list: ExportList) throws -> [[Data]] {
        var pages: [[Data]] = []
        try forEachPage(of: list) { pages.append($0) }
        return pages
    }

    /// Calls `body` with each page of the list, one page in memory at a time.
    func forEachPage(of list: ExportList, _ body: ([Data]) throws -> Void) throws {
        for index in 0..<(state.lists[list.key]?.pages ?? 0) {
            try body(try JSONLines.elements(of: Data(contentsOf: layout.page(index, of: list))))
        }
    }
}
