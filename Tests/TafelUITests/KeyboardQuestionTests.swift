// The demo board's question who is at the keyboard: it covers every pane (no
// family is shown before it is known who looks), a number takes that person
// and asks the loop to record as them, Enter or Esc keeps the first, q quits.

import TafelCore
import TafelScreen
import Testing

@testable import TafelUI

@Suite("who is at the keyboard")
struct KeyboardQuestionTests {
  static let choices = [
    KeyboardChoice(id: "lkamphuis", name: "Linda Kamphuis", role: "chair"),
    KeyboardChoice(id: "ehendriks", name: "Esther Hendriks", role: "secretary"),
    KeyboardChoice(id: "tverhoef", name: "Thijs Verhoef", role: "Child Protection Board"),
  ]

  static func app(_ language: Language = .en) -> BoardApp {
    BoardApp(
      data: BoardFixture.data(meeting: BoardFixture.meeting, summaries: true),
      options: BoardOptions(
        language: language, user: "Linda Kamphuis", recordingAs: "Linda Kamphuis, chair",
        keyboardChoices: choices))
  }

  @Test("the question at 80×24 in English and Dutch, no family behind it")
  func screens() {
    for language in Language.allCases {
      let app = KeyboardQuestionTests.app(language)
      #expect(app.asksWhoIsAtKeyboard)
      let grid = app.render(width: 80, height: 24)
      Golden.check(grid, "keyboard-\(language.rawValue)-80x24")
      let family = BoardFixture.data(meeting: BoardFixture.meeting, summaries: true).families
        .values.first!.name
      #expect(!grid.lines.joined().contains(family))
    }
  }

  @Test("a number takes that person; Enter keeps the first; q quits")
  func answers() {
    let app = KeyboardQuestionTests.app()
    #expect(app.handle(.character("7")).isEmpty)
    #expect(app.asksWhoIsAtKeyboard)
    let requests = app.handle(.character("2"))
    #expect(requests.contains { if case .recordAs("ehendriks") = $0 { true } else { false } })
    #expect(!app.asksWhoIsAtKeyboard)
    _ = app.apply(.recording(user: "Esther Hendriks", recordingAs: "Esther Hendriks, secretary"))
    #expect(app.render(width: 120, height: 40).lines[0].contains("Esther Hendriks, secretary"))
    #expect(app.context.user == "Esther Hendriks")

    let kept = KeyboardQuestionTests.app()
    #expect(kept.handle(.enter).isEmpty)
    #expect(!kept.asksWhoIsAtKeyboard)
    let quitting = KeyboardQuestionTests.app()
    #expect(
      quitting.handle(.character("q")).contains { if case .quit = $0 { true } else { false } })
  }
}
