import TackCore
import Testing

/// A buffer with `text` and the cursor at grapheme `cursor`.
private func buffer(_ text: String, cursor: Int? = nil, multiline: Bool = false) -> TextBuffer {
    var buffer = TextBuffer(text, isMultiline: multiline)
    for _ in 0..<(text.count - (cursor ?? text.count)) {
        buffer.moveLeft()
    }
    return buffer
}

private func applying(_ commands: TextEditCommand..., to start: TextBuffer) -> TextBuffer {
    var result = start
    for command in commands {
        result.apply(command)
    }
    return result
}

@Suite("TextBuffer: typing and pasting")
struct TextBufferInsertTests {
    @Test func startsWithTheCursorAtTheEnd() {
        let text = TextBuffer("hello")
        #expect(text.text == "hello")
        #expect(text.cursor == 5)
        #expect(!text.isMultiline)
    }

    @Test func insertsAtTheCursor() {
        let result = applying(.insert("XY"), to: buffer("abcd", cursor: 2))
        #expect(result.text == "abXYcd")
        #expect(result.cursor == 4)
    }

    @Test func aSingleLineBufferTurnsLineBreaksAndTabsIntoSpaces() {
        let result = applying(.insert("one\ntwo\r\nthree\rfour\tfive"), to: TextBuffer())
        #expect(result.text == "one two three four five")
        #expect(result.lines == ["one two three four five"])
    }

    @Test func aMultiLineBufferKeepsLineBreaksAsNewlines() {
        let result = applying(.insert("one\r\ntwo\rthree\tx"), to: TextBuffer(isMultiline: true))
        #expect(result.text == "one\ntwo\nthree x")
        #expect(result.lines == ["one", "two", "three x"])
        #expect(result.cursorRow == 2)
    }

    @Test func controlCharactersAndBidiOverridesAreDropped() {
        let result = applying(.insert("a\u{1B}[31mb\u{07}c\u{202E}d\u{2066}e\u{7F}\u{9B}f"), to: TextBuffer())
        #expect(result.text == "a[31mbcdef")
    }

    @Test func insertingOnlyControlsChangesNothing() {
        let start = buffer("ab", cursor: 1)
        #expect(applying(.insert("\u{00}\u{1B}"), to: start) == start)
    }

    @Test func theInitialTextIsSanitisedToo() {
        #expect(TextBuffer("a\nb").text == "a b")
        #expect(TextBuffer("a\u{1B}b", isMultiline: true).text == "ab")
    }

    @Test func insertNewlineSplitsTheLineOnlyWhenMultiLine() {
        let multi = applying(.insertNewline, to: buffer("abcd", cursor: 2, multiline: true))
        #expect(multi.lines == ["ab", "cd"])
        #expect(multi.cursorRow == 1)
        #expect(multi.cursorColumn == 0)
        let single = applying(.insertNewline, to: buffer("abcd", cursor: 2))
        #expect(single.text == "abcd")
        #expect(single.cursor == 2)
    }

    @Test func aCombiningMarkTypedAfterALetterJoinsIt() {
        let result = applying(.insert("e"), .insert("\u{301}"), .insert("x"), to: TextBuffer())
        #expect(result.text == "e\u{301}x")
        #expect(result.text.count == 2)
        #expect(result.cursor == 2)
    }

    @Test func aBracketedPasteOfEmojiAndCJKCountsGraphemes() {
        let result = applying(.insert("👩‍👩‍👧 東京 🇯🇵"), to: TextBuffer())
        #expect(result.cursor == 6)
        #expect(result.cursorDisplayColumn == 10)
    }
}

@Suite("TextBuffer: moving the cursor")
struct TextBufferMovementTests {
    @Test func leftAndRightStopAtTheEnds() {
        var text = buffer("ab", cursor: 0)
        text.moveLeft()
        #expect(text.cursor == 0)
        text.moveRight()
        text.moveRight()
        text.moveRight()
        #expect(text.cursor == 2)
    }

