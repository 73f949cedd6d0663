// Reading a decision back at the table: `r` shows the latest (or selected)
// decision large and plain, with the agreements' owners by name.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite struct ReadBackOverlayTests {

  @Test func rShowsTheDecisionWithWhoAndByWhen() {
    let app = MeetingFlowFixture.app()
    _ = app.handle(.character("r"))
    #expect(app.openOverlays.last is ReadBackOverlay)
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("RvdK investigation postponed with agreements (drang)"))
    #expect(text.contains("Wekelijks huisbezoek"))
    #expect(text.contains("→ Tom Hoekstra (GI), by 2026-12-01"))
    #expect(text.contains("Corrects FV-2026-0001-D001"))
    Golden.check(app.render(width: 120, height: 40), "meeting-read-back-en-120x40")
    _ = app.handle(.escape)
    #expect(app.openOverlays.isEmpty)
  }

  @Test func readBackAfterSavingShowsTheNewDecision() {
    let app = MeetingFlowFixture.app()
    _ = app.handle(.character("d"))
    let form = app.openOverlays.last as! DecisionFormOverlay
    _ = "3".map { app.handle(.character($0)) }
    _ = app.handle(.tab)
    _ = "Zorgen blijven.".map { app.handle(.character($0)) }
    _ = app.handle(.tab)
    _ = app.handle(.tab)
    _ = app.handle(.tab)
    _ = "Zoë is gehoord.".map { app.handle(.character($0)) }
    _ = app.handle(.control("s"))  // read back first
    let requests = app.handle(.control("s"))
    guard case .saveDecision(let id, let draft) = requests.last else {
      Issue.record("no save: \(requests)")
      return
    }
    // The loop records it and sends the family back, then the answer.
    var family = MeetingFlowFixture.ozturk
    let decision = try! family.record(
      draft, time: BoardFixture.now, today: BoardFixture.today, by: "test")
    _ = app.apply(.familyChanged(family))
    _ = app.apply(.saved(decision.id))
    #expect(id == family.id)
    #expect(form.phase == .saved("FV-2026-0001-D003"))
    _ = app.handle(.character("r"))
    let shown = app.openOverlays.last as? ReadBackOverlay
    #expect(shown?.decisionID == "FV-2026-0001-D003")
    #expect(app.render(width: 120, height: 40).text.contains("Zorgen blijven."))
  }

  @Test func theTablesRequestIsReadBackWithTheRvdKsDecision() throws {
    var family = BoardFixture.ozturk
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D003", family: family.id, meeting: "JBT-2026-11-30",
        time: Timestamp("2026-11-30T08:30:00Z")!, outcome: .investigation,
        rationale: "Zorgen blijven.", recordedBy: "secretaris", supersedes: "FV-2026-0001-D002"))
    var data = BoardFixture.data()
    data.families[family.id] = family
    let waiting = BoardApp(
      data: data, options: BoardOptions(language: .en, privateMode: false, mouse: true, user: "t"))
    _ = waiting.handle(.character("r"))
    #expect(waiting.render(width: 120, height: 40).text.contains("none recorded yet."))
    try family.recordRvdK(
      accepted: true, on: BoardFixture.today,
      decision: RvdKDecision(by: "Anna de Wit", expert: "Bert Smit"), organisation: "rvdk")
    data.families[family.id] = family
    let app = BoardApp(
      data: data, options: BoardOptions(language: .en, privateMode: false, mouse: true, user: "t"))
    _ = app.handle(.character("r"))
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("THE RVDK'S DECISION") || text.contains("The RvdK's decision"), "\(text)")
    #expect(
      text.contains(
        "30 November 2026: the RvdK investigates, decided by Anna de Wit with behavioural expert"),
      "\(text)")
  }
}
