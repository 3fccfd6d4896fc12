/// The confirmation dialog, and the summary of a finished bulk operation, which is dismissed like one.
extension AppState {
    /// `confirm` (y) answers yes to every dialog; `accept_dialog` (enter) only to those that delete
    /// nothing, and on a delete it just says which key deletes.
    mutating func performInConfirmation(_ command: Command) -> Effect {
        guard let confirmation else { return .none }
        switch command {
        case .acceptDialog where confirmation.action.isDestructive:
            statusMessage = refusalOfAccept(confirmation)
            return .none
        case .confirm, .acceptDialog:
            self.confirmation = nil
            return .all([stopCounting(for: confirmation.action), carryOut(confirmation.action)])
        case .cancelDialog:
            self.confirmation = nil
            return stopCounting(for: confirmation.action)
        default:
            return .none
        }
    }

    /// "Press y to delete", with the key the keymap binds to confirm (or how to bind one).
    private func refusalOfAccept(_ confirmation: ConfirmState) -> String {
        let verb = confirmation.confirmLabel.lowercased()
        guard let key = keymap.sequences(for: .confirm, in: .confirm).first?.display else {
            return "Bind a key to confirm in [confirm] to \(verb)"
        }
        return "Press \(key) to \(verb)"
    }

    /// A delete's dialog may still be counting what goes with it; the count is not needed once the
    /// dialog closes.
    private func stopCounting(for action: ConfirmedAction) -> Effect {
        switch action {
        case .deleteBoard: .cancel(.boardSections)
        case .deleteSection: .cancel(.sectionPinCount)
        case .deletePins, .movePins, .discardForm, .unverifyWebsite, .quit: .none
        }
    }

    mutating func performInBulkSummary(_ command: Command) -> Effect {
        if [.confirm, .acceptDialog, .cancelDialog].contains(command) { bulk = nil }
        return .none
    }

    /// Acts on exactly the ids the dialog named.
    private mutating func carryOut(_ action: ConfirmedAction) -> Effect {
        switch action {
        case .discardForm:
            form = nil
            picker = nil
            return .none
        case .quit:
            shouldQuit = true
            return .none
        case .deleteBoard, .deleteSection, .unverifyWebsite:
            return action.writeRequest.map { startWrite($0) } ?? .none
        case .movePins, .deletePins:
            form = nil
            guard let operation = action.bulkOperation, let first = operation.ids.first else { return .none }
            return operation.ids.count == 1 ? startWrite(operation.request(for: first)) : startBulk(operation)
        }
    }
}
