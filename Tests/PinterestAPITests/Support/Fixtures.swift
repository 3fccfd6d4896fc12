import Foundation
import PinterestAPI

/// The JSON files under Fixtures/: example bodies taken from the official OpenAPI description,
/// named `<operation id with dots>.<status>[.<example name>].json` or `<Schema>.<variant>.json`.
enum Fixtures {
    static var directory: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try PinterestJSON.makeDecoder().decode(T.self, from: data(name))
    }
}
