// Final minutes are versioned (issue 25): each document says when it was
// made, corrections after closing are named under the final line with what
// they changed and why, and a family gets a one-page decision letter.

import Foundation
import Testing

@testable import TafelCore

struct MinutesVersionTests {
  static let day = SignalFixture.day(-7)
  static let meetingID = "JBT-\(day)"

  static func input(language: Language = .en) -> MinutesInput {
    var family = SignalFixture.family(phase: .drang)
    family.members[0].name = "Sandra Bakker"
    let first = Decision(
      id: "FV-2026-0001-D001", family: family.id, meeting: meetingID,
      time: Timestamp("\(day)T09:40:00Z")!, outcome: .noInvestigation, rationale: "Gaat goed.",
      agreements: [Agreement(what: "Schoolbezoek", owner: "P1", due: SignalFixture.day(7))],
      parentsView: "Moeder is blij.", recordedBy: "secretaris")
    var correction = Decision(
      id: "FV-2026-0001-D002", family: family.id, meeting: meetingID,
      time: Timestamp("\(SignalFixture.day(-6))T08:00:00Z")!, outcome: .drang,
      deadline: SignalFixture.day(80), rationale: "Bij nader inzien drang.",
      agreements: [
        Agreement(what: "Schoolbezoek", owner: "P5", due: SignalFixture.day(7)),
        Agreement(what: "Huisbezoek", owner: "P3"),
      ], parentsView: "Moeder is blij.", recordedBy: "secretaris",
      supersedes: "FV-2026-0001-D001")
    correction.correctionReason = "De school meldde nieuwe zorgen na de vergadering."
    family.decisions = [first, correction]
    let meeting = Meeting(
      id: meetingID, date: day, chair: "Linda Kamphuis",
      items: [AgendaItem(family: family.id, start: "09:00", status: .decided)],
      closedAt: Timestamp("\(day)T15:00:00Z")!, closedBy: "Linda Kamphuis")
    var input = MinutesInput(
      meeting: meeting, families: [family.id: family], directory: SignalFixture.directory,
      region: "Foodvalley", language: language)
    input.madeAt = Timestamp("\(SignalFixture.day(-6))T09:30:00Z")!
    return input
  }

  @Test func theRecordSaysWhenItWasMadeAndWhatChangedAfterClosing() {
    let text = Minutes.markdown(Self.input())
    let after = MinutesWords.date(SignalFixture.day(-6), .en)
    #expect(text.contains("Corrected after closing: FV-2026-0001-D002 (on \(after) at 09:00)."))
    #expect(text.contains("This document was made on \(after) at 10:30."))
    #expect(
      text.contains(
        "**What changed:** outcome: No RvdK investigation; voluntary help continues → RvdK investigation postponed with agreements (drang); deadline: none → \(MinutesWords.date(SignalFixture.day(80), .en)); rationale rewritten; agreement added: Huisbezoek; Schoolbezoek: who Persoon 1 (Lokaal Team Oost) → Persoon 5 (Lokaal Team Oost)."
      ), "\(text)")
    #expect(
      text.contains("**Why corrected:** De school meldde nieuwe zorgen na de vergadering."))
    let dutch = Minutes.markdown(Self.input(language: .nl))
    #expect(dutch.contains("Verbeterd na het sluiten: FV-2026-0001-D002"))
    #expect(dutch.contains("**Wat is veranderd:** uitkomst: "))
    #expect(dutch.contains("Dit document is opgemaakt op"))
  }

  @Test func theLetterHoldsTheStandingDecisionAndWhatToDo() throws {
    let letter = try #require(Minutes.letterMarkdown(Self.input(), family: "FV-2026-0001"))
    #expect(letter.hasPrefix("# Decision of the youth protection table Foodvalley — Familie Test"))
    #expect(letter.contains("To: Sandra Bakker"))
    #expect(letter.contains("RvdK investigation postponed with agreements (drang)."))
    #expect(
      letter.contains(
        "This decision replaces an earlier one at this meeting. What changed: outcome: "))
    #expect(letter.contains("Why: De school meldde nieuwe zorgen na de vergadering."))
    #expect(letter.contains("- Huisbezoek — Persoon 3 (Jeugdbescherming Test)"))
    #expect(letter.contains("## What happens next"))
    #expect(letter.contains("On or after \(MinutesWords.date(SignalFixture.day(80), .en))"))
    #expect(letter.contains("Tell the chair of the table (Linda Kamphuis)"))
    #expect(
      letter.contains(
        "if they did, the help stays voluntary; if not, the table decides what follows")
        || letter.contains(
          "If they did, the help stays voluntary; if not, the table decides what follows")
    )
    // The superseded decision is not what the family is told.
    #expect(!letter.contains("Gaat goed."))
    #expect(Minutes.letterMarkdown(Self.input(), family: "FV-2099-0001") == nil)
    let html = try #require(Minutes.letterHTML(Self.input(language: .nl), family: "FV-2026-0001"))
    #expect(html.contains("<h2>Als u het er niet mee eens bent</h2>"))
  }

  @Test func aCaseNotReachedSaysTheLaterMeetingItWasPutOnByHand() {
    var input = Self.input()
    input.meeting.items[0].status = .notReached
    #expect(Minutes.markdown(input).contains("Next: not yet planned on a later agenda."))
    input.nextMeetings = ["FV-2026-0001": "JBT-2026-12-14"]
    #expect(Minutes.markdown(input).contains("Next: on the agenda of JBT-2026-12-14."))
  }
}
