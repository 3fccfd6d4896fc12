import Foundation
import Hummingbird

/// Decodes JSON request bodies, answering 400 with the offending field's name when they do not fit.
enum RequestBody {
    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request) async throws -> Body {
        // RequestBodyMiddleware has already read the body, within the sandbox's size limit.
        let buffer = try await request.body.collect(upTo: .max)
        let data = Data(buffer: buffer)
        guard !data.isEmpty else { throw APIError(status: .badRequest, code: 1, message: "Request body is required.") }
        do {
            return try JSONDecoder().decode(Body.self, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw APIError.invalid(fieldName(context.codingPath), "has the wrong type.")
        } catch let DecodingError.keyNotFound(key, context) {
            throw APIError.missing(fieldName(context.codingPath + [key]))
        } catch {
            throw APIError(status: .badRequest, code: 1, message: "Request body is not valid JSON.")
        }
    }

    private static func fieldName(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

/// A field of a PATCH body: left out (keep the current value) or sent (possibly as `null`, to clear it).
enum FieldUpdate<Value: Decodable & Sendable>: Sendable {
    case unchanged
    case set(Value?)

    func applied(to current: Value?) -> Value? {
        switch self {
        case .unchanged: current
        case .set(let value): value
        }
    }

    /// The sent value, nil when left out or null.
    var sentValue: Value? {
        if case .set(let value) = self { value } else { nil }
    }
}

extension KeyedDecodingContainer {
    func update<Value: Decodable & Sendable>(_ key: Key) throws -> FieldUpdate<Value> {
        contains(key) ? .set(try decodeIfPresent(Value.self, forKey: key)) : .unchanged
    }
}
