import ArgumentParser
import Foundation
import PinterestAPI
import Synchronization

/// What every write takes besides its fields: a JSON file holding them, and a dry run.
struct WriteOptions: ParsableArguments {
    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "Read the request's fields from a JSON object with the API's field names (- for standard input); options given too win.",
            valueName: "file"))
    var file: String?

    @Flag(name: .customLong("dry-run"), help: "Print the request (method, URL, JSON body) instead of sending it.")
    var dryRun = false

    /// The `--from` object decoded as `Body` (fields it does not know are ignored); nil without `--from`.
    func body<Body: Decodable>(_ type: Body.Type) throws -> Body? {
        guard let data = try input() else { return nil }
        do {
            return try PinterestJSON.makeDecoder().decode(Body.self, from: data)
        } catch {
            throw ValidationError("--from \(file ?? ""): not a JSON object with the request's fields (\(Self.describe(error))).")
        }
    }

    /// The bytes of `--from`, read once (standard input cannot be read twice).
    func input() throws -> Data? {
        guard let file else { return nil }
        if let cached = Self.cache.withLock({ $0 }) { return cached }
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw ValidationError("--from \(file): cannot read the file.")
            }
            data = contents
        }
        Self.cache.withLock { $0 = data }
        return data
    }

    private static let cache = Mutex<Data?>(nil)

    private static func describe(_ error: any Error) -> String {
        guard case let DecodingError.keyNotFound(key, _) = error else {
            if case let DecodingError.typeMismatch(_, context) = error {
                return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
            }
            return "it is not valid JSON"
        }
        return "\(key.stringValue) is missing"
    }
}
