/// The ad account Tack acts for, and where it was given: `--ad-account` wins over the config file's
/// `ad_account_id`; with neither, Tack acts for the token's own user.
public struct AdAccountChoice: Sendable, Hashable {
    public var id: String
    public var origin: SettingOrigin

    public init(id: String, origin: SettingOrigin) {
        self.id = id
        self.origin = origin
    }

    /// `option` (the value of `--ad-account`), else `config`'s `ad_account_id`, else nil. The file's value
    /// was checked as the file was read; the option's is checked here, and a bad one is reported as
    /// `--ad-account: not an ad account id: …`.
    public static func resolve(option: String?, config: TackConfig) throws(FileDiagnostic) -> AdAccountChoice? {
        if let option {
            let origin = SettingOrigin.option("--ad-account")
            if let problem = AdAccountID.problem(option) {
                throw origin.diagnostic("not an ad account id: \(problem)")
            }
            return AdAccountChoice(id: option, origin: origin)
        }
        return config.adAccountId.map {
            AdAccountChoice(id: $0, origin: config.origins["ad_account_id"] ?? .option("--ad-account"))
        }
    }
}
