// The minutes writers as pure functions on a hand-built meeting: what each
// case shows, corrections, one family only, Dutch words, and escaping.

import Testing

@testable import TafelCore

@Suite("Minutes")
struct MinutesTests {
  static let day = Day("2026-11-29")!

  static func decision(
    _ number: Int, family: String = "FV-2026-0001", meeting: String? = "JBT-2026-11-29",
    hour: Int = 9, supersedes: String? = nil, rationale: String = "Zorgen zijn kleiner geworden."
  ) -> Decision {
    Decision(
      id: "\(family)-D00\(number)", family: family, meeting: meeting,
      time: Timestamp(day: day, hour: hour, minute: 40), outcome: .drang,
      deadline: day.adding(months: 3),
      rationale: rationale,
      agreements: [
        Agreement(what: "Opvoedondersteuning starten", owner: "P-1", due: day.adding(days: 14)),
        Agreement(what: "Schoolbezoek", owner: ""),
      ],
      parentsView: "Moeder wil hulp.", childView: "Zoë wil thuis blijven.",
      dissent: "RvdK wilde onderzoek.",
      present: ["M1", "P-1", "Opa Jan"], recordedBy: "Esther", supersedes: supersedes)
  }

  static func input(language: Language = .en, only: String? = nil, decisions: [Decision]? = nil)
    -> MinutesInput
  {
    let meeting = Meeting(
      id: "JBT-2026-11-29", date: day, location: "Gemeentehuis Ede", chair: "P-1",
      secretary: "Esther",
      items: [
        AgendaItem(
          family: "FV-2026-0001", start: "09:00", status: .decided,
          attendance: [
            Attendee(role: .parent, name: "Daniëlle Pinas", present: true),
            Attendee(role: .child, name: "Zoë Pinas", mark: .sentApologies),
          ]),
        AgendaItem(family: "FV-2026-0002", start: "10:00", kind: .otsReview),
      ])
    let first = Family(
      id: "FV-2026-0001", name: "Familie Pinas", municipality: "Ede",
      members: [Member(id: "M1", name: "Daniëlle Pinas", role: .parent)],
      decisions: decisions ?? [decision(1)])
    let second = Family(id: "FV-2026-0002", name: "Familie 王", municipality: "Ede")
    let directory = Directory(
      organisations: [Organisation(id: "lt-ede", kind: .localTeam, name: "Lokaal Team Ede")],
      professionals: [
        Professional(id: "P-1", name: "Marloes de Graaf", organisation: "lt-ede", role: "regisseur")
      ])
    return MinutesInput(
      meeting: meeting, families: ["FV-2026-0001": first, "FV-2026-0002": second],
      directory: directory,
      region: "Foodvalley", onlyFamily: only, language: language, zone: .amsterdam)
  }

