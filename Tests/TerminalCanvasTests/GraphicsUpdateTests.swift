import TerminalCanvas
import Testing

@Suite("Graphics pictures between frames")
struct GraphicsUpdateTests {
    static func placement(_ graphics: GraphicsProtocol, x: Int = 2, y: Int = 14, bytes: String = "picture") -> GraphicsPlacement {
        GraphicsPlacement(rect: Rect(x: x, y: y, width: 20, height: 8), graphics: graphics, bytes: Array(bytes.utf8))
    }

    @Test(arguments: GraphicsProtocol.allCases)
    func anUnchangedPictureIsNeverWrittenAgain(graphics: GraphicsProtocol) {
        let picture = Self.placement(graphics)
        let update = GraphicsUpdate(drawn: [picture], wanted: [picture])
        #expect(update.toWrite.isEmpty, "the selection moved in another pane: no picture bytes")
        #expect(update.rowsToRepaint.isEmpty)
        #expect(!update.deletesKittyPictures)
    }

    @Test(arguments: GraphicsProtocol.allCases)
    func aNewFrameFromScratchWritesEveryPicture(graphics: GraphicsProtocol) {
        let picture = Self.placement(graphics)
        let update = GraphicsUpdate(drawn: nil, wanted: [picture])
        #expect(update.toWrite == [picture])
        #expect(update.deletesKittyPictures == (graphics == .kitty), "kitty pictures left from before the resize go")
    }

    @Test func aSixelOrITermPictureThatGoesHasItsRowsRepainted() {
        for graphics in [GraphicsProtocol.sixel, .iterm] {
            let update = GraphicsUpdate(drawn: [Self.placement(graphics)], wanted: [])
            #expect(update.rowsToRepaint == [14..<22], "a modal opened, or the detail was hidden: no ghost stays")
            #expect(update.toWrite.isEmpty)
            #expect(!update.deletesKittyPictures)
        }
    }

    @Test func aKittyPictureThatGoesIsDeleted() {
        let update = GraphicsUpdate(drawn: [Self.placement(.kitty)], wanted: [])
        #expect(update.deletesKittyPictures)
        #expect(update.rowsToRepaint.isEmpty, "kitty pictures are on a layer of their own")
    }

    @Test func aPictureReplacedByAnotherOneClearsTheOldAndWritesTheNew() {
        let old = Self.placement(.sixel, bytes: "pin 1"), new = Self.placement(.sixel, bytes: "pin 2")
        let update = GraphicsUpdate(drawn: [old], wanted: [new])
        #expect(update.rowsToRepaint == [14..<22])
        #expect(update.toWrite == [new])
    }

    @Test func aPictureMovedByScrollingIsWrittenWhereItIsNow() {
        let before = Self.placement(.iterm, y: 14), after = Self.placement(.iterm, y: 10)
        let update = GraphicsUpdate(drawn: [before], wanted: [after])
        #expect(update.rowsToRepaint == [14..<22])
        #expect(update.toWrite == [after])
    }

    @Test func anUnchangedSixelPictureOnARepaintedRowIsWrittenAgain() {
        let stays = Self.placement(.sixel, x: 40, bytes: "thumbnail 2"), goes = Self.placement(.sixel, x: 2, bytes: "thumbnail 1")
        let update = GraphicsUpdate(drawn: [goes, stays], wanted: [stays])
        #expect(update.toWrite == [stays], "repainting the row wiped its pixels too")
        let elsewhere = Self.placement(.sixel, x: 40, y: 30, bytes: "thumbnail 3")
        #expect(GraphicsUpdate(drawn: [goes, elsewhere], wanted: [elsewhere]).toWrite.isEmpty)
    }

    @Test func oneKittyPictureGoingRewritesTheKittyPicturesThatStay() {
        let stays = Self.placement(.kitty, x: 40, bytes: "b"), goes = Self.placement(.kitty, x: 2, bytes: "a")
        let update = GraphicsUpdate(drawn: [goes, stays], wanted: [stays])
        #expect(update.deletesKittyPictures)
        #expect(update.toWrite == [stays], "deleting every kitty picture took this one too")
    }
}
