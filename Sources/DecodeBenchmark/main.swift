// The page decoding benchmark (issue 9): a benchmark, not a test. It asks an in-process sandbox for the demo
// account's pins as it serves them, makes a 250-pin page of them (the pins over again, in the sandbox's
// order), and decodes it N times (first argument, default 400) with JSONDecoder (what the client did) and
// with PinPageReader (what it does now), printing the CPU milliseconds per page of each, their ratio,
// and the resident bytes a decoded pin keeps. Run it in a release build:
//     swift build -c release --product DecodeBenchmark && .build/release/DecodeBenchmark
import Foundation
@_spi(Benchmarks) import PinterestAPI
import PinterestSandbox

let iterations = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 400
let pinsPerPage = 250

/// The demo account's pins, each as the sandbox sends it.
func sandboxPins() async throws -> [Data] {
    let server = try await SandboxServer.start(SandboxConfiguration())
    let client = PinterestClient(configuration: ClientConfiguration(baseURL: server.baseURL, accessToken: "benchmark"))
    var pins: [Data] = []
    var bookmark: String?
    repeat {
        let page = try await client.rawPage(.pinsList, bookmark: bookmark)
        pins += page.items
        bookmark = page.bookmark
    } while bookmark != nil
    try await client.shutdown()
    await server.stop()
    return pins
}

/// A page as the sandbox writes one: the bookmark first, then the items.
func page(of pins: [Data]) -> Data {
    var json = Data(#"{"bookmark":"MjUwfDEyMzQ1Njc4OQ==","items":["#.utf8)
    for index in 0..<pinsPerPage {
        if index > 0 { json.append(UInt8(ascii: ",")) }
        json.append(pins[index % pins.count])
    }
    json.append(contentsOf: "]}".utf8)
    return json
}

/// The CPU time of this thread in milliseconds.
func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

/// The CPU milliseconds per page `decode` takes, over `iterations` pages (after a few to warm up).
func millisecondsPerPage(_ decode: () throws -> Page<Pin>) rethrows -> Double {
    for _ in 0..<5 { _ = try decode() }
    let start = threadCPUMilliseconds()
    for _ in 0..<iterations { _ = try decode() }
    return (threadCPUMilliseconds() - start) / Double(iterations)
}

/// The resident bytes of this process.
func residentBytes() -> Int {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    return (statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// The resident bytes per pin that 100 pages decoded by `decode` and kept add (25,000 pins).
func residentBytesPerPin(_ decode: () throws -> Page<Pin>) rethrows -> Double {
    let before = residentBytes()
    let pages = try (0..<100).map { _ in try decode() }
    let after = residentBytes()
    withExtendedLifetime(pages) {}
    return Double(after - before) / Double(100 * pinsPerPage)
}

/// What `residentBytesPerPin` measures for `decoder` in a process of its own, where no memory another
/// measurement freed can be reused.
func residentBytesPerPinInNewProcess(_ decoder: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
    process.arguments = ["--resident-per-pin", decoder]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
}

let pins = try await sandboxPins()
let json = page(of: pins)
let decodeWithJSONDecoder = { try PinterestJSON.makeDecoder().decode(Page<Pin>.self, from: json) }
let decodeWithReader = {
    guard let page = PinPageReader.page(from: json) else { fatalError("the reader gave up on the sandbox's page") }
    return page
}
guard try decodeWithJSONDecoder() == decodeWithReader() else { fatalError("the two decodings differ") }

if CommandLine.arguments.dropFirst().first == "--resident-per-pin" {
    let bytes = CommandLine.arguments.last == "reader" ? residentBytesPerPin(decodeWithReader) : try residentBytesPerPin(decodeWithJSONDecoder)
    print(String(format: "%.0f", bytes))
    exit(0)
}

let videos = decodeWithReader().items.filter { $0.media?.mediaType == .video }.count
let carousels = decodeWithReader().items.filter { $0.media?.items != nil }.count
print("A \(pinsPerPage)-pin page of \(json.count / 1024) KB (\(pins.count) sandbox pins over again; \(videos) videos, \(carousels) carousels), \(iterations) times:")
let jsonDecoderTime = try millisecondsPerPage(decodeWithJSONDecoder)
let readerTime = millisecondsPerPage(decodeWithReader)
print(String(format: "  JSONDecoder:   %.3f ms CPU per page", jsonDecoderTime))
print(String(format: "  PinPageReader: %.3f ms CPU per page (%.1f times less)", readerTime, jsonDecoderTime / readerTime))
print("Resident bytes per decoded pin (100 pages kept, each in a process of its own): JSONDecoder \(try residentBytesPerPinInNewProcess("jsondecoder")), PinPageReader \(try residentBytesPerPinInNewProcess("reader"))")
