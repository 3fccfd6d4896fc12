// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tack",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tack", targets: ["tack"]),
        .library(name: "PinterestAPI", targets: ["PinterestAPI"]),
        .library(name: "PinterestSandbox", targets: ["PinterestSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The only C in the project: the wide-character ncurses API, with the macros and globals
        // Swift cannot import wrapped in inline functions.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // chafa: pixels to symbol cells, sixel, kitty and iTerm2 images (pulls in GLib).
        .systemLibrary(
            name: "CChafa",
            pkgConfig: "chafa",
            providers: [.apt(["libchafa-dev", "libglib2.0-dev"])]
        ),
        // JPEG, PNG and WebP decoding and encoding: libjpeg-turbo, libpng, libwebp.
        .systemLibrary(
            name: "CImageCodecs",
            pkgConfig: "libpng",
            providers: [.apt(["libturbojpeg0-dev", "libpng-dev", "libwebp-dev"])]
        ),
        // Swift over the codecs: JPEG, PNG and WebP to RGBA and back (the sandbox draws its pictures with it).
        .target(name: "ImageCodecs", dependencies: ["CImageCodecs"]),
        // Pin pictures: choosing a rendition, fetching without credentials, caches, and chafa's conversion
        // to symbol cells or kitty, sixel and iTerm2 images.
        .target(name: "TackImages", dependencies: ["CChafa", "ImageCodecs", "TerminalCanvas", "PinterestAPI"]),
        // The picture benchmark (scripts/bench-images.sh): decode and conversion time and terminal bytes per renderer.
        .executableTarget(name: "ImageBenchmark", dependencies: ["TackImages", "ImageCodecs", "PinterestAPI", "TerminalCanvas"]),
        // The page decoding benchmark: a 250-pin page of sandbox pins decoded by JSONDecoder and by the
        // fast reader, in milliseconds per page (run it in a release build).
        .executableTarget(name: "DecodeBenchmark", dependencies: ["PinterestAPI", "PinterestSandbox"]),
        // Generates Swift source holding the shipped keymaps/ and themes/ files (run by EmbedPresets).
        .executableTarget(name: "PresetEmbedder"),
        .plugin(name: "EmbedPresets", capability: .buildTool(), dependencies: ["PresetEmbedder"]),
        // The shipped keymap and theme presets, embedded in the binary.
        .target(name: "TackPresets", plugins: ["EmbedPresets"]),
        // Pure: cells, screen buffers, styles, display width, sanitising, frame diffs, key events.
        .target(name: "TerminalCanvas"),
        // The only importer of CNcursesw: the curses thread, key decoding, colours, drawing diffs.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalCanvas"]),
        // Models, endpoints, the async client, pagination, retries, errors. No UI.
        .target(
            name: "PinterestAPI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // A local server speaking the same API: SQLite store, demo data, fault injection.
        .target(
            name: "PinterestSandbox",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                "ImageCodecs",
            ]
        ),
        // State, actions, reducer, effects, store; keymaps, themes and config as data.
        .target(
            name: "TackCore",
            dependencies: [
                "PinterestAPI",
                "TerminalCanvas",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // tack export, import and boards copy: the account's backup, resumable, and its restore. No UI.
        .target(
            name: "TackExport",
            dependencies: ["PinterestAPI", .product(name: "Logging", package: "swift-log")]
        ),
        // Pure views: state -> screen buffer.
        .target(name: "TackScreens", dependencies: ["TackCore", "TerminalCanvas", "PinterestAPI"]),
        .executableTarget(
            name: "tack",
            dependencies: [
                "TackCore", "TackScreens", "TackPresets", "TackImages", "TackExport", "CursesTerminal", "PinterestAPI",
                "PinterestSandbox",
                "TerminalCanvas",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        .testTarget(
            name: "PinterestAPITests",
            dependencies: ["PinterestAPI", .product(name: "Logging", package: "swift-log")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PinterestSandboxTests",
            dependencies: ["PinterestSandbox", "ImageCodecs", .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        .testTarget(
            name: "TackImagesTests",
            dependencies: ["TackImages", "ImageCodecs", "PinterestAPI", "PinterestSandbox", "TerminalCanvas"]),
        .testTarget(name: "IntegrationTests", dependencies: ["PinterestAPI", "PinterestSandbox"]),
        .testTarget(name: "TerminalCanvasTests", dependencies: ["TerminalCanvas"]),
        .testTarget(name: "TackCoreTests", dependencies: ["TackCore", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "TackScreensTests", dependencies: ["TackScreens", "TackCore"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TackExportTests", dependencies: ["TackExport", "PinterestAPI", "PinterestSandbox"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PinterestAPI", "PinterestSandbox"]),
    ]
)
