// `v`: the request for discussion the chair opens the case from.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite struct RequestViewOverlayTests {
  @Test func vShowsWhoAsksWhyWhatWasTriedAndTheParentsReaction() {
    let app = MeetingFlowFixture.app()
    _ = app.handle(.character("v"))
    #expect(app.openOverlays.last is RequestViewOverlay)
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("Asked by Sanne Jansen (LT) on 2026-11-02 (28 days ago)"))
    #expect(text.contains("WHAT WAS TRIED"))
    #expect(text.contains("vader is niet bereikbaar"))
    #expect(text.contains("To be heard at the table (12 or older): Zoë Öztürk (14)"))
    Golden.check(app.render(width: 120, height: 40), "meeting-request-en-120x40")
  }

  @Test func aCaseCarriedOverSaysWhereFromAndWhy() {
    var data = BoardFixture.data()
    data.families[MeetingFlowFixture.ozturk.id] = MeetingFlowFixture.ozturk
    data.meeting?.items[0].carriedFrom = "JBT-2026-11-16"
    data.meeting?.items[0].carriedReason = "Tolk ontbrak"
    let app = BoardApp(
      data: data, options: BoardOptions(language: .en, privateMode: false, mouse: true, user: "t"))
    _ = app.handle(.character("v"))
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("Carried over from JBT-2026-11-16: Tolk ontbrak"), "\(text)")
  }

  @Test func aFamilyWithoutARequestSaysSo() {
    let app = BoardFixture.app()
    _ = app.handle(.character("v"))
    #expect(
      app.render(width: 120, height: 40).text.contains(
        "This family has no request for discussion on file."))
  }

  @Test func theAgreementsOfEarlierMeetingsAreListedWithTheirStatus() throws {
    var family = BoardFixture.ozturk
    // Reported not done before this meeting; the table reviews it.
    try family.review(
      agreement: "FV-2026-0001-D002.1", status: .notDone, note: "De GI had geen jeugdbeschermer.",
      on: BoardFixture.day("2026-11-25"), by: "P-04", meeting: nil, at: BoardFixture.now)
    var data = BoardFixture.data()
    data.families[family.id] = family
    let app = BoardApp(
      data: data, options: BoardOptions(language: .en, privateMode: false, mouse: true, user: "t"))
    _ = app.handle(.character("v"))
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("AGREEMENTS FROM EARLIER MEETINGS"), "\(text)")
    #expect(text.contains("D002.1 Wekelijks huisbezoek"), "\(text)")
    #expect(text.contains("not done by its owner: De GI had geen jeugdbeschermer."), "\(text)")
  }
}
