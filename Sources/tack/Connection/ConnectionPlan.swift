import Foundation
import PinterestSandbox
import TackCore

/// The connection `ConnectionOptions` resolved to, before anything is started.
struct ConnectionPlan {
    enum Target {
        /// The embedded sandbox on the demo data file.
        case demo(reset: Bool, faults: FaultConfiguration)
        /// An API root and the account's credentials for it.
        case api(URL, AccountCredentials)
    }

    let target: Target
    let adAccount: AdAccountChoice?
    let settings: TackConfig
    let environment: [String: String]

    /// The profile's name when the account comes from a stored sign-in.
    var profile: String? {
        if case .api(_, let credentials) = target { return credentials.profile }
        return nil
    }
}
