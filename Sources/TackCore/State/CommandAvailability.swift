/// Whether a command bound where the keys go now would do something, and if not, why.
public enum CommandAvailability: Hashable, Sendable {
    case available
    /// The command does nothing here; `reason` says why in a few words ("nothing to create in My pins"),
    /// or is nil when there is nothing more to say than that it does not apply.
    case unavailable(reason: String?)
}
