/// The demo account's social graph: who follows it and whom it follows. Long enough to page (612 followers:
/// three pages of 250; 64 followed users), deterministic, and made of usernames that read like real ones.
enum DemoPeople {
    /// Hand-picked followers first, then generated ones.
    static let followers: [String] = [
        "mika_bakes", "jules.design", "tomo_kyoto", "layla.cooks", "noa_home", "ben.gardens", "aiko.type",
        "carlos_eats", "freya_knits", "omar.travels", "ines_draws", "leo_films", "yuki_tea", "sara.plants",
        "amir.builds", "zoe.reads", "hana_ceramics", "lucas.bikes", "maya.paints", "ravi_runs",
    ] + combinations(
        firsts: [
            "anna", "kenji", "fatima", "olek", "priya", "mateo", "sigrid", "chidi", "elif", "dara", "yael", "tariq",
            "lucia", "bram", "noor", "ivo", "mei", "rafael", "saoirse", "tomas", "adaeze", "linnea", "kofi", "ines",
            "pavel",
        ],
        seconds: [
            "bakes", "sews", "hikes", "grows", "draws", "brews", "knits", "cooks", "reads", "frames", "pots", "plants",
            "paints", "rides", "sings", "builds", "weaves", "shoots", "writes", "dyes", "carves", "climbs", "films",
            "forages", "prints",
        ],
        separators: ["_", ".", "_", ""], count: 592)

    /// Accounts the demo account follows: publishers whose boards it also follows, then creators.
    static let following: [String] = publishers + creators
    static let publishers = ["bonappetit", "kinfolk", "dezeen", "nytcooking", "gardenista", "fontsinuse"]
    /// The followees `feed_type=CREATOR_ONLY` keeps.
    static let creators = combinations(
        firsts: ["daily", "slow", "little", "urban", "nordic", "kyoto", "coastal", "wild"],
        seconds: ["kitchen", "garden", "type", "interiors", "ceramics", "travel", "bakery", "florist"],
        separators: ["_", "", "."], count: 58)

    /// `count` distinct names from two word lists of the same length: both words change from one name to
    /// the next, and each (first, second) pair is used at most once.
    private static func combinations(firsts: [String], seconds: [String], separators: [String], count: Int) -> [String] {
        precondition(firsts.count == seconds.count && count <= firsts.count * seconds.count)
        return (0..<count).map { index in
            let first = firsts[index % firsts.count]
            let second = seconds[(index + index / firsts.count) % seconds.count]
            return first + separators[index % separators.count] + second
        }
    }
}
