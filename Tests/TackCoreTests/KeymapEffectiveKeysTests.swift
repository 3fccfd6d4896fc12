import TackCore
import TerminalCanvas
import Testing

@Suite("Effective keys")
struct KeymapEffectiveKeysTests {
    private static func sequence(_ name: String) throws -> KeySequence {
        try KeySequence(parsing: name)
    }

    @Test func aKeyTakenByAContextConsultedEarlierGivesWayToTheCommandsNextKey() throws {
        let keymap = Keymap([
            .global: [.quit: [try Self.sequence("q"), try Self.sequence("ctrl-c")], .help: [try Self.sequence("?")]],
            .list: [.filter: [try Self.sequence("?")]],
            .pins: [.deletePins: [try Self.sequence("q")]],
        ])
        let effective = keymap.effectiveSequences(in: KeyContext.pins.resolutionOrder)
        #expect(effective == [
            .deletePins: try Self.sequence("q"), .quit: try Self.sequence("ctrl-c"), .filter: try Self.sequence("?"),
        ])
        #expect(keymap.effectiveSequences(in: KeyContext.global.resolutionOrder) == [
            .quit: try Self.sequence("q"), .help: try Self.sequence("?"),
        ])
    }
}