  @Test("each case shows attendance, outcome, deadline, rationale, agreements, views and dissent")
  func markdownCase() {
    let text = Minutes.markdown(Self.input())
    #expect(
      text.hasPrefix("# Minutes of the youth protection table Foodvalley, 29 November 2026\n"))
    #expect(text.contains("- Chair: Marloes de Graaf (Lokaal Team Ede)"))
    #expect(text.contains("## 1. Familie Pinas (FV-2026-0001)"))
    #expect(text.contains("**Present:** Daniëlle Pinas (parent)"))
    #expect(text.contains("**Sent apologies:** Zoë Pinas (child)"))
    #expect(text.contains("### Decision FV-2026-0001-D001, 10:40"))
    #expect(text.contains("**Outcome:** RvdK investigation postponed with agreements (drang)"))
    #expect(
      text.contains("**Deadline:** 28 February 2027 (2027-02-28)") || text.contains("(2027-02-28)"))
    #expect(text.contains("Zorgen zijn kleiner geworden."))
    #expect(
      text.contains(
        "- Opvoedondersteuning starten; who: Marloes de Graaf (Lokaal Team Ede); by 13 December 2026 (2026-12-13)"
      ))
    #expect(text.contains("- Schoolbezoek; who: nobody yet"))
    #expect(text.contains("**Parents' view:**\n\nMoeder wil hulp."))
    #expect(text.contains("**Child's view:**\n\nZoë wil thuis blijven."))
    #expect(text.contains("**Dissent:**\n\nRvdK wilde onderzoek."))
    #expect(
      text.contains(
        "Present at the decision: Daniëlle Pinas, Marloes de Graaf (Lokaal Team Ede), Opa Jan."))
    #expect(text.contains("## 2. Familie 王 (FV-2026-0002)"))
    #expect(text.contains("OTS review: end or extension"))
    #expect(text.contains("No decision recorded yet."))
    #expect(text.hasSuffix("\n"))
    #expect(!text.hasSuffix("\n\n"))
  }

  @Test("a correction follows the decision it corrects, both marked")
  func corrections() {
    let corrected = Self.decision(1)
    let correction = Self.decision(
      2, meeting: nil, hour: 15, supersedes: corrected.id, rationale: "Verbeterd.")
    let unrelated = Self.decision(
      3, meeting: "JBT-2026-10-01", hour: 8, rationale: "Ander overleg.")
    let cases = Minutes.cases(Self.input(decisions: [unrelated, corrected, correction]))
    #expect(cases[0].decisions.map(\.decision.id) == [corrected.id, correction.id])
    #expect(cases[0].decisions[0].correctedBy?.id == correction.id)
    let text = Minutes.markdown(Self.input(decisions: [unrelated, corrected, correction]))
    #expect(text.contains("*Corrected by decision FV-2026-0001-D002 (16:40).*"))
    #expect(text.contains("*Corrects decision FV-2026-0001-D001.*"))
    #expect(!text.contains("Ander overleg."))
  }

  @Test("only one family: no trace of the other")
  func onlyFamily() {
    let text = Minutes.markdown(Self.input(only: "FV-2026-0002"))
    #expect(!text.contains("Pinas"))
    #expect(!text.contains("FV-2026-0001"))
    #expect(text.contains("## 2. Familie 王"))
    let html = Minutes.html(Self.input(only: "FV-2026-0002"))
    #expect(!html.contains("Pinas"))
  }

  @Test("Dutch words for the families")
  func dutch() {
    let text = Minutes.markdown(Self.input(language: .nl))
    #expect(text.hasPrefix("# Verslag jeugdbeschermingstafel Foodvalley, 29 november 2026"))
    #expect(text.contains("**Uitkomst:** Onderzoek door de Raad uitgesteld met afspraken (drang)"))
    #expect(text.contains("**Aanwezig:** Daniëlle Pinas (ouder)"))
    #expect(text.contains("**Afspraken:**"))
    #expect(text.contains("uiterlijk 13 december 2026"))
    #expect(text.contains("**Visie van het kind:**"))
    #expect(text.contains("evaluatie OTS"))
    #expect(Minutes.html(Self.input(language: .nl)).contains("<html lang=\"nl\">"))
  }

  @Test("markdown escapes what would be read as structure, and keeps line breaks")
  func markdownEscaping() {
    let rationale =
      "# geen kop\n- geen lijst\n1. geen telling\n*niet vet* en <b>ook niet</b> [link](x)\n\nNieuwe alinea"
    let text = Minutes.markdown(Self.input(decisions: [Self.decision(1, rationale: rationale)]))
    #expect(text.contains("\\# geen kop  \n\\- geen lijst  \n1\\. geen telling  \n"))
    #expect(
      text.contains("\\*niet vet\\* en \\<b\\>ook niet\\</b\\> \\[link\\](x)\n\nNieuwe alinea"))
  }

  @Test("a tab typed in a text is a space in the minutes, not a control character shown")
  func tabs() {
    let text = Minutes.markdown(
      Self.input(decisions: [
        Self.decision(1, rationale: "Het gaat\tbeter.\nVader\tvindt van niet.")
      ]))
    #expect(text.contains("Het gaat beter.  \nVader vindt van niet."))
    #expect(!text.contains("␉"))
  }

  @Test("markdown keeps typed entities and an indent as typed")
  func markdownEntitiesAndIndent() {
    let text = Minutes.markdown(
      Self.input(decisions: [
        Self.decision(1, rationale: "Zie &amp; &lt;b&gt; in de brief.\n\tVader: ingesprongen.")
      ]))
    // Read back by a Markdown reader, `\&amp;` is the five characters typed.
    #expect(text.contains("Zie \\&amp; \\&lt;b\\&gt; in de brief.  \n"))
    #expect(text.contains("&nbsp;&nbsp;&nbsp;&nbsp;Vader: ingesprongen."))
    let html = Minutes.html(
      Self.input(decisions: [Self.decision(1, rationale: "\tVader: ingesprongen.")]))
    #expect(html.contains("<p class=\"text\">\tVader: ingesprongen.</p>"))
  }

  @Test("printed, a case starts under the header and a long word wraps inside the page")
  func printRules() {
    let html = Minutes.html(Self.input(decisions: [Self.decision(1, rationale: "x")]))
    // A case is not kept whole: kept whole, case 1 went to page 2 and left
    // page 1 empty under the header. A heading stays with what follows.
    #expect(!html.contains("break-inside: avoid-page"))
    #expect(!html.contains("article.decision { break-inside"))
    #expect(html.contains("h1, h2, h3, .label { break-after: avoid; }"))
    #expect(html.contains("html { overflow-wrap: anywhere; }"))
  }

  @Test("html is self-contained, prints on A4, and escapes every typed text")
  func html() {
    let rationale = "<script>alert('x')</script> & \"quotes\""
    let html = Minutes.html(Self.input(decisions: [Self.decision(1, rationale: rationale)]))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("@page { size: A4;"))
    #expect(!html.contains("<script"))
    #expect(
      html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    #expect(html.contains("<h2>1. Familie Pinas (FV-2026-0001)</h2>"))
    #expect(
      html.contains(
        "<li>Opvoedondersteuning starten; who: Marloes de Graaf (Lokaal Team Ede); by 13 December 2026 (2026-12-13)</li>"
      ))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test("a meeting with no families says so")
  func empty() {
    var input = Self.input()
    input.meeting.items = []
    #expect(Minutes.markdown(input).contains("No families on the agenda."))
    #expect(Minutes.html(input).contains("No families on the agenda."))
  }

  @Test("attendance not taken is said as such, never as absences")
  func attendanceNotTaken() {
    var input = Self.input()
    for index in input.meeting.items.indices {
      input.meeting.items[index].attendance = input.meeting.items[index].attendance.map {
        Attendee(role: $0.role, name: $0.name, mark: .notRecorded)
      }
    }
    for language in [Language.en, .nl] {
      input.language = language
      let markdown = Minutes.markdown(input)
      let html = Minutes.html(input)
      let said = language == .en ? "Attendance not recorded." : "Aanwezigheid niet vastgelegd."
      #expect(markdown.contains(said) && html.contains(said))
      for word in ["Absent", "Afwezig", "Sent apologies", "Afgemeld", "Did not come"] {
        #expect(!markdown.contains(word) && !html.contains(word), "\(word)")
      }
    }
  }

  @Test("each mark is listed under its own word, the not recorded ones too")
  func everyMark() {
    var input = Self.input(language: .nl)
    input.meeting.items[0].attendance = [
      Attendee(role: .parent, name: "Daniëlle Pinas", mark: .present),
      Attendee(role: .parent, name: "Rob Pinas", mark: .didNotCome),
      Attendee(role: .child, name: "Zoë Pinas", mark: .sentApologies),
      Attendee(role: .interpreter, name: "Meryem Kaya", mark: .notRecorded),
    ]
    let markdown = Minutes.markdown(input)
    #expect(markdown.contains("**Aanwezig:** Daniëlle Pinas (ouder)"))
    #expect(markdown.contains("**Afgemeld:** Zoë Pinas (kind)"))
    #expect(markdown.contains("**Niet verschenen:** Rob Pinas (ouder)"))
    #expect(markdown.contains("**Niet vastgelegd:** Meryem Kaya (tolk)"))
  }

  @Test("Dutch minutes say who recorded a decision and at what time: om, and op for another day")
  func recordedAt() {
    let markdown = Minutes.markdown(Self.input(language: .nl))
    #expect(markdown.contains(" om 10:40."), "\(markdown)")
    #expect(!markdown.contains(" op 10:40"))
    #expect(Minutes.markdown(Self.input()).contains(" at 10:40."))
  }
}

