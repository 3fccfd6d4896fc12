/// Where a form is in its life: being edited, waiting for its request, or back after a failure
/// with everything typed still in place.
public enum FormPhase: Hashable, Sendable {
    case editing
    case submitting
    case failed(APIFailure)
}
