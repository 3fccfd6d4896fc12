import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

@Suite("Reducer: pictures")
struct ReducerPictureTests {
    @Test func theSelectedPinsPictureLoadsFittedToTheDetailPane() throws {
        var state = PictureFixture.state(pins: nil)
        let effect = reduce(&state, PictureFixture.pinsPage(PictureFixture.pins(3)))
        let loads = PictureFixture.loads(in: effect)
        let box = try #require(state.detailAreas?.picture)
        #expect(loads.map(\.pinId) == ["p1"])
        #expect(loads.first?.box == box.size)
        #expect(loads.first?.renderer == .symbols)
        #expect(state.pictureLoads.count == 1)
        if case .loading(let color) = state.pictureSlot(for: PictureFixture.pin(1), box: box.size) {
            #expect(color == .rgb(0xC0, 0x50, 0x30), "the placeholder is the pin's dominant colour")
        } else {
            Issue.record("a picture being loaded shows its placeholder")
        }
    }

    @Test func aLoadWaitsTheStatesSettleTimeBeforeFetching() throws {
        var state = PictureFixture.state(pins: nil)
        state.pictureSettle = .milliseconds(75)
        let effect = reduce(&state, PictureFixture.pinsPage(PictureFixture.pins(3)))
        let request = try #require(state.pictureLoads.values.first)
        #expect(effect == .picture(id: .picture(request.key), request, after: .milliseconds(75)))
        #expect(Fixture.freshState().pictureSettle == .milliseconds(40), "a held key repeats faster than this")
    }

    @Test func movingOnCancelsTheLoadAndStartsTheNextOne() throws {
        var state = PictureFixture.state()
        let first = try #require(state.pictureLoads.values.first)
        let effect = reduce(&state, .command(.moveDown))
        #expect(cancelledIDs(in: effect) == [.picture(first.key)])
        #expect(PictureFixture.loads(in: effect).map(\.pinId) == ["p2"])
        #expect(state.pictureLoads.keys.map(\.pinId) == ["p2"])
    }

    @Test func aLoadedPictureIsShownAndKeptSoMovingBackIsInstant() throws {
        var state = PictureFixture.state()
        let request = try #require(state.pictureLoads.values.first)
        send(&state, .pictureLoaded(request, PictureFixture.image))
        #expect(state.pictureSlot(for: PictureFixture.pin(1), box: request.box) == .picture(PictureFixture.image))
        #expect(state.pictureLoads.isEmpty)
        send(&state, .command(.moveDown))
        let back = reduce(&state, .command(.moveUp))
        #expect(PictureFixture.loads(in: back).isEmpty, "the kept picture is not fetched again")
        #expect(cancelledIDs(in: back).count == 1, "the next pin's load stops")
        #expect(state.pictureSlot(for: PictureFixture.pin(1), box: request.box) == .picture(PictureFixture.image))
    }

    @Test func theAnswerOfACancelledLoadIsDropped() throws {
        var state = PictureFixture.state()
        let stale = try #require(state.pictureLoads.values.first)
        send(&state, .command(.moveDown))
        send(&state, .pictureLoaded(stale, PictureFixture.image))
        #expect(state.pictures[stale.key] == nil)
        #expect(state.pictureLoads.keys.map(\.pinId) == ["p2"])
    }

    @Test func aFailedLoadShowsWhyAndIsNotRetriedWhileKept() throws {
        var state = PictureFixture.state()
        let request = try #require(state.pictureLoads.values.first)
        send(&state, .pictureFailed(request, "HTTP 404"))
        #expect(state.pictureSlot(for: PictureFixture.pin(1), box: request.box) == .failed("HTTP 404"))
        send(&state, .command(.moveDown))
        let back = reduce(&state, .command(.moveUp))
        #expect(PictureFixture.loads(in: back).isEmpty)
    }

