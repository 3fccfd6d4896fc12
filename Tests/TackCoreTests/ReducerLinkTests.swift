import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

@Suite("Reducer: copying and opening a pin's link")
struct ReducerLinkTests {
    @Test func copyLinkAsksToCopyAndSaysWhatItCopiedOnceDone() {
        var state = PictureFixture.state()
        let effect = reduce(&state, .command(.copyLink))
        let request = HostRequest.copy("https://example.com/1", what: "link")
        #expect(PictureFixture.hostRequests(in: effect) == [request])
        send(&state, .hostRequestDone(request))
        #expect(state.statusMessage == "Copied the link to the clipboard: https://example.com/1")
    }

    @Test func copyImageURLCopiesTheLargestRendition() {
        var state = PictureFixture.state()
        let effect = reduce(&state, .command(.copyImageURL))
        #expect(PictureFixture.hostRequests(in: effect) == [.copy("http://127.0.0.1/pinimg/600x/p1.jpg", what: "image address")])
        send(&state, .hostRequestFailed(.copy("x", what: "image address"), "not available here"))
        #expect(state.statusMessage == "Could not copy the image address: not available here")
    }

    @Test func openLinkOpensWithALocalDisplayOnly() {
        var state = PictureFixture.state()
        state.hasLocalDisplay = true
        let effect = reduce(&state, .command(.openLink))
        #expect(PictureFixture.hostRequests(in: effect) == [.open("https://example.com/1")])
        send(&state, .hostRequestDone(.open("https://example.com/1")))
        #expect(state.statusMessage == "Opened https://example.com/1")
        send(&state, .hostRequestFailed(.open("https://example.com/1"), "xdg-open failed (exit status 3)"))
        #expect(state.statusMessage == "Could not open the link: xdg-open failed (exit status 3)")

        var remote = PictureFixture.state()
        remote.hasLocalDisplay = false
        #expect(PictureFixture.hostRequests(in: reduce(&remote, .command(.openLink))).isEmpty)
        #expect(remote.statusMessage?.contains("no local display") == true)
        #expect(remote.availability(of: .openLink) != .available, "the status line does not offer it")
    }

    @Test func aPinWithoutALinkHasNothingToCopy() {
        var state = PictureFixture.state(pins: [PictureFixture.pin(1, hasLink: false)])
        #expect(PictureFixture.hostRequests(in: reduce(&state, .command(.copyLink))).isEmpty)
        #expect(state.statusMessage?.contains("the pin has no link") == true)
    }

    @Test func thePinViewCopiesItsOwnPin() {
        var state = PictureFixture.state()
        send(&state, .command(.moveDown), .command(.open))
        #expect(PictureFixture.hostRequests(in: reduce(&state, .command(.copyLink))) == [.copy("https://example.com/2", what: "link")])
    }

    @Test func aLocalDisplayIsDISPLAYOrWAYLAND_DISPLAY() {
        #expect(LocalDisplay.isPresent(in: ["DISPLAY": ":0"]))
        #expect(LocalDisplay.isPresent(in: ["WAYLAND_DISPLAY": "wayland-0"]))
        #expect(!LocalDisplay.isPresent(in: ["DISPLAY": ""]))
        #expect(!LocalDisplay.isPresent(in: ["SSH_CONNECTION": "1.2.3.4 5 6.7.8.9 22"]))
    }
}
