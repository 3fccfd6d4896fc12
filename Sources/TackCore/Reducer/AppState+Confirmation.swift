/// The confirmation dialog, and the summary of a finished bulk operation, which is dismissed like one.
extension AppState {
    mutating func performInConfirmation(_ command: Command) -> Effect {
        guard let confirmation else { return .none }
        switch command {
        case .confirm:
            self.confirmation = nil
            return .all([stopCountingSections(for: confirmation.action), carryOut(confirmation.action)])
        case .cancelDialog:
            self.confirmation = nil
            return stopCountingSections(for: confirmation.action)
        default:
            return .none
        }
    }

    /// A board delete's dialog may still be counting the board's sections; the count is not needed
    /// once the dialog closes.
    private func stopCountingSections(for action: ConfirmedAction) -> Effect {
        if case .deleteBoard = action { return .cancel(.boardSections) }
        return .none
    }

    mutating func performInBulkSummary(_ command: Command) -> Effect {
        if command == .confirm || command == .cancelDialog { bulk = nil }
        return .none
    }

    /// Acts on exactly the ids the dialog named.
    private mutating func carryOut(_ action: ConfirmedAction) -> Effect {
        switch action {
        case .discardForm:
            form = nil
            picker = nil
            return .none
        case .deleteBoard, .deleteSection:
            return action.writeRequest.map { startWrite($0) } ?? .none
        case .movePins, .deletePins:
            form = nil
            guard let operation = action.bulkOperation, let first = operation.ids.first else { return .none }
            return operation.ids.count == 1 ? startWrite(operation.request(for: first)) : startBulk(operation)
        }
    }
}
