// Keys through the board's state machine, as the chair would press them, and
// what the screen shows afterwards.

import TafelCore
import TafelScreen
import Testing

@testable import TafelUI

@Suite("Board navigation")
struct BoardNavigationTests {
  private func screen(_ app: BoardApp, _ width: Int = 120, _ height: Int = 40) -> String {
    app.render(width: width, height: height).text
  }

  @Test("the case in progress is selected at the start, and its plan shows")
  func start() {
    let app = BoardFixture.app()
    #expect(app.selectedFamilyID == "FV-2026-0001")
    #expect(app.focus == .agenda)
    #expect(screen(app).contains("Family plan · Familie Öztürk"))
  }

  @Test("Tab and Shift-Tab go round every pane")
  func tabCycle() {
    let app = BoardFixture.app()
    var seen: [PaneID] = []
    for _ in PaneID.allCases {
      _ = app.handle(.tab)
      seen.append(app.focus)
    }
    #expect(Set(seen) == Set(PaneID.allCases))
    #expect(app.focus == .agenda)
    _ = app.handle(.backTab)
    #expect(app.focus == .signals)
  }

  @Test("down and j select the next family; the panes follow")
  func agendaDown() {
    let app = BoardFixture.app()
    _ = app.render(width: 120, height: 40)
    #expect(app.handle(.down) == [])
    #expect(app.selectedFamilyID == "FV-2026-0002")
    #expect(screen(app).contains("Family plan · Familie de Vries"))
    _ = app.handle(.character("j"))
    #expect(app.selectedFamilyID == "FV-2026-0003")
    _ = app.handle(.character("k"))
    #expect(app.selectedFamilyID == "FV-2026-0002")
    _ = app.handle(.home)
    #expect(app.selectedFamilyID == "FV-2026-0001")
  }

  @Test("a family that is not loaded is asked for once, and shows when it arrives")
  func loadFamily() {
    let app = BoardFixture.app()
    _ = app.render(width: 120, height: 40)
    #expect(app.handle(.end) == [.loadFamily("FV-2026-0006")])
    #expect(screen(app).contains("Loading FV-2026-0006…"))
    #expect(app.handle(.up) == [])
    #expect(app.handle(.down) == [])
    _ = app.apply(
      .familyChanged(Family(id: "FV-2026-0006", name: "Familie Jansen", municipality: "Ede")))
    #expect(screen(app).contains("Family plan · Familie Jansen"))
  }

  @Test("Enter opens the focused pane full screen and Esc returns")
  func fullScreen() {
    let app = BoardFixture.app()
    _ = app.handle(.tab)
    _ = app.handle(.enter)
    #expect(app.fullScreen == .plan)
    let full = screen(app, 80, 24)
    #expect(full.contains("▶ Family plan · Familie Öztürk"))
    #expect(!full.contains("Agenda"))
    _ = app.handle(.escape)
    #expect(app.fullScreen == nil)
    #expect(screen(app, 80, 24).contains("Agenda"))
  }

  @Test("l and h move focus to the pane beside")
  func sideways() {
    let app = BoardFixture.app()
    _ = app.render(width: 120, height: 40)
    _ = app.handle(.character("l"))
    #expect(app.focus == .plan)
    _ = app.handle(.right)
    #expect(app.focus == .involved)
    _ = app.handle(.character("h"))
    #expect(app.focus == .plan)
  }

  @Test("a long pane scrolls on its own and shows where it is")
  func scrolling() {
    let app = BoardFixture.app()
    _ = app.render(width: 80, height: 24)
    _ = app.handle(.tab)
    let before = screen(app, 80, 24)
    // Twelve rows: the directors, nobody holding safety, consent per person,
    // concerns, goals and actions.
    #expect(before.contains("1/12 ↓"))
    // A page is the pane's rows less one; the pane's height follows what it holds.
    let page = max(1, app.layout!.panes[.plan]!.height - 2)
    // Where the family's name leaves no room for the count, the title keeps
    // the arrows only; the selection is where the keys put it.
    _ = app.handle(.pageDown)
    #expect(app.lists[.plan]?.selected == page)
    #expect(screen(app, 80, 24).contains("↓"), "\(screen(app, 80, 24))")
    _ = app.handle(.pageDown)
    #expect(app.lists[.plan]?.selected == min(11, 2 * page))
    #expect(screen(app, 80, 24).contains("↑"))
    _ = app.handle(.end)
    #expect(app.lists[.plan]?.selected == 11)
    #expect(screen(app, 80, 24).contains("Family plan · Familie Öztürk"))
    // The agenda did not move.
    #expect(app.selectedFamilyID == "FV-2026-0001")
  }

