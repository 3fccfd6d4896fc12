import Testing
import TerminalCanvas

@Suite("Rectangles")
struct RectTests {
    let rect = Rect(x: 2, y: 1, width: 10, height: 4)

    @Test("contains includes the origin and excludes the far edges")
    func contains() {
        #expect(rect.contains(Point(x: 2, y: 1)))
        #expect(rect.contains(Point(x: 11, y: 4)))
        #expect(!rect.contains(Point(x: 12, y: 4)))
        #expect(!rect.contains(Point(x: 5, y: 5)))
        #expect(!Rect(x: 0, y: 0, width: 0, height: 3).contains(Point(x: 0, y: 0)))
    }

    @Test("inset shrinks every side and never goes below zero")
    func inset() {
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 2))
        #expect(rect.inset(by: 3) == Rect(x: 5, y: 4, width: 4, height: 0))
        #expect(rect.inset(horizontally: 2, vertically: 0) == Rect(x: 4, y: 1, width: 6, height: 4))
    }

    @Test("split(widths:) lays columns side by side and clips them to the space left")
    func splitWidths() {
        #expect(rect.split(widths: [3, 4, 5]) == [
            Rect(x: 2, y: 1, width: 3, height: 4), Rect(x: 5, y: 1, width: 4, height: 4), Rect(x: 9, y: 1, width: 3, height: 4),
        ])
    }

    @Test("nil widths and heights share what the fixed ones leave, the earliest getting the remainder")
    func flexible() {
        #expect(rect.split(widths: [nil, 3, nil]).map(\.width) == [4, 3, 3])
        #expect(rect.split(heights: [1, nil]) == [Rect(x: 2, y: 1, width: 10, height: 1), Rect(x: 2, y: 2, width: 10, height: 3)])
        #expect(rect.split(heights: [9, nil]).map(\.height) == [4, 0])
    }

    @Test("intersection clips to the overlap, empty when there is none")
    func intersection() {
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 5, height: 3)) == Rect(x: 2, y: 1, width: 3, height: 2))
        #expect(rect.intersection(Rect(x: 20, y: 0, width: 5, height: 3)).isEmpty)
    }
}
