// Privacy mode, for a board projected with a family in the room: only the
// family under discussion appears by name; every other family appears as its
// id and initials, in the agenda, the filter, every pane and full screen.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite("Privacy mode")
struct PrivacyTests {
  /// Every name of every family except `allowed` that appears on the screen.
  private func leaks(_ grid: CellGrid, allowed: String) -> [String] {
    let text = grid.text
    return BoardFixture.names.filter { $0.key != allowed }.flatMap { $0.value }.filter {
      text.contains($0)
    }
  }

  private static let sizes = [(80, 24), (120, 40), (200, 60)]

  @Test("no other family's name anywhere, whatever is selected or opened")
  func everywhere() {
    for size in PrivacyTests.sizes {
      let app = BoardFixture.app(privateMode: true)
      for row in 0..<6 {
        _ = app.handle(.home)
        for _ in 0..<row { _ = app.handle(.down) }
        if row == 5 {
          _ = app.apply(
            .familyChanged(Family(id: "FV-2026-0006", name: "Familie Jansen", municipality: "Ede")))
        }
        for pane in PaneID.allCases {
          #expect(leaks(app.render(width: size.0, height: size.1), allowed: "FV-2026-0001") == [])
          _ = app.handle(.enter)
          #expect(
            leaks(app.render(width: size.0, height: size.1), allowed: "FV-2026-0001") == [],
            "\(pane) full screen, row \(row)")
          _ = app.handle(.escape)
          _ = app.handle(.tab)
        }
      }
      #expect(app.render(width: size.0, height: size.1).lines[0].contains("Familie Öztürk"))
    }
  }

  @Test("the filter shows other families as id and initials")
  func filter() {
    let app = BoardFixture.app(privateMode: true)
    _ = app.handle(.character("/"))
    let all = app.render(width: 120, height: 40)
    #expect(leaks(all, allowed: "FV-2026-0001") == [])
    #expect(all.text.contains("FV-2026-0007 (ZM)"))
    for character in "mulder" { _ = app.handle(.character(character)) }
    let found = app.render(width: 120, height: 40)
    #expect(found.text.contains("FV-2026-0007"))
    #expect(leaks(found, allowed: "FV-2026-0001") == [])
  }

  @Test("without a case in progress the selected family is the one named")
  func selectedIsDiscussed() {
    var meeting = BoardFixture.meeting
    meeting.items[0].status = .waiting
    let app = BoardFixture.app(privateMode: true, meeting: meeting)
    _ = app.handle(.down)
    let grid = app.render(width: 120, height: 40)
    #expect(grid.text.contains("Familie de Vries"))
    #expect(leaks(grid, allowed: "FV-2026-0002") == [])
  }

  @Test("p toggles the mode and the header says so")
  func toggle() {
    let app = BoardFixture.app()
    _ = app.handle(.down)
    #expect(app.render(width: 120, height: 40).text.contains("Familie de Vries"))
    _ = app.handle(.character("p"))
    let grid = app.render(width: 120, height: 40)
    #expect(app.privateMode)
    #expect(grid.lines[0].contains("[PRIVACY]"))
    #expect(grid.text.contains("FV-2026-0002 (dV)"))
    #expect(!grid.text.contains("Familie de Vries"))
    _ = app.handle(.character("p"))
    #expect(!app.render(width: 120, height: 40).lines[0].contains("[PRIVACY]"))
  }

  @Test(
    "another family's form, read-back, request, attendance, timeline and editor stay shut",
    arguments: ["d", "r", "v", "A", "t", "c"] as [Character])
  func otherFamiliesStayShut(key: Character) {
    let app = BoardFixture.app(privateMode: true)  // FV-2026-0001 is in progress
    _ = app.handle(.down)  // FV-2026-0002, not under discussion
    _ = app.handle(.character(key))
    #expect(app.openOverlays.isEmpty, "\(key) opened something on another family")
    let grid = app.render(width: 120, height: 40)
    #expect(grid.text.contains("only the family under discussion can be opened, not FV-2026-0002"))
    #expect(leaks(grid, allowed: "FV-2026-0001") == [])
    _ = app.handle(.character("p"))  // privacy off: the same key opens it
    _ = app.handle(.character(key))
    #expect(!app.openOverlays.isEmpty || key == "r" || key == "c", "\(key) with privacy off")
  }

  @Test("e on another family's plan asks for no editor in privacy mode")
  func otherFamiliesAreNotEdited() {
    let app = BoardFixture.app(privateMode: true)
    _ = app.handle(.down)
    _ = app.handle(.tab)  // the plan pane
    #expect(app.handle(.character("e")).isEmpty)
    _ = app.handle(.character("p"))
    #expect(!app.handle(.character("e")).isEmpty)
  }

  @Test("the family under discussion opens as always in privacy mode")
  func discussedFamilyOpens() {
    let app = BoardFixture.app(privateMode: true)
    _ = app.handle(.character("d"))
    #expect(app.openOverlays.count == 1)
    #expect(app.render(width: 120, height: 40).text.contains("Familie Öztürk"))
  }
}
