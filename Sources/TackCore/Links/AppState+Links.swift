import PinterestAPI

/// Copying a pin's link or its image's address to the clipboard, and opening its link. Each says what
/// it did in the status line once done.
extension AppState {
    /// The pin the link commands act on: the pin view's, else the selected pin.
    var linkPin: Pin? { pinView != nil ? pinViewPin : selectedPin }

    /// Whether `command` (copy or open) has something to act on: a pin with a link (an image), and for
    /// opening a local display.
    func linkAvailability(of command: Command) -> CommandAvailability {
        guard let pin = linkPin else { return .unavailable(reason: "no pin selected") }
        switch command {
        case .copyImageURL:
            return pin.largestImageURL == nil ? .unavailable(reason: "the pin has no image address") : .available
        case .openLink:
            guard pin.link != nil else { return .unavailable(reason: "the pin has no link") }
            return hasLocalDisplay ? .available : .unavailable(reason: "no local display to open it on (copy it instead)")
        default:
            return pin.link == nil ? .unavailable(reason: "the pin has no link") : .available
        }
    }

    /// Copies the pin's link or image address, or opens its link.
    mutating func performLinkCommand(_ command: Command) -> Effect {
        guard case .available = linkAvailability(of: command), let pin = linkPin else {
            if case .unavailable(let reason) = linkAvailability(of: command) {
                statusMessage = "Cannot \(CommandCatalog.info(command).description.lowercased()): \(reason ?? "not here")"
            }
            return .none
        }
        let request: HostRequest? = switch command {
        case .copyLink: pin.link.map { .copy($0, what: "link") }
        case .copyImageURL: pin.largestImageURL.map { .copy($0, what: "image address") }
        default: pin.link.map(HostRequest.open)
        }
        return request.map { .host(id: .host, $0) } ?? .none
    }

    /// A host request was done or failed: the status line says so.
    mutating func receiveHostRequest(_ request: HostRequest, failure: String?) {
        switch (request, failure) {
        case (.copy(let text, let what), nil):
            statusMessage = "Copied the \(what) to the clipboard: \(text)"
        case (.copy(_, let what), let reason?):
            statusMessage = "Could not copy the \(what): \(reason)"
        case (.open(let link), nil):
            statusMessage = "Opened \(link)"
        case (.open, let reason?):
            statusMessage = "Could not open the link: \(reason)"
        }
    }
}
