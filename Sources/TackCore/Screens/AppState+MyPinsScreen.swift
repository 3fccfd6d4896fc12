/// What keys do on the My pins screen: its filters, the pin view, the detail, and the list keys.
extension AppState {
    /// The My pins screen's own commands; the global ones were handled before.
    mutating func performOnMyPinsScreen(_ command: Command) -> Effect {
        switch command {
        case .open:
            openPinView()
        case .back:
            myPinsScreen.focus = .pins
        case .focusNext, .focusPrevious, .focusLeft, .focusRight:
            let order: [MyPinsFocus] = showDetail ? [.pins, .detail] : [.pins]
            myPinsScreen.focus = Self.moveFocus(from: myPinsScreen.focus, through: order, by: command)
        case .cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins:
            return changeMyPinsFilters(command)
        case .filter:
            myPinsScreen.focus = .pins
            return performListCommand(command, on: .myPins)
        default:
            return performListCommand(command, on: .myPins)
        }
        return .none
    }

    /// The My pins screen, loaded with its filters the first time (and again when they changed).
    mutating func showMyPinsScreen() -> Effect {
        if screen != .myPins { marks.clear() }
        screen = .myPins
        return apply(.show(.myPins(myPinsScreen.filters)), to: .myPins)
    }

    /// Cycles one My pins filter and reloads the list.
    private mutating func changeMyPinsFilters(_ command: Command) -> Effect {
        var filters = myPinsScreen.filters
        switch command {
        case .cyclePinFilter:
            filters.pinFilter = MyPinsFilters.next(after: filters.pinFilter, in: MyPinsFilters.pinFilterCycle)
        case .cyclePinType:
            filters.pinType = MyPinsFilters.next(after: filters.pinType, in: MyPinsFilters.pinTypeCycle)
        case .cycleCreativeType:
            filters.creativeType = MyPinsFilters.next(after: filters.creativeType, in: MyPinsFilters.creativeTypeCycle)
        default:
            filters.includeProtectedPins.toggle()
        }
        myPinsScreen.filters = filters
        return showMyPinsScreen()
    }
}
