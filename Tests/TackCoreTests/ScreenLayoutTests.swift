import TackCore
import Testing
import TerminalCanvas

@Suite struct ScreenLayoutTests {
    @Test(arguments: [Size(width: 59, height: 24), Size(width: 80, height: 14), Size(width: 50, height: 12)])
    func belowTheMinimumThereIsNoLayout(size: Size) {
        #expect(ScreenLayout.make(for: size, showDetail: true) == nil)
    }

    @Test func atTheMinimumThePanesFit() throws {
        let layout = try #require(ScreenLayout.make(for: ScreenLayout.minimumSize, showDetail: true))
        #expect(layout.boards.height >= 3)
        #expect(layout.pins.maxX == 60)
    }

    @Test func ordinaryTerminalPutsTheDetailBelowThePanes() throws {
        let layout = try #require(ScreenLayout.make(for: Size(width: 80, height: 24), showDetail: true))
        let detail = try #require(layout.detail)
        #expect(layout.header == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(layout.status == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(detail.y == layout.boards.maxY && detail.maxY == 23 && detail.width == 80)
        #expect(layout.boards.maxX == layout.sections.x && layout.sections.maxX == layout.pins.x && layout.pins.maxX == 80)
    }

    @Test func wideTerminalPutsTheDetailBesideThePanes() throws {
        let layout = try #require(ScreenLayout.make(for: Size(width: 160, height: 50), showDetail: true))
        let detail = try #require(layout.detail)
        #expect(detail.x == layout.pins.maxX && detail.maxX == 160)
        #expect(detail.y == 1 && detail.height == 48 && layout.pins.height == 48)
    }

    @Test func hiddenDetailGivesThePanesTheWholeBody() throws {
        let layout = try #require(ScreenLayout.make(for: Size(width: 80, height: 24), showDetail: false))
        #expect(layout.detail == nil)
        #expect(layout.lists == Rect(x: 0, y: 1, width: 80, height: 22))
    }
}
