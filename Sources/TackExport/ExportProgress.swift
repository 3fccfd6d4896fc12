/// How far an export has come, reported after each page and each image.
public struct ExportProgress: Sendable, Hashable {
    public enum Phase: Sendable, Hashable {
        case reading
        case downloadingMedia
        case writing
    }

    public var phase: Phase = .reading
    public var boardsRead = 0
    /// Known once the boards are read.
    public var boardsTotal: Int?
    public var pinsRead = 0
    /// The sum of the boards' pin counts, once the boards are read.
    public var pinsExpected: Int?
    public var mediaDone = 0
    public var mediaTotal = 0
    /// Requests sent so far in this run (retries included).
    public var requests = 0
    /// True while the API's rate limit holds the requests back.
    public var rateLimited = false

    public init() {}

    /// The part done, 0...1, when it can be told.
    public var fraction: Double? {
        switch phase {
        case .reading:
            guard let expected = pinsExpected, let boards = boardsTotal else { return nil }
            let total = Double(expected + boards)
            return total == 0 ? 1 : min(1, Double(pinsRead + boardsRead) / total)
        case .downloadingMedia:
            return mediaTotal == 0 ? 1 : Double(mediaDone) / Double(mediaTotal)
        case .writing:
            return 1
        }
    }
}

/// Keeps the progress of one run and hands each change to the listener.
actor ProgressTracker {
    private var progress = ExportProgress()
    private let listener: @Sendable (ExportProgress) -> Void

    init(listener: @escaping @Sendable (ExportProgress) -> Void) {
        self.listener = listener
    }

    var current: ExportProgress { progress }

    func update(_ change: (inout ExportProgress) -> Void) {
        change(&progress)
        listener(progress)
    }
}