    @Test func leftAndRightStepOverWholeGraphemes() {
        // family emoji (ZWJ sequence), flag, e + combining acute, CJK
        let text = "👩‍👩‍👧🇫🇷e\u{301}東"
        var editor = TextBuffer(text)
        #expect(editor.cursor == 4)
        editor.moveLeft()
        #expect(editor.cursorDisplayColumn == 5)
        editor.moveLeft()
        #expect(editor.cursorDisplayColumn == 4)
        editor.moveLeft()
        #expect(editor.cursorDisplayColumn == 2)
        editor.moveLeft()
        #expect(editor.cursor == 0)
        editor.moveRight()
        #expect(editor.cursorDisplayColumn == 2)
    }

    @Test func wordMovesTreatPunctuationAndSpacesAsSeparators() {
        var text = TextBuffer("foo.bar  baz_9x")
        text.moveWordLeft()
        #expect(text.cursor == 13)  // "9x" after "_"
        text.moveWordLeft()
        #expect(text.cursor == 9)  // "baz"
        text.moveWordLeft()
        #expect(text.cursor == 4)  // "bar"
        text.moveWordLeft()
        #expect(text.cursor == 0)
        text.moveWordLeft()
        #expect(text.cursor == 0)
        text.moveWordRight()
        #expect(text.cursor == 3)  // end of "foo"
        text.moveWordRight()
        #expect(text.cursor == 7)  // end of "bar"
        text.moveWordRight()
        text.moveWordRight()
        text.moveWordRight()
        #expect(text.cursor == 15)
    }

    @Test func wordsIncludeCJKAndAccentedLetters() {
        var text = TextBuffer("café 東京都, ok")
        text.moveWordLeft()
        text.moveWordLeft()
        #expect(text.cursor == 5)
        text.moveWordLeft()
        #expect(text.cursor == 0)
    }

    @Test func lineStartAndEndStayOnTheCurrentLine() {
        var text = buffer("one\ntwo\nthree", cursor: 5, multiline: true)
        text.moveToLineStart()
        #expect(text.cursor == 4)
        text.moveToLineEnd()
        #expect(text.cursor == 7)
        #expect(text.cursorRow == 1)
        #expect(text.cursorColumn == 3)
    }

    @Test func upAndDownKeepTheColumn() {
        var text = buffer("abcdef\nxyzuvw", cursor: 3, multiline: true)
        text.moveDown()
        #expect(text.cursorRow == 1)
        #expect(text.cursorColumn == 3)
        text.moveUp()
        #expect(text.cursor == 3)
    }

    @Test func upAndDownClampToShortLinesAndRememberTheGoalColumn() {
        var text = buffer("abcdef\nxy\nlonger line", cursor: 5, multiline: true)
        text.moveDown()
        #expect(text.cursorRow == 1)
        #expect(text.cursorColumn == 2)
        text.moveDown()
        #expect(text.cursorRow == 2)
        #expect(text.cursorColumn == 5)
    }

    @Test func upAndDownKeepTheDisplayColumnAcrossWideCharacters() {
        var text = buffer("東京abc\nabcdef", cursor: 2, multiline: true)
        #expect(text.cursorDisplayColumn == 4)
        text.moveDown()
        #expect(text.cursorColumn == 4)
        text.moveToLineStart()
        text.moveRight()
        text.moveRight()
        text.moveRight()  // display column 3: inside 京 above
        text.moveUp()
        #expect(text.cursorColumn == 1)
        #expect(text.cursorDisplayColumn == 2)
    }

    @Test func upOnTheFirstLineAndDownOnTheLastDoNothing() {
        var text = buffer("ab\ncd", cursor: 1, multiline: true)
        text.moveUp()
        #expect(text.cursor == 1)
        text.moveDown()
        text.moveDown()
        #expect(text.cursor == 4)
    }

