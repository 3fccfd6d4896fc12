import TackCore
import Testing

@Suite("Pickers: filtering and choosing")
struct PickerStateTests {
    let boards = [
        PickerOption(id: "1", label: "Summer Recipes", detail: "48 pins"),
        PickerOption(id: "2", label: "Garden ideas", detail: "112 pins"),
        PickerOption(id: "3", label: "Typography 🔤", detail: "9 pins"),
        PickerOption(id: "4", label: "Smoothies", detail: "3 pins"),
    ]

    func picker(typing filter: String = "") -> PickerState {
        var picker = PickerState(title: "Move to board", options: boards, target: .field(.board))
        picker.editFilter(.insert(filter))
        return picker
    }

    @Test func anEmptyFilterShowsEverythingInOrder() {
        #expect(picker().visibleOptions == boards)
        #expect(picker().selectedOption?.id == "1")
    }

    @Test func substringMatchesAreCaseInsensitive() {
        #expect(picker(typing: "IDEA").visibleOptions.map(\.id) == ["2"])
        #expect(picker(typing: "🔤").visibleOptions.map(\.id) == ["3"])
    }

    @Test func substringMatchesComeBeforeFuzzyOnes() {
        // "sm" is inside "Smoothies"; "Summer" has s…m in order.
        #expect(picker(typing: "sm").visibleOptions.map(\.id) == ["4", "1"])
        #expect(picker(typing: "smrc").visibleOptions.map(\.id) == ["1"])
    }

    @Test func nothingMatchingLeavesNoSelection() {
        let none = picker(typing: "zzz")
        #expect(none.visibleOptions.isEmpty)
        #expect(none.selectedOption == nil)
    }

    @Test func selectionMovesWithinTheVisibleOptionsAndStopsAtTheEnds() {
        var picker = picker(typing: "s")
        #expect(picker.visibleOptions.map(\.id) == ["1", "2", "4"])
        picker.moveSelection(by: -1)
        #expect(picker.selectedOption?.id == "1")
        picker.moveSelection(by: 1)
        #expect(picker.selectedOption?.id == "2")
        picker.moveSelection(by: 10)
        #expect(picker.selectedOption?.id == "4")
    }

    @Test func editingTheFilterReturnsToTheFirstMatch() {
        var picker = picker()
        picker.moveSelection(by: 3)
        picker.editFilter(.insert("r"))
        #expect(picker.filter.text == "r")
        #expect(picker.selectedOption?.id == "1")
        picker.editFilter(.deleteBackward)
        #expect(picker.visibleOptions == boards)
    }

    @Test func startsOnTheCurrentValue() {
        let picker = PickerState(title: "Board", options: boards, target: .field(.board), selectedID: "3")
        #expect(picker.selectedOption?.id == "3")
        #expect(picker.target == .field(.board))
    }

    @Test func loadedOptionsReplaceTheLoadingStateAndKeepTheHighlight() {
        var picker = PickerState(title: "Section", options: [PickerOption(id: nil, label: "(none)")],
                                 target: .field(.section), isLoading: true)
        #expect(picker.isLoading)
        picker.load([PickerOption(id: nil, label: "(none)"), PickerOption(id: "s1", label: "Salads")])
        #expect(!picker.isLoading)
        #expect(picker.visibleOptions.count == 2)
        picker.moveSelection(by: 1)
        picker.load([PickerOption(id: nil, label: "(none)"), PickerOption(id: "s0", label: "Bread"),
                     PickerOption(id: "s1", label: "Salads")])
        #expect(picker.selectedOption?.id == "s1")
    }
}
