import Foundation
import Testing
@testable import TackExport

@Suite struct ExportLayoutTests {
    @Test func anIdNeverClimbsOutOfTheDirectory() {
        let layout = ExportLayout(directory: URL(fileURLWithPath: "/tmp/backup"))
        #expect(layout.boardDirectory("../../etc").path == "/tmp/backup/boards/______etc")
        #expect(layout.listFile(.boardPins(boardId: "549755813001")).path == "/tmp/backup/boards/549755813001/pins.json")
    }

    @Test func csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(PinCSV.escape("Lemon tart") == "Lemon tart")
        #expect(PinCSV.escape("a, \"b\"\nc") == "\"a, \"\"b\"\"\nc\"")
    }
}