  @Test("a click selects the pane and the row under it")
  func mouse() {
    let app = BoardFixture.app()
    let grid = app.render(width: 120, height: 40)
    let row = grid.lines.firstIndex { $0.contains("Familie 陈") }!
    _ = app.handle(.mouse(x: 10, y: row))
    #expect(app.selectedFamilyID == "FV-2026-0003")
    let decisions = app.render(width: 120, height: 40).lines.firstIndex {
      $0.contains("Decision log")
    }!
    _ = app.handle(.mouse(x: 100, y: decisions + 1))
    #expect(app.focus == .decisions)
  }

  @Test("q quits at once when nothing is unsaved")
  func quit() {
    let app = BoardFixture.app()
    #expect(!app.hasUnsavedWork)
    #expect(app.handle(.character("q")) == [.quit])
  }

  @Test("q asks first when something is unsaved; n keeps the board, y quits")
  func quitUnsaved() {
    let app = BoardFixture.app()
    app.open(UnsavedOverlay())
    #expect(app.hasUnsavedWork)
    #expect(app.handle(.character("q")) == [])
    #expect(screen(app).contains("Something is not saved. Quit anyway?"))
    #expect(app.handle(.character("n")) == [])
    #expect(!screen(app).contains("Quit anyway?"))
    #expect(app.handle(.character("q")) == [])
    #expect(app.handle(.character("y")) == [.quit])
  }

  @Test("Ctrl-L asks for a full redraw")
  func redraw() {
    #expect(BoardFixture.app().handle(.control("l")) == [.redraw])
  }

