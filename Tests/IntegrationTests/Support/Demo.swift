import PinterestAPI

/// What the sandbox's deterministic demo seed holds, as these tests rely on it.
enum Demo {
    static let username = "tack_demo"

    /// The account's boards in id order, with their pin counts and privacy.
    static let boards: [(name: String, pins: Int, privacy: BoardPrivacy)] = [
        (summerRecipes, 64, .public), ("Garden ideas 🌱", 30, .public), (typography, 12, .protected),
        ("東京の旅 Tokyo trip", 16, .public), ("مطبخ عربي Arabic kitchen", 10, .secret),
        ("Gift ideas 🎁", 8, .secret), ("עיצוב פנים Interior", 12, .public), (videoTutorials, 12, .public),
    ]
    static var pinCount: Int { boards.map(\.pins).reduce(0, +) }

    /// The board with more than 50 pins, and its sections; a quarter of its pins is outside any section.
    static let summerRecipes = "Summer Recipes 🍑"
    static let summerRecipesSections = ["Salads 🥗", "Desserts", "Drinks 🍹"]
    /// The protected board; its oldest pin's title is full of escape sequences and bidi overrides.
    static let typography = "Typography 🔤"
    /// Every second pin of this board is a video.
    static let videoTutorials = "Video tutorials 🎬"

    /// The account's first followers in the order the API lists them (hand-picked; generated usernames
    /// follow), and how many there are: enough to page.
    static let firstFollowers = [
        "mika_bakes", "jules.design", "tomo_kyoto", "layla.cooks", "noa_home", "ben.gardens", "aiko.type",
        "carlos_eats", "freya_knits", "omar.travels", "ines_draws", "leo_films", "yuki_tea", "sara.plants",
        "amir.builds", "zoe.reads", "hana_ceramics", "lucas.bikes", "maya.paints", "ravi_runs",
    ]
    static let followerCount = 612
    /// The users the account follows first (publishers whose boards it follows too), and how many it follows.
    static let firstFollowing = ["bonappetit", "kinfolk", "dezeen", "nytcooking", "gardenista", "fontsinuse"]
    static let followingCount = 64
    static let followedBoards: [(owner: String, name: String, pins: Int)] = [
        ("bonappetit", "Weeknight dinners 🍝", 30), ("kinfolk", "Slow living", 12),
        ("dezeen", "Architecture · 建築", 18), ("gardenista", "Small gardens", 9),
    ]
    /// Claimed websites, in the order the API lists them, and their status: one in each status the sandbox
    /// knows. Verifying the `.invalid` one fails: the sandbox's check cannot reach it.
    static let websites: [(website: String, status: String)] = [
        ("shop.tack.example.com", "pending"), ("tack-demo.invalid", "failure"), ("tack.example.com", "success"),
    ]
    static let businesses = ["peach_and_pine_cafe", "tack_studio_shop"]
}
