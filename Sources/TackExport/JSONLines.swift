import Foundation
import PinterestAPI

/// The one JSON layout of the export's lists: an array with one element a line, each element as the API
/// sent it, so the files are valid JSON, diff line by line, and keep every field.
enum JSONLines {
    static func array(_ elements: [Data]) -> Data {
        var data = Data()
        data.append(Data("[\n".utf8))
        for (index, element) in elements.enumerated() {
            if index > 0 { data.append(Data(",\n".utf8)) }
            data.append(element)
        }
        data.append(Data((elements.isEmpty ? "]\n" : "\n]\n").utf8))
        return elements.isEmpty ? Data("[]\n".utf8) : data
    }

    /// The elements of an array written by `array` (or any JSON array), as written.
    static func elements(of data: Data) throws -> [Data] {
        guard let elements = PinterestClient.rawElements(of: data) else { throw ExportError.unreadable("a JSON array") }
        return elements
    }

    /// Writes into a file `[`, the elements separated by `,` and a line break, and `]`: `[]` when there are none.
    final class ArrayWriter {
        private let output: FileOutput
        private var count = 0

        init(_ output: FileOutput) { self.output = output }

        func append(_ element: Data) throws {
            try output.write(Data((count == 0 ? "[\n" : ",\n").utf8))
            try output.write(element)
            count += 1
        }

        func finish() throws {
            try output.write(Data((count == 0 ? "[]\n" : "\n]\n").utf8))
        }
    }
}
