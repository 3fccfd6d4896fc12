import Testing
import TerminalCanvas

@Suite("Value axis ticks and labels")
struct ValueAxisTests {
    @Test("Ticks are round steps covering the data and zero")
    func roundTicks() {
        #expect(ValueTicks(minimum: 0, maximum: 1234, maximumCount: 5, smallestStep: 1).values == [0, 500, 1000, 1500])
        #expect(ValueTicks(minimum: 0, maximum: 1234, maximumCount: 6, smallestStep: 1).values == [0, 250, 500, 750, 1000, 1250])
        #expect(ValueTicks(minimum: 3, maximum: 560, maximumCount: 4, smallestStep: 1).values == [0, 200, 400, 600])
        #expect(ValueTicks(minimum: -300, maximum: 1234, maximumCount: 5, smallestStep: 1).values == [-500, 0, 500, 1000, 1500])
        #expect(ValueTicks(minimum: 0, maximum: 3e9, maximumCount: 5, smallestStep: 1).values == [0, 1e9, 2e9, 3e9])
    }

    @Test("Counts never tick below 1 or at 2.5; an all-zero axis still has a height")
    func countSteps() {
        #expect(ValueTicks(minimum: 0, maximum: 5, maximumCount: 3, smallestStep: 1).values == [0, 5])
        #expect(ValueTicks(minimum: 0, maximum: 0, maximumCount: 5, smallestStep: 1).values == [0, 1])
        #expect(ValueTicks(minimum: 0, maximum: 2, maximumCount: 5, smallestStep: 1).values == [0, 1, 2])
    }

    @Test("Any smallest step ends the search")
    func oddSmallestStep() {
        let ticks = ValueTicks(minimum: 0, maximum: 1, maximumCount: 5, smallestStep: 0.3)
        #expect(ticks.step == 0.3)
        #expect(ticks.values.count <= 5)
        #expect(ticks.upper >= 1)
    }

    @Test("A range across zero gets ticks on both sides even with room for two")
    func acrossZero() {
        #expect(ValueTicks(minimum: -300, maximum: 1234, maximumCount: 2, smallestStep: 1).values == [-2000, 0, 2000])
    }

    @Test("Rates tick in round percentages")
    func rates() {
        let ticks = ValueTicks(minimum: 0, maximum: 0.0275, maximumCount: 5, smallestStep: 0.0001)
        #expect(ticks.values.map(ChartValueFormat.rate.label) == ["0%", "1%", "2%", "3%"])
    }

    @Test("Numbers are written short: three significant digits and a suffix")
    func compactNumbers() {
        let cases: [(Double, String)] = [
            (0, "0"), (7, "7"), (999, "999"), (1000, "1k"), (1234, "1.23k"), (12_900, "12.9k"),
            (125_000, "125k"), (999_950, "1M"), (1_250_000, "1.25M"), (3e9, "3B"), (4.2e12, "4.2T"),
            (-2500, "-2.5k"), (0.05, "0.05"), (1e300, "1000T"),
        ]
        for (value, text) in cases {
            #expect(CompactNumber.format(value) == text, "\(value)")
        }
        #expect(ChartValueFormat.rate.label(0.0275) == "2.75%")
        #expect(ChartValueFormat.count.label(12_900) == "12.9k")
    }

    @Test("Days read from the API's dates and label short, the same in every locale")
    func days() {
        #expect(ChartDay(iso: "2026-06-02") == ChartDay(year: 2026, month: 6, day: 2))
        #expect(ChartDay(iso: "2026-06-02")?.shortLabel == "Jun 2")
        #expect(ChartDay(iso: "2026-13-02") == nil)
        #expect(ChartDay(iso: "June 2") == nil)
        #expect(ChartDay(year: 2026, month: 12, day: 31) > ChartDay(year: 2026, month: 6, day: 2))
    }
}
