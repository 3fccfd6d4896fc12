import Testing
import TerminalCanvas

/// Watch times (milliseconds from the API) written short: tenths of a second under a minute, then the two
/// largest units, each rounding carried into the next unit.
@Suite struct CompactDurationTests {
    @Test(arguments: [
        (0, "0s"), (40, "0s"), (50, "0.1s"), (800, "0.8s"), (12_400, "12.4s"), (12_449, "12.4s"), (59_940, "59.9s"),
        (59_960, "1m 00s"), (65_000, "1m 05s"), (86_989, "1m 27s"), (173_979, "2m 54s"), (3_599_400, "59m 59s"),
        (3_599_600, "1h 00m"), (7_380_000, "2h 03m"), (86_369_999, "23h 59m"), (86_370_000, "1d 00h"),
        (273_600_000, "3d 04h"), (-1_500, "-1.5s"),
    ] as [(Double, String)])
    func milliseconds(value: Double, text: String) {
        #expect(CompactDuration.format(milliseconds: value) == text)
    }

    @Test func whatIsNotANumberIsNothingAndHugeValuesStayDrawable() {
        #expect(CompactDuration.format(milliseconds: .nan) == "0s")
        #expect(CompactDuration.format(milliseconds: .infinity).hasSuffix("h"), "clamped, never a trap")
    }
}
