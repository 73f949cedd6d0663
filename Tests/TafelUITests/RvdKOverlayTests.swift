// `K`: the board records the RvdK's decision by the rule `tafel rvdk` keeps —
// the investigator and the behavioural expert named, a rejection says why —
// and asks the main loop to record it; nothing typed is lost on a refusal.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite struct RvdKOverlayTests {
  static func app(requested: Bool = true) -> BoardApp {
    var family = BoardFixture.ozturk
    if requested {
      family.decisions.append(
        Decision(
          id: "FV-2026-0001-D003", family: family.id, meeting: "JBT-2026-11-30",
          time: Timestamp("2026-11-30T08:30:00Z")!, outcome: .investigation,
          rationale: "Zorgen blijven.", recordedBy: "secretaris",
          supersedes: "FV-2026-0001-D002"))
    }
    var data = BoardFixture.data()
    data.families[family.id] = family
    return BoardApp(
      data: data, options: BoardOptions(language: .en, privateMode: false, mouse: true, user: "t"))
  }

  func type(_ text: String, _ app: BoardApp) { for c in text { _ = app.handle(.character(c)) } }

  @Test func kAsksWhoDecidedAndWhyNotBeforeItRecords() throws {
    let app = Self.app()
    _ = app.handle(.character("K"))
    let overlay = try #require(app.openOverlays.last as? RvdKOverlay)
    #expect(overlay.request == "FV-2026-0001-D003/request")
    #expect(app.render(width: 120, height: 40).text.contains("◀ investigates ▶"))
    // Does not investigate; no names yet: refused, the cursor on the investigator.
    _ = app.handle(.right)
    #expect(!overlay.accepted)
    #expect(app.handle(.enter).isEmpty)
    #expect(overlay.focus == 2)
    #expect(app.render(width: 120, height: 40).text.contains("Name the RvdK's investigator."))
    type("Anna de Wit", app)
    _ = app.handle(.tab)
    type("Bert Smit", app)
    // A rejection without a reason is refused too, the names kept.
    #expect(app.handle(.enter).isEmpty)
    #expect(overlay.focus == 4)
    #expect(overlay.by.text == "Anna de Wit")
    type("Het netwerk is niet ingezet.", app)
    let requests = app.handle(.enter)
    #expect(
      requests == [
        .recordRvdK(
          familyID: "FV-2026-0001", request: "FV-2026-0001-D003/request", accepted: false,
          date: BoardFixture.today, by: "Anna de Wit", expert: "Bert Smit",
          text: "Het netwerk is niet ingezet.")
      ])
    #expect(app.openOverlays.isEmpty)
  }

  @Test func withoutARequestWaitingKSaysSo() {
    let app = Self.app(requested: false)
    _ = app.handle(.character("K"))
    #expect(app.openOverlays.isEmpty)
    #expect(
      app.render(width: 120, height: 40).text.contains(
        "No request for investigation waits for the RvdK's answer"))
  }

  @Test func aDayBeforeTheRequestIsRefusedInTheFormWithWhatWasTyped() throws {
    let app = Self.app()
    _ = app.handle(.character("K"))
    let overlay = try #require(app.openOverlays.last as? RvdKOverlay)
    _ = app.handle(.tab)
    for _ in 0..<10 { _ = app.handle(.backspace) }
    type("2026-11-01", app)
    _ = app.handle(.tab)
    type("Anna de Wit", app)
    _ = app.handle(.tab)
    type("Bert Smit", app)
    #expect(app.handle(.enter).isEmpty)
    #expect(app.openOverlays.last === overlay, "the form stays open")
    #expect(overlay.focus == 1)
    #expect(overlay.by.text == "Anna de Wit")
    #expect(
      app.render(width: 120, height: 40).text.contains(
        "The request was made on 2026-11-30: the RvdK decided on or after it."))
  }
}
