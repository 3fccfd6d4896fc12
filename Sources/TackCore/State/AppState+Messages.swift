/// What the messages overlay shows: texts the status line, the header and the panes may cut short.
extension AppState {
    /// The last status message, then the account's failure and those of the panes on screen.
    public var messagesInFull: [FullMessage] {
        var messages = lastMessage.map { [FullMessage(subject: "Last message", text: $0, isFailure: false)] } ?? []
        if let failure = account.failure {
            messages.append(FullMessage(subject: "Account", text: failure.userMessage, isFailure: true))
        }
        for pane in panesOnScreen {
            guard let failure = status(of: pane).failure else { continue }
            let subject = pane.noun.prefix(1).uppercased() + pane.noun.dropFirst()
            messages.append(FullMessage(subject: subject, text: failure.userMessage, isFailure: true))
        }
        return messages
    }

    /// The list panes of the screen on view.
    public var panesOnScreen: [PaneID] {
        switch screen {
        case .boards: [boardsScreen.boardsPane, .sections, .pins]
        case .myPins: [.myPins]
        case .account: accountScreen.section.pane.map { [$0] } ?? []
        case .analytics: []
        }
    }
}
