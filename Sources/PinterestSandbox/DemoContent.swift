/// The words the demo data is made of: boards, their sections and the pieces pin titles are built from.
/// Unicode on purpose: emoji, CJK, Arabic and Hebrew, so clients exercise display width and bidi handling.
enum DemoContent {
    struct BoardPlan {
        let name: String
        let description: String?
        let privacy: String
        let sections: [String]
        let pinCount: Int
        let firsts: [String]
        let seconds: [String]
        let site: String
        /// Every how many pins one is a video (0: none) and a carousel (0: none).
        var videoEvery = 0
        var carouselEvery = 0
    }

    static let boards: [BoardPlan] = [
        BoardPlan(
            name: "Summer Recipes 🍑", description: "Light dishes for long evenings ☀️", privacy: "PUBLIC",
            sections: ["Salads 🥗", "Desserts", "Drinks 🍹"], pinCount: 64,
            firsts: ["Grilled", "Chilled", "Lemon", "Smoky", "Crispy", "Honey", "Spicy", "Herbed"],
            seconds: ["peach salad", "tart", "watermelon soda", "corn fritters", "halloumi skewers",
                "gazpacho", "berry pavlova", "iced matcha 🍵"],
            site: "https://www.seriouseats.com/recipes", carouselEvery: 13),
        BoardPlan(
            name: "Garden ideas 🌱", description: "Balcony and backyard projects", privacy: "PUBLIC",
            sections: ["Vegetables", "Flowers 🌸"], pinCount: 30,
            firsts: ["Raised", "Vertical", "Shady", "Tiny", "Wild", "Dry"],
            seconds: ["herb bed", "tomato trellis", "pollinator border", "rain garden", "rose arch"],
            site: "https://www.gardenersworld.com/how-to"),
        BoardPlan(
            name: "Typography 🔤", description: "Letterforms, posters and type specimens", privacy: "PROTECTED",
            sections: [], pinCount: 12,
            firsts: ["Swiss", "Bauhaus", "Variable", "Blackletter"], seconds: ["poster", "specimen", "logotype"],
            site: "https://fontsinuse.com/uses"),
        BoardPlan(
            name: "東京の旅 Tokyo trip", description: "食べ物とお寺 — food and temples", privacy: "PUBLIC",
            sections: ["食べ物", "お寺 ⛩️"], pinCount: 16,
            firsts: ["浅草", "渋谷", "京都風", "夜の"], seconds: ["ラーメン 🍜", "寿司", "神社", "喫茶店"],
            site: "https://www.japan-guide.com/e"),
        BoardPlan(
            name: "مطبخ عربي Arabic kitchen", description: "وصفات من البيت", privacy: "SECRET",
            sections: [], pinCount: 10,
            firsts: ["حمص", "فلافل", "كنافة", "شاي"], seconds: ["بالطحينة", "مقرمش", "بالنعناع 🌿"],
            site: "https://www.example-arabic-kitchen.com/r"),
        BoardPlan(
            name: "Gift ideas 🎁", description: nil, privacy: "SECRET",
            sections: ["Birthdays"], pinCount: 8,
            firsts: ["Handmade", "Vintage", "Tiny"], seconds: ["notebook", "ceramic mug", "candle set"],
            site: "https://www.etsy.com/listing"),
        BoardPlan(
            name: "עיצוב פנים Interior", description: "רעיונות לסלון ולמטבח", privacy: "PUBLIC",
            sections: ["סלון"], pinCount: 12,
            firsts: ["מטבח", "סלון", "מרפסת", "חדר שינה"], seconds: ["לבן", "מעץ 🪵", "קטן"],
            site: "https://www.example-interior.co.il/p"),
        BoardPlan(
            name: "Video tutorials 🎬", description: "Short how-to videos", privacy: "PUBLIC",
            sections: ["Knife skills"], pinCount: 12,
            firsts: ["Quick", "Pro", "Beginner", "Slow-motion"], seconds: ["knife skills", "sourdough shaping", "latte art ☕"],
            site: "https://www.youtube.com/watch", videoEvery: 2),
    ]

    /// A title full of what a terminal must never draw raw: escape sequences, control characters, bidi overrides.
    static let hostileTitle = "\u{1B}[31mRed alert\u{1B}[0m \u{07}bell\u{08}\u{08} \u{1B}]0;pwned\u{07} \u{202E}desrever\u{202C} tab\there"

    static let descriptions = [
        "Saved for later ✨", "Tried it twice, worth it.", "A favourite from last summer — 5/5 ⭐️",
        "Notes: less sugar, more lemon 🍋", "とても美味しい！", "رائع جدا 👍", "מומלץ בחום", nil,
    ]

    static let colours = ["#E8D3DB", "#6E7874", "#F2C14E", "#2B4162", "#C45BAA", "#8FB339", "#D1495B", "#EDAE49"]

    /// Boards of other users that the account follows, with pins of their own to browse.
    static let followedBoards: [(owner: String, board: BoardPlan)] = [
        ("bonappetit", BoardPlan(
            name: "Weeknight dinners 🍝", description: "Fast, filling, on the table in 30 minutes", privacy: "PUBLIC",
            sections: ["Pasta", "One-pan"], pinCount: 30,
            firsts: ["Creamy", "Lemony", "Garlicky", "Crispy", "Spicy", "Smoky"],
            seconds: ["chicken thighs", "orzo", "chickpea stew", "salmon", "gnocchi"],
            site: "https://www.bonappetit.com/recipe")),
        ("kinfolk", BoardPlan(
            name: "Slow living", description: nil, privacy: "PUBLIC", sections: [], pinCount: 12,
            firsts: ["Morning", "Quiet", "Linen", "Sunday"], seconds: ["rituals", "tablescape", "reading nook"],
            site: "https://www.kinfolk.com/stories")),
        ("dezeen", BoardPlan(
            name: "Architecture · 建築", description: "Houses, libraries and chapels", privacy: "PUBLIC",
            sections: ["日本 Japan"], pinCount: 18,
            firsts: ["Concrete", "Timber", "Brutalist", "Minimal", "Coastal", "Mountain"],
            seconds: ["house", "library", "chapel"], site: "https://www.dezeen.com/architecture")),
        ("gardenista", BoardPlan(
            name: "Small gardens", description: "Big ideas for small spaces 🌿", privacy: "PUBLIC", sections: [],
            pinCount: 9, firsts: ["Courtyard", "Balcony", "Rooftop"], seconds: ["planting", "seating", "water feature"],
            site: "https://www.gardenista.com/posts")),
    ]

    static let businesses = ["tack_studio_shop", "peach_and_pine_cafe"]
}
