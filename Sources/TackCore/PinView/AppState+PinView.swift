import PinterestAPI
import TerminalCanvas

/// Opening the pin view on the selected pin, its keys, and closing it.
extension AppState {
    /// The pin on view in the pin view, from the pin list on view.
    public var pinViewPin: Pin? {
        guard let pinView, let pane = activePinsPane else { return nil }
        return readingPins(of: pane) { $0.item(withID: pinView.pinId) }
    }

    /// Everything the pin view shows of its pin.
    public var pinViewContent: DetailContent? {
        pinViewPin.map { PinDetail.fullContent(for: $0, boardName: pinBoardName($0), sectionName: pinSectionName($0)) }
    }

    /// The pin view's text area on this terminal.
    public var pinViewTextSize: Size {
        pinViewAreas?.fields.size ?? Size(width: 0, height: 0)
    }

    /// The last first line the pin view can scroll to: where its last line is at the bottom.
    public var pinViewLastScroll: Int {
        let size = pinViewTextSize
        guard let content = pinViewContent else { return 0 }
        return max(0, DetailLayout.document(content, width: size.width).count - size.height)
    }

    /// Opens the pin view on the selected pin of the pin list on view, if there is one.
    mutating func openPinView() {
        guard let pin = selectedPin else { return }
        pinView = PinViewState(pinId: pin.id)
    }

    /// The pin view's own commands; quit, help and the messages act as everywhere. The pin's edit, move,
    /// delete and analytics act on the pin on view (never on marked pins); showing a screen closes the view first.
    mutating func performInPinView(_ command: Command) -> Effect {
        guard var view = pinView else { return .none }
        switch command {
        case .back:
            pinView = nil
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom, .scrollDetailUp, .scrollDetailDown:
            let movement = Self.detailMovement(for: command)
            view.scroll = movement.index(from: view.scroll, count: pinViewLastScroll + 1, page: pinViewTextSize.height)
            pinView = view
        case .editPin, .movePins, .deletePins:
            return performWriteCommand(command)
        case .showPinAnalytics:
            return showSelectedPinAnalytics()
        case .copyLink, .copyImageURL, .openLink:
            return performLinkCommand(command)
        case .showBoards, .showMyPins, .showFollowedBoards, .showAccount, .showAnalytics:
            pinView = nil
            return perform(command)
        default:
            statusMessage = "Not in the pin view: \(CommandCatalog.info(command).description.lowercased())"
        }
        return .none
    }

    /// Closes the pin view once its pin has left the list on view (deleted, moved to another board).
    mutating func closePinViewIfItsPinIsGone() {
        if pinView != nil, pinViewPin == nil { pinView = nil }
    }
}
