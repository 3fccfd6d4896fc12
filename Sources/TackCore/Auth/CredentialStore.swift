import Foundation
import Glibc

/// Where sign-ins are kept: one JSON file per profile, `<directory>/<profile>.json`, mode 0600 in a
/// 0700 directory (`$XDG_STATE_HOME/tack/credentials`). Files are written whole to a temporary file and
/// renamed over the old one, so a crash never leaves half a file. A file or directory others may read
/// is refused, as ssh refuses a private key, with the chmod that fixes it.
public struct CredentialStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The store in the XDG state directory, nil when neither XDG_STATE_HOME nor HOME is set.
    public static func standard(environment: [String: String]) -> CredentialStore? {
        ConfigPaths.stateDirectory(environment: environment).map { CredentialStore(directory: $0 + "/credentials") }
    }

    public func path(of profile: String) -> String { "\(directory)/\(profile).json" }

    /// The profile's sign-in, nil when it has none.
    public func load(_ profile: String) throws(CredentialStoreError) -> StoredSignIn? {
        let file = path(of: profile)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        try Self.requirePrivate(directory, mode: 0o700)
        try Self.requirePrivate(file, mode: 0o600)
        guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(file, "it cannot be read") }
        do {
            return try JSONDecoder.credentials.decode(StoredSignIn.self, from: data)
        } catch {
            throw .unreadable(file, "it is not a sign-in Tack wrote (run `tack auth login` again)")
        }
    }

    /// Stores the profile's sign-in, replacing any before it.
    public func save(_ signIn: StoredSignIn, profile: String) throws(CredentialStoreError) {
        do {
            try Self.makePrivateDirectory(directory)
            let data = try JSONEncoder.credentials.encode(signIn)
            try Self.writeAtomically(data, to: path(of: profile))
        } catch let error as CredentialStoreError {
            throw error
        } catch {
            throw .unwritable(path(of: profile), "\(error)")
        }
    }

    /// Forgets the profile's sign-in; false when there was none.
    @discardableResult
    public func remove(_ profile: String) throws(CredentialStoreError) -> Bool {
        let file = path(of: profile)
        guard FileManager.default.fileExists(atPath: file) else { return false }
        do {
            try FileManager.default.removeItem(atPath: file)
        } catch {
            throw .unwritable(file, "\(error)")
        }
        return true
    }

    /// Refuses `path` when its permissions give anything to group or others.
    private static func requirePrivate(_ path: String, mode expected: mode_t) throws(CredentialStoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 == 0 else { throw .tooOpen(path, mode: mode, fix: expected) }
    }

    private static func makePrivateDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            try requirePrivate(path, mode: 0o700)
            return
        }
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// Writes to a new 0600 file beside `path`, flushes it to disk and renames it over `path`.
    private static func writeAtomically(_ data: Data, to path: String) throws {
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CredentialStoreError.unwritable(temporary, String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let flushed = fsync(descriptor) == 0
        close(descriptor)
        guard written == data.count, flushed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CredentialStoreError.unwritable(path, reason)
        }
    }
}

/// Why a stored sign-in could not be read or written. Never holds a token.
public enum CredentialStoreError: Error, Equatable, CustomStringConvertible {
    case tooOpen(String, mode: mode_t, fix: mode_t)
    case unreadable(String, String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .tooOpen(let path, let mode, let fix):
            "\(path) may be read by others (mode \(String(mode, radix: 8))), so Tack will not use it: "
                + "run `chmod \(String(fix, radix: 8)) \(path)`"
        case .unreadable(let path, let reason): "\(path) cannot be used: \(reason)"
        case .unwritable(let path, let reason): "\(path) cannot be written: \(reason)"
        }
    }
}

extension JSONEncoder {
    static var credentials: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }
}

extension JSONDecoder {
    static var credentials: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
