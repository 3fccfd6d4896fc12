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

    /// Cycles one My pins filter and reloads the list; the creative type, one of many, is chosen from a picker.
    private mutating func changeMyPinsFilters(_ command: Command) -> Effect {
        switch command {
        case .cyclePinFilter:
            return changeMyPinsFilters { $0.pinFilter = MyPinsFilters.next(after: $0.pinFilter, in: MyPinsFilters.pinFilterCycle) }
        case .cyclePinType:
            return changeMyPinsFilters { $0.pinType = MyPinsFilters.next(after: $0.pinType, in: MyPinsFilters.pinTypeCycle) }
        case .cycleCreativeType:
            picker = PickerState(
                title: "Creative type", options: Self.creativeTypeOptions, target: .myPinsCreativeType,
                selectedID: myPinsScreen.filters.creativeType?.rawValue)
            return .none
        default:
            return changeMyPinsFilters { $0.includeProtectedPins.toggle() }
        }
    }

    /// Changes the My pins filters and reloads the list.
    mutating func changeMyPinsFilters(_ change: (inout MyPinsFilters) -> Void) -> Effect {
        change(&myPinsScreen.filters)
        return showMyPinsScreen()
    }

    /// "Any type", then each creative type by name.
    private static let creativeTypeOptions: [PickerOption] =
        [PickerOption(id: nil, label: "Any type")] + MyPinsFilters.creativeTypes.map {
            let name = MyPinsFilters.name(of: $0)
            return PickerOption(id: $0.rawValue, label: name.prefix(1).uppercased() + name.dropFirst())
        }
}