@Suite("One case at the table")
struct CaseAtTableTests {
  let start = Timestamp("2026-11-29T08:00:00Z")!

  func at(_ minutes: Int) -> Timestamp { Timestamp(seconds: start.seconds + minutes * 60) }

  @Test("starting a case pauses the one at the table; paused time is not counted")
  func pausedTimeIsLeftOut() {
    var meeting = Meeting(
      id: "JBT-2026-11-29", date: Day("2026-11-29")!,
      items: [AgendaItem(family: "A", start: "09:00"), AgendaItem(family: "B", start: "10:00")])
    meeting.startCase("A", at: at(0))
    meeting.startCase("B", at: at(20))  // A paused after 20 minutes
    #expect(meeting.items.map(\.status) == [.paused, .inProgress])
    #expect(meeting.caseAtTable?.family == "B")
    meeting.items[1].leave(as: .decided, at: at(50))  // B decided after 30 minutes
    meeting.startCase("A", at: at(60))  // A back for 15 more
    #expect(meeting.items[0].secondsAtTable(at: at(75)) == 35 * 60)
    meeting.items[0].leave(as: .discussed, at: at(75))
    #expect(meeting.items[0].secondsAtTable(at: at(200)) == 35 * 60)
    #expect(meeting.items[1].secondsAtTable(at: at(200)) == 30 * 60)
    #expect(meeting.items.filter { $0.status == .inProgress }.isEmpty)
    let minutes = Minutes.markdown(MinutesInput(meeting: meeting, families: [:]))
    #expect(minutes.contains("Status: discussed, no decision. At the table 35 minutes."))
    #expect(minutes.contains("Status: decided. At the table 30 minutes."))
  }
}