    @Test func nothingLoadsWithPicturesOffOrFramed() {
        for renderer in [PictureRenderer.off, .framed] {
            let state = PictureFixture.state(renderer: renderer)
            #expect(state.pictureLoads.isEmpty, "\(renderer)")
        }
        let framed = PictureFixture.state(renderer: .framed)
        #expect(framed.pictureSlot(for: PictureFixture.pin(1), box: Size(width: 10, height: 5))
            == .framed(size: "600×750", color: "#c05030"))
        #expect(PictureFixture.state(renderer: .off).detailAreas?.picture == nil, "with pictures off the fields take the pane")
    }

    @Test func aPinWithoutAnImageHasNoPictureBox() {
        var state = PictureFixture.state(pins: [Fixture.pin(1)])
        #expect(state.detailAreas?.picture == nil)
        #expect(state.pictureLoads.isEmpty)
        send(&state, .command(.moveDown))
        #expect(state.pictureLoads.isEmpty)
    }

    @Test func thePinViewLoadsItsOwnLargerPicture() throws {
        var state = PictureFixture.state()
        let detail = try #require(state.pictureLoads.values.first)
        let effect = reduce(&state, .command(.open))
        let pinView = try #require(PictureFixture.loads(in: effect).first)
        #expect(pinView.pinId == "p1")
        #expect(pinView.box != detail.box)
        #expect(pinView.box == state.pinViewAreas?.picture?.size)
        #expect(cancelledIDs(in: effect) == [.picture(detail.key)], "the detail pane's picture is under the pin view")
    }

    @Test func theCacheForgetsTheLeastRecentlyUsedPicture() {
        var cache = PictureCache(capacity: 2)
        let keys = (1...3).map { PictureKey(pinId: "p\($0)", box: Size(width: 4, height: 2)) }
        cache.keep(.failed("a"), for: keys[0])
        cache.keep(.failed("b"), for: keys[1])
        cache.touch([keys[0]])
        cache.keep(.failed("c"), for: keys[2])
        #expect(cache.count == 2)
        #expect(cache[keys[0]] == .failed("a"), "used lately, so kept")
        #expect(cache[keys[1]] == nil)
        #expect(cache[keys[2]] == .failed("c"))
    }

    @Test func theCacheKeepsToItsByteBudgetButAlwaysKeepsTheNewestPicture() {
        let kitty = { (count: Int) in
            PictureCache.Entry.loaded(TerminalImage(size: Size(width: 4, height: 2), content: .graphics(.kitty, Array(repeating: 0, count: count))))
        }
        var cache = PictureCache(capacity: 96, byteBudget: 1_000)
        let keys = (1...4).map { PictureKey(pinId: "p\($0)", box: Size(width: 4, height: 2)) }
        cache.keep(kitty(400), for: keys[0])
        cache.keep(kitty(400), for: keys[1])
        #expect(cache.count == 2 && cache.bytes == 800)
        cache.keep(kitty(400), for: keys[2])
        #expect(cache[keys[0]] == nil, "over the budget, the least recently used goes")
        #expect(cache.count == 2 && cache.bytes == 800)
        cache.keep(kitty(5_000), for: keys[3])
        #expect(cache.count == 1 && cache[keys[3]] != nil, "a picture larger than the budget is still kept alone")
        cache.keep(.failed("gone"), for: keys[3])
        #expect(cache.bytes == 4, "a replaced entry's bytes are given back")
        cache.removeAll()
        #expect(cache.bytes == 0)
    }

    @Test func theSameSizeOfAnotherPinIsAnotherPicture() {
        let size = Size(width: 4, height: 2)
        var cache = PictureCache()
        cache.keep(.failed("x"), for: PictureKey(pinId: "p1", box: size))
        #expect(cache[PictureKey(pinId: "p2", box: size)] == nil)
        #expect(cache[PictureKey(pinId: "p1", box: Size(width: 5, height: 2))] == nil)
    }
}
