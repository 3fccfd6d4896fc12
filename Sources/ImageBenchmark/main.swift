// The picture benchmark (issue 14): a benchmark, not a test. For a 600x750 JPEG shown in a 40x20-cell
// preview it prints, per renderer, the time PictureLoader takes to decode and convert it (from bytes in
// memory: no network, no cache) and the bytes the terminal is sent to draw it. Run it in a release build:
// scripts/bench-images.sh.
import Foundation
import ImageCodecs
import PinterestAPI
import TackImages
import TerminalCanvas

/// Serves one file from memory, as an image host would.
struct MemoryTransport: HTTPTransport {
    let body: Data

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        HTTPResponse(status: 200, headers: [(name: "Content-Type", value: "image/jpeg")], body: body)
    }

    func shutdown() async throws {}
}

/// A photo-like 600x750 picture: smooth gradients, shapes and fine grain (grain costs a JPEG decoder
/// what a real photo's detail does).
func samplePhoto() throws -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let image = RGBAImage(width: 600, height: 750) { x, y in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let grain = Double(Int(state >> 59)) - 16
        let u = Double(x) / 600, v = Double(y) / 750
        let sun = hypot(u - 0.7, v - 0.25) < 0.12 ? 80.0 : 0
        let hill = v > 0.6 + 0.05 * sin(u * 9) ? -60.0 : 0
        func channel(_ base: Double) -> UInt8 { UInt8(min(max(base + sun + hill + grain, 0), 255)) }
        return (channel(200 - 120 * v), channel(120 + 60 * u), channel(90 + 100 * v))
    }
    return try ImageEncoder.jpeg(image, quality: 85)
}

/// The bytes a terminal is sent to draw symbol cells: a cursor move per row, an SGR setting both colours
/// whenever they change from the cell before, and each symbol in UTF-8 (what a curses diff writes when
/// the whole picture is new).
func terminalBytes(ofCells cells: [Cell], width: Int) -> Int {
    var total = 0
    var previous: Style?
    for (index, cell) in cells.enumerated() {
        if index % width == 0 {
            total += "\u{1B}[12;40H".utf8.count
            previous = nil
        }
        if cell.style != previous {
            total += "\u{1B}[\(sgr(cell.style.foreground, 38));\(sgr(cell.style.background, 48))m".utf8.count
            previous = cell.style
        }
        total += cell.grapheme.utf8.count
    }
    return total
}

func sgr(_ color: Color, _ layer: Int) -> String {
    switch color {
    case .terminalDefault: "\(layer + 1)"
    case .ansi(let index): index < 8 ? "\(layer - 8 + Int(index))" : "\(layer + 52 + Int(index) - 8)"
    case .indexed(let index): "\(layer);5;\(index)"
    case .rgb(let red, let green, let blue): "\(layer);2;\(red);\(green);\(blue)"
    }
}

/// The CPU time of the whole process (every thread: chafa converts on several) in milliseconds.
func processCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let outputs: [(String, PictureOutput)] = [
    ("symbols: half blocks, truecolor", .symbols(.halfBlocks, .truecolor)),
    ("symbols: half blocks, 256 colours", .symbols(.halfBlocks, .palette256)),
    ("symbols: quadrants, truecolor", .symbols(.quadrants, .truecolor)),
    ("symbols: sextants, truecolor", .symbols(.sextants, .truecolor)),
    ("symbols: sextants, 256 colours", .symbols(.sextants, .palette256)),
    ("kitty", .graphics(.kitty)),
    ("sixel", .graphics(.sixel)),
    ("iTerm2", .graphics(.iterm)),
]

let jpeg = try samplePhoto()
let cells = Size(width: 40, height: 20)
var configuration = PictureLoader.Configuration()
configuration.diskCache = nil
configuration.memoryCacheBytes = 0  // nothing kept: every call decodes and converts
let loader = PictureLoader(transport: MemoryTransport(body: Data(jpeg)), configuration: configuration)
let url = URL(string: "https://i.example/600x/photo.jpg")!
let iterations = Int(ProcessInfo.processInfo.environment["ITERATIONS"] ?? "") ?? 40
let clock = ContinuousClock()

print("Picture benchmark: a 600x750 JPEG (\(jpeg.count) bytes) into a 40x20-cell preview, cells of 10x20 pixels")
print("Median and slowest of \(iterations) runs after 3 warm-ups, each a fresh decode and conversion.\n")
print("| renderer | decode + convert, median | slowest | CPU per picture | picture (cells) | bytes to the terminal |")
print("| --- | ---: | ---: | ---: | --- | ---: |")
for (name, output) in outputs {
    var times: [Double] = []
    var last: TerminalImage?
    var cpuStart = 0.0
    for run in 0..<(iterations + 3) {
        if run == 3 { cpuStart = processCPUMilliseconds() }
        let start = clock.now
        let picture = try await loader.picture(from: url, fitting: cells, as: output)
        let elapsed = clock.now - start
        if run >= 3 { times.append(milliseconds(elapsed)) }
        last = picture
    }
    let cpu = (processCPUMilliseconds() - cpuStart) / Double(iterations)
    times.sort()
    guard let picture = last else { continue }
    let bytes = switch picture.content {
    case .cells(let cells): terminalBytes(ofCells: cells, width: picture.size.width)
    case .graphics(_, let payload): payload.count
    }
    print(String(
        format: "| %@ | %.2f ms | %.2f ms | %.2f ms | %dx%d | %d |", name, times[times.count / 2], times.last ?? 0,
        cpu, picture.size.width, picture.size.height, bytes))
}

let decoder = ImageDecoder()
var full: [Double] = [], scaled: [Double] = []
for _ in 0..<iterations {
    var start = clock.now
    _ = try decoder.decode(jpeg)
    full.append(milliseconds(clock.now - start))
    start = clock.now
    _ = try decoder.decode(jpeg, minimumSize: (256, 160))
    scaled.append(milliseconds(clock.now - start))
}
full.sort()
scaled.sort()
print(String(
    format: "\nDecoding alone (median): %.2f ms at full size, %.2f ms at the half scale (300x375) the symbol preview decodes at.",
    full[full.count / 2], scaled[scaled.count / 2]))
