/// A rectangle of cells. Widths and heights are never negative once produced by the helpers below.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The whole area of a screen of `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var size: Size { Size(width: width, height: height) }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// Shrinks every side by `amount` (a border of one cell is `inset(by: 1)`), never below zero size.
    public func inset(by amount: Int) -> Rect {
        inset(horizontally: amount, vertically: amount)
    }

    /// Shrinks the left and right sides by `horizontally` and the top and bottom by `vertically`.
    public func inset(horizontally: Int, vertically: Int) -> Rect {
        Rect(
            x: x + horizontally,
            y: y + vertically,
            width: max(0, width - 2 * horizontally),
            height: max(0, height - 2 * vertically)
        )
    }

    /// The intersection with `other`; empty (zero-sized) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    /// Side-by-side columns, left to right, with the given widths. Each column is clipped to the space that
    /// is left, so the result always lies inside this rect; a `nil` width takes whatever remains.
    public func split(widths: [Int?]) -> [Rect] {
        Rect.partition(length: width, into: widths).map { offset, length in
            Rect(x: x + offset, y: y, width: length, height: height)
        }
    }

    /// Stacked rows, top to bottom, with the given heights; clipped like `split(widths:)`, `nil` takes the rest.
    public func split(heights: [Int?]) -> [Rect] {
        Rect.partition(length: height, into: heights).map { offset, length in
            Rect(x: x, y: y + offset, width: width, height: length)
        }
    }

    /// Lays `lengths` out along a line of `length` cells; `nil` entries share what the fixed ones leave.
    private static func partition(length: Int, into lengths: [Int?]) -> [(offset: Int, length: Int)] {
        let fixed = lengths.reduce(0) { $0 + max(0, $1 ?? 0) }
        let flexibleCount = lengths.filter { $0 == nil }.count
        let spare = max(0, length - fixed)
        var flexibleIndex = 0
        var offset = 0
        return lengths.map { requested in
            let wanted: Int
            if let requested {
                wanted = max(0, requested)
            } else {
                // Spread the spare cells evenly; earlier flexible parts get the remainder.
                wanted = spare / flexibleCount + (flexibleIndex < spare % flexibleCount ? 1 : 0)
                flexibleIndex += 1
            }
            let granted = min(wanted, max(0, length - offset))
            defer { offset += granted }
            return (offset, granted)
        }
    }
}