    @Test func upAndDownDoNothingInASingleLineBuffer() {
        var text = buffer("abc", cursor: 1)
        text.moveUp()
        text.moveDown()
        #expect(text.cursor == 1)
    }
}

@Suite("TextBuffer: deleting")
struct TextBufferDeleteTests {
    @Test func backwardAndForwardDeleteOneGrapheme() {
        var text = buffer("a👩‍👩‍👧e\u{301}b", cursor: 2)
        text.deleteBackward()
        #expect(text.text == "ae\u{301}b")
        #expect(text.cursor == 1)
        text.deleteForward()
        #expect(text.text == "ab")
        #expect(text.cursor == 1)
    }

    @Test func deletingAtTheEndsDoesNothing() {
        var start = buffer("ab", cursor: 0)
        start.deleteBackward()
        #expect(start.text == "ab")
        var end = TextBuffer("ab")
        end.deleteForward()
        #expect(end.text == "ab")
    }

    @Test func backspaceAtALineStartJoinsTheLines() {
        let result = applying(.deleteBackward, to: buffer("ab\ncd", cursor: 3, multiline: true))
        #expect(result.lines == ["abcd"])
        #expect(result.cursor == 2)
    }

    @Test func deleteWordBackwardRemovesTheWordAndTheSeparatorsAfterIt() {
        let result = applying(.deleteWordBackward, to: buffer("hello, world", cursor: 7))
        #expect(result.text == "world")
        #expect(result.cursor == 0)
        let inWord = applying(.deleteWordBackward, to: TextBuffer("grilled peach"))
        #expect(inWord.text == "grilled ")
    }

    @Test func deleteWordForwardRemovesToTheWordsEnd() {
        let result = applying(.deleteWordForward, to: buffer("grilled peach salad", cursor: 7))
        #expect(result.text == "grilled salad")
        #expect(result.cursor == 7)
    }

    @Test func deleteToLineStartAndEndStayOnTheLine() {
        let start = buffer("one\ntwo three\nfour", cursor: 8, multiline: true)
        let toStart = applying(.deleteToLineStart, to: start)
        #expect(toStart.lines == ["one", "three", "four"])
        #expect(toStart.cursor == 4)
        let toEnd = applying(.deleteToLineEnd, to: start)
        #expect(toEnd.lines == ["one", "two ", "four"])
        #expect(toEnd.cursor == 8)
    }

    @Test func deleteToLineEndAtTheEndOfALineJoinsTheNext() {
        let result = applying(.deleteToLineEnd, to: buffer("ab\ncd", cursor: 2, multiline: true))
        #expect(result.text == "abcd")
        let atEnd = applying(.deleteToLineEnd, to: TextBuffer("ab\ncd", isMultiline: true))
        #expect(atEnd.text == "ab\ncd")
    }
}

@Suite("TextBuffer: what a view draws")
struct TextBufferDisplayTests {
    @Test func anEmptyBufferHasOneEmptyLine() {
        let text = TextBuffer(isMultiline: true)
        #expect(text.lines == [""])
        #expect(text.cursorRow == 0)
        #expect(text.cursorColumn == 0)
        #expect(text.cursorDisplayColumn == 0)
        #expect(text.isEmpty)
    }

    @Test func aTrailingNewlineMakesAnEmptyLastLine() {
        let text = applying(.insertNewline, to: TextBuffer("ab", isMultiline: true))
        #expect(text.lines == ["ab", ""])
        #expect(text.cursorRow == 1)
        #expect(text.cursorColumn == 0)
    }

    @Test func displayColumnsCountWideCharactersTwice() {
        let text = buffer("ab\n東京x", cursor: 5, multiline: true)
        #expect(text.cursorRow == 1)
        #expect(text.cursorColumn == 2)
        #expect(text.cursorDisplayColumn == 4)
    }
}