@Suite("Adjourning and closing")
struct MeetingClosingTests {
  let now = Timestamp("2026-11-29T15:00:00Z")!
  let today = Day("2026-11-29")!

  func meeting() -> Meeting {
    Meeting(
      id: "JBT-2026-11-29", date: today,
      items: [
        AgendaItem(family: "A", start: "09:00", status: .decided),
        AgendaItem(family: "B", start: "10:00", status: .inProgress, startedAt: now),
        AgendaItem(family: "C", start: "11:00", status: .paused),
        AgendaItem(family: "D", start: "12:00"),
      ])
  }

  @Test("closing marks the cases not reached, once; a closed meeting does not change")
  func closing() throws {
    var meeting = meeting()
    try meeting.close(at: Timestamp(seconds: now.seconds + 600), by: "R. Kramer")
    #expect(meeting.items.map(\.status) == [.decided, .discussed, .discussed, .notReached])
    #expect(meeting.items[1].spentSeconds == 600)
    #expect(throws: ArgumentRefusal.self) { try meeting.close(at: now, by: "x") }
    #expect(throws: ArgumentRefusal.self) {
      try meeting.adjourn("D", reason: "x", to: nil, today: today, at: now)
    }
    let minutes = Minutes.markdown(MinutesInput(meeting: meeting, families: [:]))
    #expect(minutes.contains("**Final: the meeting was closed at 16:10 by R. Kramer.**"))
    #expect(minutes.contains("Status: not reached."))
    let draft = Minutes.markdown(MinutesInput(meeting: self.meeting(), families: [:]))
    #expect(draft.contains("**Draft: the meeting is not closed"))
  }

  @Test("adjourning needs a reason and a later meeting, and the case is carried over there")
  func adjourning() throws {
    var meeting = meeting()
    for (reason, target) in [
      ("", nil), ("Ziek", "JBT-2026-11-29"), ("Ziek", "JBT-2026-11-01"), ("Ziek", "volgende"),
    ] as [(String, String?)] {
      #expect(throws: ArgumentRefusal.self) {
        try meeting.adjourn("D", reason: reason, to: target, today: today, at: now)
      }
    }
    try meeting.adjourn("D", reason: "Vader is ziek", to: "JBT-2026-12-13", today: today, at: now)
    #expect(meeting.items[3].status == .adjourned)
    var next = Meeting(id: "JBT-2026-12-13", date: Day("2026-12-13")!)
    var item = meeting.items[3]
    item.kind = .otsReview
    try next.carryOver(item, from: meeting.id, reason: "Vader is ziek")
    #expect(next.items.map(\.carriedFrom) == ["JBT-2026-11-29"])
    // Its reason and its kind travel with it: an OTS review stays one.
    #expect(next.items[0].kind == .otsReview)
    #expect(next.items[0].carriedReason == "Vader is ziek")
    let minutes = Minutes.markdown(MinutesInput(meeting: meeting, families: [:], language: .nl))
    #expect(minutes.contains("Aangehouden: Vader is ziek. Verschoven naar JBT-2026-12-13."))
    let there = Minutes.markdown(MinutesInput(meeting: next, families: [:]))
    #expect(there.contains("Carried over from JBT-2026-11-29: Vader is ziek."))
  }
}
