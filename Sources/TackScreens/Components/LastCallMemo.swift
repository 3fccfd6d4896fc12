import Synchronization

/// A pure function that remembers its last argument and result: called again with an equal argument,
/// it returns the result without computing it again. For what a view derives on every frame from parts
/// of the state that seldom change (the keymap, the active contexts); the argument should compare cheaply
/// when it has not changed (a dictionary kept in the state compares its storage first).
final class LastCallMemo<Argument: Equatable & Sendable, Result: Sendable>: Sendable {
    private let function: @Sendable (Argument) -> Result
    private let last = Mutex<(argument: Argument, result: Result)?>(nil)

    init(_ function: @escaping @Sendable (Argument) -> Result) {
        self.function = function
    }

    func callAsFunction(_ argument: Argument) -> Result {
        if let last = last.withLock({ $0 }), last.argument == argument {
            return last.result
        }
        let result = function(argument)
        last.withLock { $0 = (argument, result) }
        return result
    }
}
