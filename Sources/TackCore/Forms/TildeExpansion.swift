#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands a leading `~` in a media path as a shell does: `~` and `~/…` from `$HOME`, falling back
/// to the password database only when `HOME` is unset or empty; `~user/…` from that user's entry.
/// A user with no entry leaves the path as typed (the file then is not found, under its own name).
public enum TildeExpansion {
    /// Looks up a home directory in the password database: the current user's for nil, else the
    /// named user's; nil when there is no such entry.
    public typealias PasswordHomeLookup = (_ user: String?) -> String?

    /// Pure: the environment and the password database are given.
    public static func expand(
        _ path: String, environment: [String: String], passwordHome: PasswordHomeLookup
    ) -> String {
        guard path.hasPrefix("~") else { return path }
        let userEnd = path.firstIndex(of: "/") ?? path.endIndex
        let user = String(path[path.index(after: path.startIndex)..<userEnd])
        let home: String?
        if user.isEmpty {
            let environmentHome = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            home = environmentHome ?? passwordHome(nil)
        } else {
            home = passwordHome(user)
        }
        guard let home else { return path }
        let rest = path[userEnd...]
        return (home.hasSuffix("/") && rest.hasPrefix("/") ? String(home.dropLast()) : home) + rest
    }

    /// With this process's environment and the system's password database.
    public static func expand(_ path: String, environment: [String: String]) -> String {
        expand(path, environment: environment, passwordHome: passwordDatabaseHome)
    }

    /// The home directory in the password database (getpwnam_r / getpwuid_r).
    static func passwordDatabaseHome(of user: String?) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        let size = 16 * 1024
        var buffer = [CChar](repeating: 0, count: size)
        let status = buffer.withUnsafeMutableBufferPointer { storage in
            if let user {
                getpwnam_r(user, &entry, storage.baseAddress!, size, &result)
            } else {
                getpwuid_r(getuid(), &entry, storage.baseAddress!, size, &result)
            }
        }
        guard status == 0, result != nil, let directory = entry.pw_dir else { return nil }
        return String(cString: directory)
    }
}
