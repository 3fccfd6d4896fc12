/// What a form says after its save was cancelled.
extension FormState {
    /// "Cancelled. The board may still have been created: refresh (ctrl-r) to check" when an attempt
    /// had left, else that it was not; nil unless the save was cancelled. `refreshKey` is the key
    /// that reloads, as the keymap shows it.
    public func cancellationMessage(refreshKey: String?) -> String? {
        guard case .cancelled(let mayHaveBeenApplied) = phase, let (subject, done) = kind.whatASaveDoes else { return nil }
        let capitalized = subject.prefix(1).uppercased() + subject.dropFirst()
        guard mayHaveBeenApplied else { return "Cancelled before Pinterest took it: \(subject) was not \(done)" }
        let refresh = refreshKey.map { "refresh (\($0))" } ?? "refresh"
        return "Cancelled. \(capitalized) may still have been \(done): \(refresh) to check"
    }
}

private extension FormKind {
    /// What a save acts on and what it does to it ("the board", "created"); nil for forms that send no write.
    var whatASaveDoes: (subject: String, done: String)? {
        switch self {
        case .createBoard: ("the board", "created")
        case .editBoard: ("the board", "saved")
        case .createSection: ("the section", "created")
        case .renameSection: ("the section", "renamed")
        case .createPin: ("the pin", "created")
        case .editPin: ("the pin", "saved")
        case .movePins(let ids): (ids.count == 1 ? "the pin" : "the pins", "moved")
        case .savePin: ("the pin", "saved")
        case .followUser: ("the user", "followed")
        case .verifyWebsite: ("the website", "verified")
        case .analyticsPeriod, .analyticsFilters: nil
        }
    }
}
