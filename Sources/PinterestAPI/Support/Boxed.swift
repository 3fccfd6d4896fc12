/// A value kept out of line, behind one pointer: for members that are usually absent, so that the
/// structs holding them stay small (an optional box costs 8 bytes where the value would cost its size).
enum Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    indirect case boxed(Value)

    init(_ value: Value) { self = .boxed(value) }

    var value: Value {
        switch self { case .boxed(let value): value }
    }
}
