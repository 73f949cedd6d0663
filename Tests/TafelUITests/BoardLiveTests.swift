// Changes on disk arrive as events: the board shows them at once and keeps
// what was selected and how far each pane was scrolled.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite("Board live updates")
struct BoardLiveTests {
  @Test("a new decision shows, and the selected decision stays selected")
  func newDecision() {
    let app = BoardFixture.app()
    _ = app.render(width: 120, height: 40)
    for _ in 0..<4 { _ = app.handle(.tab) }
    #expect(app.focus == .decisions)
    for _ in 0..<4 { _ = app.handle(.down) }
    #expect(app.selectedDecisionID == "FV-2026-0001-D001")
    var family = BoardFixture.ozturk
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D003", family: family.id, time: Timestamp("2026-11-30T08:40:00Z")!,
        outcome: .investigation, rationale: "Nieuwe zorgen.", recordedBy: "secretaris"))
    _ = app.apply(.familyChanged(family))
    #expect(app.selectedDecisionID == "FV-2026-0001-D001")
    #expect(app.focus == .decisions)
    #expect(app.selectedFamilyID == "FV-2026-0001")
    let lines = app.render(width: 120, height: 40).lines
    #expect(lines.contains { $0.contains("D003 Request RvdK") }, "\(lines.joined(separator: "\n"))")
  }

  @Test("a meeting change keeps the selected family even when rows move")
  func meetingChange() {
    let app = BoardFixture.app()
    _ = app.handle(.down)
    _ = app.handle(.down)
    #expect(app.selectedFamilyID == "FV-2026-0003")
    var meeting = BoardFixture.meeting
    meeting.items.insert(AgendaItem(family: "FV-2026-0005", start: "08:30"), at: 0)
    meeting.items.removeLast(2)
    meeting.items[1].status = .decided
    _ = app.apply(.meetingChanged(meeting))
    #expect(app.selectedFamilyID == "FV-2026-0003")
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("✓ Familie Öztürk"))
  }

  @Test("a change to another family leaves the screen's selection alone")
  func otherFamily() {
    let app = BoardFixture.app()
    _ = app.handle(.tab)
    // Past the directors, safety and consent rows to the first concern.
    for _ in 0..<4 { _ = app.handle(.down) }
    var family = BoardFixture.chen
    family.plan.concerns.append("Nieuwe zorg")
    _ = app.apply(.familyChanged(family))
    #expect(app.focus == .plan)
    #expect(app.selectedFamilyID == "FV-2026-0001")
    #expect(app.render(width: 120, height: 40).text.contains("▸•"))
  }

  @Test("saved and refused show in the footer")
  func notices() {
    let app = BoardFixture.app()
    _ = app.apply(.saved("FV-2026-0001-D003"))
    #expect(app.render(width: 120, height: 40).lines.last!.contains("Saved D003"))
    _ = app.handle(.down)
    _ = app.apply(.refused("families/FV-2026-0002.json changed on disk; try again"))
    #expect(app.render(width: 120, height: 40).lines.last!.contains("changed on disk"))
  }

  @Test("a family file that breaks: the last version stays, marked, until the file reads again")
  func brokenFileIsMarkedUntilFixed() {
    let app = BoardFixture.app()
    let problem = "/store/families/FV-2026-0001.json:1:33: unexpected end of file"
    _ = app.apply(.familyUnreadable(id: "FV-2026-0001", problem: problem))
    for size in [(80, 24), (120, 40), (200, 60)] {
      let text = app.render(width: size.0, height: size.1).text
      #expect(text.contains("The file cannot be read"), "\(size)")
      #expect(text.contains("Family plan · Familie Öztürk"), "\(size)")
    }
    _ = app.handle(.down)
    _ = app.handle(.up)  // a key clears the notice line, not the mark
    let after = app.paneWords(.signals, width: 120, height: 40)
    #expect(
      after.contains("The file cannot be read; the board shows what it read before."), "\(after)")
    // The path is one long word: it may be broken at the pane's edge.
    #expect(after.contains("FV-2026-0001.json") && after.contains("1:33"))
    _ = app.apply(.familyChanged(BoardFixture.ozturk))
    #expect(!app.render(width: 120, height: 40).text.contains("cannot be read"))
  }

  @Test("an agenda family that cannot be read at all says so, and selecting it tries again")
  func unreadableFromTheStart() {
    let app = BoardFixture.app()
    var requests: [Request] = []
    for _ in 0..<5 { requests += app.handle(.down) }
    #expect(app.selectedFamilyID == "FV-2026-0006")
    #expect(requests.contains(.loadFamily("FV-2026-0006")))
    _ = app.apply(
      .familyUnreadable(id: "FV-2026-0006", problem: "/store/families/FV-2026-0006.json: not UTF-8")
    )
    #expect(
      app.paneWords(.plan, width: 120, height: 40).contains(
        "The file cannot be read; nothing of this family can be shown."))
    _ = app.handle(.up)
    #expect(app.handle(.down).contains(.loadFamily("FV-2026-0006")))
  }

  @Test("a notice longer than the footer ends in an ellipsis, not mid-word")
  func longNoticeEndsInEllipsis() {
    let app = BoardFixture.app()
    let long =
      "/a/long/path/to/a/store/families/FV-2026-0001.json:1:33: "
      + "unexpected end of file, expected a value (the file is cut short)"
    _ = app.apply(.refused(long))
    let footer = app.render(width: 80, height: 24).lines.last ?? ""
    #expect(footer.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(footer)")
  }

  @Test("the decision log shows the whole rationale, every paragraph")
  func wholeRationale() {
    let app = BoardFixture.app()
    var family = BoardFixture.ozturk
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D003", family: family.id, time: Timestamp("2026-11-30T08:40:00Z")!,
        outcome: .investigation,
        rationale:
          "Ondanks hulp blijven de zorgen.\n\nDe tafel vraagt de Raad een onderzoek te starten.",
        recordedBy: "secretaris"))
    _ = app.apply(.familyChanged(family))
    let words = app.paneWords(.decisions, width: 200, height: 60)
    #expect(words.contains("Ondanks hulp blijven de zorgen."), "\(words)")
    #expect(words.contains("De tafel vraagt de Raad een onderzoek te starten."), "\(words)")
  }
}