  @Test("s starts and a adjourns the selected case")
  func meetingRequests() {
    let app = BoardFixture.app()
    _ = app.handle(.down)
    // FV-2026-0001 is at the table: starting another asks what becomes of it.
    #expect(app.handle(.character("s")) == [])
    let question = app.render(width: 120, height: 40).text
    #expect(question.contains("is at the table (42 min). Start"), "\(question)")
    #expect(question.contains("y = pause it and start, n = no · f = finish it"), "\(question)")
    #expect(
      app.handle(.character("y")) == [
        .startCase(meetingID: "JBT-2026-11-30", familyID: "FV-2026-0002")
      ])
    _ = app.handle(.character("s"))
    #expect(
      app.handle(.character("f")) == [
        .finishCase(meetingID: "JBT-2026-11-30", familyID: "FV-2026-0001"),
        .startCase(meetingID: "JBT-2026-11-30", familyID: "FV-2026-0002"),
      ])
    _ = app.handle(.character("s"))
    #expect(app.handle(.character("n")) == [])
    #expect(app.openOverlays.isEmpty)
    #expect(app.handle(.character("a")) == [])  // asks why first
    #expect(app.openOverlays.last is AdjournOverlay)
    _ = app.handle(.escape)
    #expect(app.openOverlays.isEmpty)
    _ = app.handle(.character("n"))
    #expect(app.selectedFamilyID == "FV-2026-0003")
    _ = app.handle(.character("N"))
    #expect(app.selectedFamilyID == "FV-2026-0002")
  }

  @Test("? shows every key of the action table, Esc closes it")
  func help() {
    let app = BoardFixture.app()
    _ = app.handle(.character("?"))
    let text = screen(app, 200, 60)
    #expect(text.contains("Keys"))
    #expect(text.contains("Find families by name or id as you type"))
    _ = app.handle(.end)
    #expect(screen(app, 200, 60).contains("signal: direction"))
    _ = app.handle(.escape)
    #expect(!screen(app).contains("Find families by name"))
  }

  @Test("the help fits 120 columns in both languages: no description cut")
  func helpFits120() {
    for language in [Language.en, .nl] {
      let app = BoardFixture.app(language: language)
      _ = app.handle(.character("?"))
      var seen = Set<String>()
      for _ in 0..<12 {
        for line in app.render(width: 120, height: 40).lines.dropFirst(2).dropLast(2) {
          #expect(!line.contains("…"), "\(language): \(line)")
          seen.insert(line)
        }
        _ = app.handle(.pageDown)
      }
      // The filter's long description ends on a row of its own, not in "…".
      let last = language.pick("files", "dossier")
      #expect(
        seen.contains {
          $0.contains(last) && $0.range(of: #"│ {20}\S"#, options: .regularExpression) != nil
        },
        "\(language): \(seen.filter { $0.contains(last) })")
    }
  }

  @Test("a closed meeting's footer offers no key it would refuse")
  func closedFooter() {
    var data = BoardFixture.data()
    data.meeting?.closedAt = Timestamp("2026-11-30T15:00:00Z")
    let app = BoardApp(data: data, options: BoardOptions(user: "test"))
    let footer = app.render(width: 200, height: 60).lines.last ?? ""
    for refused in ["s start", "d decide", "A present", "a adjourn", "X close"] {
      #expect(!footer.contains(refused), "\(refused): \(footer)")
    }
    #expect(footer.contains("c correct"), "\(footer)")
  }

  @Test("the footer offers the keys of where the focus is")
  func footer() {
    let app = BoardFixture.app()
    let board = app.render(width: 120, height: 40).lines.last!
    #expect(board.contains("? help"))
    #expect(board.contains("d decide"))
    // The meeting's keys, in the order a case goes, and quit at the end.
    for key in ["s start", "A present", "v request", "a adjourn", "n next"] {
      #expect(board.contains(key), "\(key): \(board)")
    }
    #expect(board.trimmingCharacters(in: .whitespaces).hasSuffix("q quit"), "\(board)")
    // At 80 columns, fewer, but quit still shown.
    let narrow = app.render(width: 80, height: 24).lines.last!
    #expect(narrow.trimmingCharacters(in: .whitespaces).hasSuffix("q quit"), "\(narrow)")
    _ = app.handle(.tab)
    _ = app.handle(.enter)
    let full = app.render(width: 120, height: 40).lines.last!
    #expect(full.contains("Esc back"))
    // The plan pane, full screen: `e` edits it, and quit stays at the end.
    #expect(full.contains("e edit"))
    #expect(
      full.hasSuffix("q quit  ") || full.trimmingCharacters(in: .whitespaces).hasSuffix("q quit"))
    _ = app.handle(.character("/"))
    #expect(app.render(width: 120, height: 40).lines.last!.contains("Esc cancel"))
  }

  @Test("the header shows the clock and the case's elapsed and planned minutes")
  func header() {
    let app = BoardFixture.app()
    let header = app.render(width: 120, height: 40).lines[0]
    #expect(header.contains("Foodvalley"))
    #expect(header.contains("JBT 2026-11-30"))
    #expect(header.contains("chair J. de Boer"))
    #expect(header.contains("09:47"))
    #expect(header.contains("42/60 min"))
    _ = app.apply(.tick(Timestamp("2026-11-30T09:10:00Z")!))
    let later = app.render(width: 120, height: 40).lines[0]
    #expect(later.contains("10:10"))
    #expect(later.contains("65/60 min ! over time"))
  }

  @Test("Dutch throughout, domain abbreviations unchanged")
  func dutch() {
    let app = BoardFixture.app(language: .nl)
    let text = screen(app)
    #expect(text.contains("Gezinsplan"))
    #expect(text.contains("Betrokken professionals"))
    #expect(text.contains("Risicotaxaties"))
    #expect(text.contains("Besluitenlog"))
    #expect(text.contains("Signalen"))
    #expect(text.contains("voorzitter"))
    #expect(text.contains("OTS"))
    #expect(!text.contains("Family plan"))
  }
}

/// An overlay holding typed text, as a decision form would.
final class UnsavedOverlay: Overlay {
  var actionContext: ActionContext { .form }
  var hasUnsavedWork: Bool { true }
  func handle(_ key: Key, context: BoardContext) -> OverlayResult { .pass }
  func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {}
}

