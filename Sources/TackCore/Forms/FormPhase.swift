/// Where a form is in its life: being edited, waiting for its request, or back after a failure or
/// a cancelled save with everything typed still in place.
public enum FormPhase: Hashable, Sendable {
    case editing
    case submitting
    case failed(APIFailure)
    /// The user stopped waiting for the save; `mayHaveBeenApplied` when an attempt had left for
    /// Pinterest (and was not refused), so it may have gone through.
    case cancelled(mayHaveBeenApplied: Bool)
}
