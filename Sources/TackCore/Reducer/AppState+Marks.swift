/// Marking pins of the shown pin list for a bulk move or delete.
extension AppState {
    /// Marks, ranges or unmarks; marking one pin moves on to the next (like mutt, aerc and yazi), so
    /// repeating the key marks a run of pins.
    mutating func performMarking(_ command: Command) -> Effect {
        guard let pin = selectedPin, let pane = activePinsPane else { return .none }
        switch command {
        case .toggleMark:
            marks.toggle(pin.id)
            statusMessage = markedCountText
            return apply(.move(.down), to: pane)
        case .markRange where marks.rangeAnchor == nil:
            marks.startRange(at: pin.id)
            statusMessage = "Marking a range: move, then mark the range again to end it"
        case .markRange:
            marks.extendRange(to: pin.id, in: shownPinIDs)
            marks.endRange()
            statusMessage = markedCountText
        default:
            marks.clear()
            statusMessage = "No pins marked"
        }
        return .none
    }

    /// While a range is being marked, it follows the selection.
    mutating func extendMarkedRange() {
        guard marks.rangeAnchor != nil, let pin = selectedPin else { return }
        marks.extendRange(to: pin.id, in: shownPinIDs)
    }

    /// The pins a move or delete acts on: the pin of the pin view, else the marked ones in list order,
    /// else the selected one.
    var pinsToActOn: [String] {
        if let pinView { return [pinView.pinId] }
        let marked = marks.orderedIDs(in: shownPinIDs)
        if !marked.isEmpty { return marked }
        return selectedPin.map { [$0.id] } ?? []
    }

    /// The ids of the shown pin list, in the order shown.
    var shownPinIDs: [String] {
        activePinsPane.map { readingPins(of: $0) { $0.visibleItems.map(\.id) } } ?? []
    }

    var markedCountText: String {
        "\(marks.count) pin\(marks.count == 1 ? "" : "s") marked"
    }
}
