import Foundation
import Hummingbird
import NIOCore

/// The origin (`http://host:port`) the current request reached the sandbox by: answers put it in front of
/// the paths of the pictures the sandbox serves (see `SandboxImageURL`). Set by `ImageOriginMiddleware`
/// for the request's task; JSON answers built in it replace the placeholder origin with it.
enum ImageOrigin {
    @TaskLocal static var current: String?

    /// `http://` and the request's `Host`, when it is a plain host (and port); else the address the
    /// connection arrived at. A Host with anything else in it is not copied into answers.
    static func origin(authority: String?, localAddress: SocketAddress?) -> String? {
        if let authority, !authority.isEmpty, authority.utf8.count <= 255,
           authority.unicodeScalars.allSatisfy({ allowed.contains($0) }) {
            return "http://\(authority)"
        }
        guard let address = localAddress, let ip = address.ipAddress, let port = address.port else { return nil }
        return ip.contains(":") ? "http://[\(ip)]:\(port)" : "http://\(ip):\(port)"
    }

    private static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")

    /// `body` with every `SandboxImageURL.placeholderOrigin` replaced by the current origin.
    static func resolving(_ body: ByteBuffer) -> ByteBuffer {
        guard let origin = current else { return body }
        let placeholder = Array(SandboxImageURL.placeholderOrigin.utf8)
        return body.withUnsafeReadableBytes { bytes in
            guard var found = firstOffset(of: placeholder, in: bytes, from: 0) else { return body }
            var resolved = ByteBuffer()
            resolved.reserveCapacity(bytes.count + 256)
            var start = 0
            while true {
                resolved.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[start..<found]))
                resolved.writeString(origin)
                start = found + placeholder.count
                guard let next = firstOffset(of: placeholder, in: bytes, from: start) else { break }
                found = next
            }
            resolved.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[start...]))
            return resolved
        }
    }

    /// Where `needle` first occurs in `bytes` at or after `start`: memchr finds each candidate first byte.
    private static func firstOffset(of needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        var offset = start
        while offset + needle.count <= bytes.count {
            guard let hit = memchr(base + offset, Int32(first), bytes.count - offset) else { return nil }
            offset = base.distance(to: UnsafeRawPointer(hit))
            guard offset + needle.count <= bytes.count else { return nil }
            if memcmp(base + offset, needle, needle.count) == 0 { return offset }
            offset += 1
        }
        return nil
    }
}

/// Sets `ImageOrigin.current` for each request.
struct ImageOriginMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        let origin = ImageOrigin.origin(authority: request.head.authority, localAddress: context.channel.localAddress)
        return try await ImageOrigin.$current.withValue(origin) { try await next(request, context) }
    }
}
