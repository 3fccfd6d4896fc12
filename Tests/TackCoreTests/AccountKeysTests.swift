import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

/// Every account action is reached by its keys in each shipped keymap: the keys go through the
/// resolver on the account screen, as typed.
@Suite("Keys: the account screen in each preset")
struct AccountKeysTests {
    private typealias F = AccountFixture

    /// Presses every key of the first sequence the preset binds to `command` in `context`.
    private func press(_ command: Command, in context: KeyContext, on state: inout AppState) throws {
        let sequence = try #require(state.keymap.sequences(for: command, in: context).first, "\(command) is bound")
        for key in sequence.keys { send(&state, .terminal(.key(key))) }
    }

    private func keymap(_ preset: String) throws -> Keymap {
        try KeymapLoader.load(preset: preset, userFile: nil, presets: TestFiles.presets)
    }

    @Test(arguments: KeymapPresetTests.presetNames)
    func showAccountFollowAndTheFollowingType(preset: String) throws {
        var state = F.launched(keymap: try keymap(preset))
        try press(.showAccount, in: .global, on: &state)
        #expect(state.screen == .account)

        try press(.followUser, in: .account, on: &state)
        #expect(state.form?.kind == .followUser)
        try press(.cancelForm, in: .form, on: &state)
        #expect(state.form == nil)

        try press(.cycleFollowingType, in: .account, on: &state)
        #expect(state.accountScreen.section == .following)
        #expect(state.accountScreen.followingType == .creatorOnly)
    }

    @Test(arguments: KeymapPresetTests.presetNames)
    func followBack(preset: String) throws {
        var state = F.withFollowers([F.person("ana")])
        state.keymap = try keymap(preset)
        try press(.followBack, in: .account, on: &state)
        #expect(state.statusMessage == "Following @ana…")
    }

    @Test(arguments: KeymapPresetTests.presetNames)
    func theWebsiteActions(preset: String) throws {
        var state = F.withWebsites(keymap: try keymap(preset))
        try press(.showVerificationCode, in: .account, on: &state)
        #expect(state.accountScreen.verificationCode == .loading)

        try press(.verifyWebsite, in: .account, on: &state)
        #expect(state.form == .verifyWebsite("example.com"))
        try press(.cancelForm, in: .form, on: &state)

        try press(.unverifyWebsite, in: .account, on: &state)
        #expect(state.confirmation == .unverifyWebsite("example.com"))
        try press(.confirm, in: .confirm, on: &state)
        #expect(state.accountScreen.websites.items.map(\.id) == ["shop.example.com/store"])
    }
}
