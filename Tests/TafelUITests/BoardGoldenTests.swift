// The board as the chair sees it, at the three sizes of the issue, compared
// with golden text files (see Golden.swift for re-recording).

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite("Board goldens")
struct BoardGoldenTests {
  @Test("80×24, 120×40 and 200×60 in English", arguments: [(80, 24), (120, 40), (200, 60)])
  func english(size: (Int, Int)) {
    let app = BoardFixture.app()
    Golden.check(app.render(width: size.0, height: size.1), "board-en-\(size.0)x\(size.1)")
  }

  @Test("120×40 in Dutch")
  func dutch() {
    let app = BoardFixture.app(language: .nl)
    Golden.check(app.render(width: 120, height: 40), "board-nl-120x40")
  }

  @Test("privacy mode at 120×40 with another family selected")
  func privacy() {
    let app = BoardFixture.app(privateMode: true)
    _ = app.handle(.down)
    Golden.check(app.render(width: 120, height: 40), "board-private-120x40")
  }

  @Test("the help overlay at 120×40")
  func help() {
    let app = BoardFixture.app()
    _ = app.handle(.character("?"))
    Golden.check(app.render(width: 120, height: 40), "help-en-120x40")
  }

  @Test("the decision log full screen at 80×24")
  func fullScreen() {
    let app = BoardFixture.app()
    _ = app.handle(.tab)
    _ = app.handle(.tab)
    _ = app.handle(.tab)
    _ = app.handle(.tab)
    _ = app.handle(.enter)
    Golden.check(app.render(width: 80, height: 24), "decisions-full-80x24")
  }

  @Test("without a meeting the agenda lists the families")
  func familyList() {
    let app = BoardFixture.app(meeting: nil)
    Golden.check(app.render(width: 120, height: 40), "families-en-120x40")
  }

  @Test("below 80×24 one centred line asks for more room, in both languages")
  func tooSmall() {
    for language in Language.allCases {
      let grid = BoardFixture.app(language: language).render(width: 60, height: 20)
      let lines = grid.lines.filter { !$0.isEmpty }
      #expect(lines.count == 1)
      #expect(lines.first?.contains("80×24") == true)
      #expect(lines.first?.contains("60×20") == true)
      #expect(grid.lines[10] == lines.first)
    }
  }
}
