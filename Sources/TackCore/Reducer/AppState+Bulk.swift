/// A bulk move or delete runs one pin at a time, each pin's write shown at once like a single one;
/// when the last answer is in, the summary goes to the status line, and stays in its dialog until
/// dismissed only when something failed.
extension AppState {
    mutating func startBulk(_ operation: BulkOperation) -> Effect {
        bulk = operation
        return nextBulkStep()
    }

    /// Starts the write of the next pin still pending, or ends the operation with its summary.
    mutating func nextBulkStep() -> Effect {
        guard let bulk else { return .none }
        guard let pinId = bulk.pendingIDs.first else {
            statusMessage = bulk.summary
            if bulk.failedIDs.isEmpty { self.bulk = nil }
            return .none
        }
        return startWrite(bulk.request(for: pinId))
    }

    /// The pin of the running bulk operation whose write this is, if it is one.
    func bulkStep(answering request: WriteRequest) -> String? {
        guard let bulk, let pinId = bulk.pendingIDs.first, bulk.request(for: pinId) == request else { return nil }
        return pinId
    }

    /// While a bulk operation runs, another cannot start; says so.
    mutating func bulkIsRunning() -> Bool {
        guard let bulk, !bulk.isFinished else { return false }
        statusMessage = "\(bulk.progressText): wait for it to finish"
        return true
    }
}
