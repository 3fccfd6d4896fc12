/// Work done on the machine Tack runs on rather than through the API: putting text on the clipboard
/// (by OSC 52, written by the terminal layer, so it reaches the clipboard of the terminal's machine
/// even over SSH) and opening a link with the local opener.
public enum HostRequest: Hashable, Sendable {
    /// Copies `text`; `what` names it for the status line ("link", "image address").
    case copy(String, what: String)
    case open(String)
}

/// Performs `HostRequest`s; the store runs it for every `.host` effect and sends back
/// `.hostRequestDone` or `.hostRequestFailed`. Tests give a fake.
public protocol HostActions: Sendable {
    /// Does what `request` asks; throws with a reason the status line shows when it cannot.
    func perform(_ request: HostRequest) async throws
}

/// Does nothing but refuse (the store's default, for apps that cannot reach a clipboard or an opener).
public struct NoHostActions: HostActions {
    public init() {}

    public func perform(_ request: HostRequest) async throws {
        throw HostRequestError("not available here")
    }
}

/// Why a host request failed, in words for the status line.
public struct HostRequestError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