@Suite("Board resizing")
struct BoardResizeTests {
  @Test("too small and back: the board returns as it was")
  func smallAndBack() {
    let app = BoardFixture.app()
    _ = app.handle(.down)
    _ = app.handle(.tab)
    let before = app.render(width: 120, height: 40).text
    #expect(app.handle(.resize) == [])
    let small = app.render(width: 60, height: 20)
    #expect(small.text.contains("at least 80×24"))
    // A key pressed while the board cannot be seen does nothing.
    _ = app.handle(.down)
    #expect(app.render(width: 120, height: 40).text == before)
    _ = app.handle(.down)
    #expect(app.render(width: 120, height: 40).text != before)
    _ = app.handle(.up)
    #expect(app.render(width: 120, height: 40).text == before)
    #expect(app.selectedFamilyID == "FV-2026-0002")
  }

  @Test("any size from 1×1 up draws without a crash")
  func anySize() {
    let app = BoardFixture.app()
    for width in [0, 1, 2, 10, 79, 80, 81, 150, 400] {
      for height in [0, 1, 3, 23, 24, 25, 80] {
        let grid = app.render(width: width, height: height)
        #expect(grid.width == width && grid.height == height)
      }
    }
  }

  @Test("every overlay draws at any size: whole at 80×24 and up, the size asked for below")
  func overlaysAtAnySize() {
    let titles: [Character: String] = [
      "?": "Keys", "/": "Filter", "d": "Decision — Familie Öztürk", "A": "Present — Familie Öztürk",
      "v": "Request for discussion", "t": "History — Familie Öztürk", "r": "Read back",
    ]
    for (key, title) in titles.sorted(by: { $0.key < $1.key }) {
      let app = MeetingFlowFixture.app()
      _ = app.handle(.character(key))
      if key == "d" {
        for character in "2\tDaniëlle 陈美玲 wil thuis blijven wonen." {
          _ = app.handle(character == "\t" ? .tab : .character(character))
        }
      }
      for width in [0, 1, 2, 10, 40, 79, 80, 81, 150, 400] {
        for height in [0, 1, 3, 10, 23, 24, 25, 80] {
          let grid = app.render(width: width, height: height)
          let text = grid.text
          if width >= 80 && height >= 24 {
            // The overlay is still open, its title shows, and its frame lies inside the screen.
            #expect(text.contains(title), "\(key) at \(width)×\(height):\n\(text)")
            let frame = app.openOverlays.last?.frame(in: grid.bounds)
            #expect(frame.map { $0.maxX <= width && $0.maxY <= height } == true)
          } else if width >= 20 && height >= 3 {
            // Below 80×24: what to do, with the size now, read whole.
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("at least 80×24"), "\(width)×\(height):\n\(text)")
            #expect(words.contains("(now \(width)×\(height))"), "\(width)×\(height):\n\(text)")
          }
          for move in [Key.down, .pageDown, .end, .up, .home] { _ = app.handle(move) }
        }
      }
      #expect(app.render(width: 120, height: 40).text.contains(title), "\(key) came back")
    }
  }

  @Test("below 80×24 the size now is always read whole, and keys typed then do nothing")
  func tooSmallKeepsTheSizeAndIgnoresKeys() {
    let app = MeetingFlowFixture.app()
    for width in [12, 14, 17, 20, 40, 79] {
      for height in [1, 2, 3, 4, 5, 12, 23] {
        let text = app.render(width: width, height: height).text
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("\(width)×\(height)"), "\(width)×\(height):\n\(text)")
      }
    }
    _ = app.render(width: 120, height: 40)
    _ = app.handle(.character("d"))
    let form = app.openOverlays.last as? DecisionFormOverlay
    #expect(form != nil)
    _ = app.render(width: 40, height: 12)
    for key in [Key.character("X"), .character("2"), .escape, .tab] { _ = app.handle(key) }
    _ = app.render(width: 120, height: 40)
    #expect(form?.form.rationale.text == "")
    #expect(form?.form.outcome == nil)
    #expect(app.openOverlays.last === form, "the form is still open, no question asked")
  }
}
