// The text field as the chair uses it: typing Dutch and CJK, pasting several
// lines, deleting both ways, and a cursor that steps over whole graphemes and
// stands where the terminal should show it after wrapping.

import TafelCore
import TafelScreen
import Testing

@testable import TafelUI

@Suite struct TextFieldTests {
  private func typed(_ text: String, width: Int = 20, multiline: Bool = true) -> TextField {
    var field = TextField(multiline: multiline, wrapWidth: width)
    for character in text { field.handle(.character(character)) }
    return field
  }

  @Test func typingDutchAndCJKKeepsEveryCharacter() {
    let field = typed("Één gezin, één plan — 一个家庭")
    #expect(field.text == "Één gezin, één plan — 一个家庭")
    #expect(field.column == 26)
  }

  @Test func pasteOfSeveralLinesMakesLinesAndPutsCursorAfterIt() {
    var field = typed("ab")
    field.moveLeft()
    field.handle(.paste("één\r\ntwee\ndrie"))
    #expect(field.text == "aéén\ntwee\ndrieb")
    #expect(field.line == 2)
    #expect(field.column == 4)
  }

  @Test func singleLineFieldTurnsNewlinesIntoSpacesAndIgnoresEnter() {
    var field = typed("2027-01-15", multiline: false)
    #expect(field.handle(.enter) == false)
    field.handle(.paste("\nx\ny"))
    #expect(field.text == "2027-01-15 x y")
  }

  @Test func backspaceAndDeleteRemoveWholeGraphemesAndJoinLines() {
    // "e" + combining acute is one grapheme: one Backspace removes both.
    var field = typed("cafe\u{301}")
    #expect(field.column == 4)
    field.handle(.backspace)
    #expect(field.text == "caf")
    field.handle(.enter)
    field.insert("宝宝")
    field.moveToStart()
    field.moveRight()
    field.handle(.delete)
    #expect(field.text == "cf\n宝宝")
    field.moveToEnd()
    field.handle(.left)
    field.handle(.left)
    field.handle(.backspace)
    #expect(field.text == "cf宝宝")
    #expect(field.line == 0 && field.column == 2)
    field.moveEnd()
    field.handle(.delete)
    #expect(field.text == "cf宝宝")
  }

  @Test func combiningMarkTypedAfterLetterJoinsIt() {
    var field = typed("e")
    field.handle(.character("\u{301}"))
    #expect(field.lines == [["e\u{301}"]])
    #expect(field.column == 1)
    #expect(field.cursorPosition() == Position(x: 1, y: 0))
  }

  @Test func wrapsAtSpacesByDisplayWidth() {
    var field = TextField("de ouders willen hulp van het lokale team", wrapWidth: 12)
    #expect(field.wrappedLines() == ["de ouders ", "willen hulp ", "van het ", "lokale team"])
    field.wrapWidth = 40
    #expect(field.wrappedLines() == ["de ouders willen hulp van het lokale ", "team"])
  }

  @Test func wideCharactersNeverStraddleARowAndCountTwoColumns() {
    let field = TextField("一个家庭一个计划", wrapWidth: 5)
    #expect(field.wrappedLines() == ["一个", "家庭", "一个", "计划"])
    #expect(field.cursorPosition() == Position(x: 4, y: 3))
  }

  @Test func combiningMarksTakeNoColumn() {
    let field = TextField("e\u{301}e\u{301}e\u{301}e\u{301}", wrapWidth: 3)
    #expect(field.wrappedLines() == ["e\u{301}e\u{301}e\u{301}", "e\u{301}"])
    #expect(field.cursorPosition() == Position(x: 1, y: 1))
  }

  @Test func longWordIsBrokenInside() {
    let field = TextField("jeugdbeschermingstafel", wrapWidth: 10)
    #expect(field.wrappedLines() == ["jeugdbesch", "ermingstaf", "el"])
  }

  @Test func upAndDownKeepTheDisplayColumnAcrossWideCharacters() {
    var field = TextField("abcdef\n一个家庭\nxy", wrapWidth: 20)
    field.moveToStart()
    for _ in 0..<3 { field.moveRight() }
    #expect(field.cursorPosition() == Position(x: 3, y: 0))
    field.handle(.down)
    // Column 3 falls inside 个 (columns 2–3): the cursor stops before it.
    #expect(field.line == 1 && field.column == 1)
    #expect(field.cursorPosition() == Position(x: 2, y: 1))
    field.handle(.down)
    // "xy" is shorter: the cursor goes to its end …
    #expect(field.line == 2 && field.column == 2)
    field.handle(.up)
    field.handle(.up)
    // … and the goal column 3 comes back on the long line.
    #expect(field.line == 0 && field.column == 3)
  }

  @Test func upAndDownMoveBetweenWrappedRowsOfOneLine() {
    var field = TextField("de ouders willen hulp", wrapWidth: 10)
    #expect(field.wrappedLines() == ["de ouders ", "willen ", "hulp"])
    field.handle(.up)
    #expect(field.cursorPosition() == Position(x: 4, y: 1))
    field.handle(.up)
    #expect(field.cursorPosition() == Position(x: 4, y: 0))
    field.handle(.up)
    #expect(field.line == 0 && field.column == 0)
  }

  @Test func homeAndEndGoToTheRowThenTheLine() {
    var field = TextField("de ouders willen hulp", wrapWidth: 10)
    field.handle(.up)
    field.handle(.home)
    #expect(field.column == 10)
    field.handle(.home)
    #expect(field.column == 0)
    field.handle(.end)
    #expect(field.column == 9)
    field.handle(.end)
    #expect(field.column == 21)
  }

  @Test func cursorAfterAFullRowStandsOnTheEdge() {
    let field = TextField("abcde", wrapWidth: 5)
    #expect(field.cursorPosition() == Position(x: 5, y: 0))
  }

  @Test func controlEIsNotTheFields() {
    var field = TextField("x")
    #expect(field.handle(.control("e")) == false)
    #expect(field.handle(.tab) == false)
    #expect(field.text == "x")
  }

  @Test("a space hanging past the edge is not drawn, so the word before it stays whole")
  func visibleRowsFitTheirWidth() {
    let field = TextField("Daniëllexx Zoë 陈美玲", wrapWidth: 10)
    #expect(field.wrappedLines().first == "Daniëllexx ")
    #expect(field.visibleLines() == ["Daniëllexx", "Zoë 陈美玲"])
    #expect(field.visibleLines().allSatisfy { DisplayWidth.of($0) <= 10 })
  }
}
