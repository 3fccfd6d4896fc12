// The account's people, businesses and websites are named, not numbered: their name is their identity.

extension UserSummary: Identifiable {
    /// The username; empty when the API left it out.
    public var id: String { username ?? "" }
}

extension LinkedBusiness: Identifiable {
    /// The business account's username; empty when the API left it out.
    public var id: String { username ?? "" }
}

extension UserWebsiteSummary: Identifiable {
    /// The website's address; empty when the API left it out.
    public var id: String { website ?? "" }
}
