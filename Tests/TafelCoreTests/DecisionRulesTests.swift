import Testing

@testable import TafelCore

@Suite("Decision rules")
struct DecisionRulesTests {
  let today = Day("2026-11-29")!
  let time = Timestamp("2026-11-29T10:00:00Z")!

  func family(childBorn: String = "2016-01-01") -> Family {
    Family(
      id: "FV-2026-0001", name: "Familie de Vries", municipality: "Nijkerk",
      members: [Member(id: "M1", name: "Chloë de Vries", role: .child, birthDate: Day(childBorn))])
  }

  @Test func anOutcomeIsRequired() {
    let refusals = family().refusals(of: DecisionDraft(rationale: "x"), today: today)
    #expect(refusals.map(\.field) == [.outcome])
  }

  @Test func drangNeedsADeadlineWithinSixMonthsAndAnAgreement() {
    var draft = DecisionDraft(outcome: .drang, deadline: "2027-05-29", rationale: "Drang.")
    #expect(family().refusals(of: draft, today: today).map(\.field) == [.agreements])
    draft.agreements = [AgreementDraft(what: "Huisbezoek", owner: "GI", due: "")]
    #expect(family().refusals(of: draft, today: today).isEmpty, "exactly six months is allowed")
    draft.deadline = "2027-05-30"
    #expect(family().refusals(of: draft, today: today).map(\.field) == [.deadline])
    draft.deadline = "morgen"
    #expect(
      family().refusals(of: draft, today: today).first?.english.contains("not a date") == true)
  }

  @Test func dueDatesMustBeDatesAndNotPast() {
    let draft = DecisionDraft(
      outcome: .noInvestigation, rationale: "Vrijwillig.",
      agreements: [
        AgreementDraft(what: "a", owner: "x", due: "2026-11-28"),
        AgreementDraft(what: "b", owner: "x", due: "31-12-2026"),
        AgreementDraft(what: "c", owner: "x", due: "2026-11-29"),
      ])
    #expect(
      family().refusals(of: draft, today: today).map(\.field) == [
        .agreementDue(0), .agreementDue(1),
      ])
  }

  @Test func aChildOfTwelveMustBeHeardOrTheReasonWritten() {
    let twelve = family(childBorn: "2014-11-29")
    var draft = DecisionDraft(outcome: .noInvestigation, rationale: "Vrijwillig.")
    #expect(twelve.refusals(of: draft, today: today).map(\.field) == [.childView])
    #expect(family(childBorn: "2014-11-30").refusals(of: draft, today: today).isEmpty)
    draft.childNotHeard = "Ziek op de dag van de tafel."
    #expect(twelve.refusals(of: draft, today: today).isEmpty)
  }

  @Test func recordingNumbersDecisionsAndFeedsThePlan() throws {
    var family = family()
    let first = try family.record(
      DecisionDraft(
        outcome: .drang, deadline: "2027-03-01", rationale: "Eerst drang.",
        agreements: [
          AgreementDraft(what: "Opvoedondersteuning", owner: "Daniëlle", due: "2027-01-15")
        ]),
      time: time, today: today, by: "chair")
    #expect(first.id == "FV-2026-0001-D001")
    #expect(family.plan.actions.map(\.what) == ["Opvoedondersteuning"])
    #expect(family.plan.actions[0].decision == first.id)

    let correction = try family.record(
      DecisionDraft(outcome: .noInvestigation, rationale: "Toch vrijwillig.", supersedes: first.id),
      time: time, today: today, by: "chair")
    #expect(correction.id == "FV-2026-0001-D002")
    #expect(family.decisions.count == 2, "the corrected decision stays")
    #expect(family.correction(of: first.id)?.id == correction.id)
    #expect(family.plan.actions[0].status == .cancelled)

    #expect(throws: DecisionRefusal.self) {
      try family.record(
        DecisionDraft(outcome: .other, outcomeText: "x", rationale: "y", supersedes: first.id),
        time: time, today: today, by: "chair")
    }
  }

  @Test func trimmingRemovesOnlyOuterWhitespaceOfAnyKind() {
    #expect("  Zoë wil thuis blijven\n\t".trimmed == "Zoë wil thuis blijven")
    #expect("\u{00A0}陈美玲 zegt: \"nee\"\u{2003}".trimmed == "陈美玲 zegt: \"nee\"")
    #expect(" \n \t ".trimmed == "")
    #expect("".trimmed == "")
    #expect("Daniëlle".trimmed == "Daniëlle")
    let long = String(repeating: "Moeder werkt mee. ", count: 500)
    #expect(("\n" + long + "\n").trimmed == String(long.dropLast()))
  }

  @Test func atMostOneDecisionIsInForcePerCasePerMeeting() throws {
    var family = family()
    let meeting = "JBT-2026-11-29"
    let first = DecisionDraft(
      outcome: .noInvestigation, rationale: "Gaat goed.", meeting: meeting)
    let recorded = try family.record(first, time: time, today: today, by: "voorzitter")
    // A second decision at the same meeting, from another terminal: refused,
    // naming the one in force.
    let second = DecisionDraft(
      outcome: .investigation, rationale: "Toch onderzoek.", meeting: meeting)
    let refusals = family.refusals(of: second, today: today)
    #expect(refusals.map(\.field) == [.inForce(recorded.id)])
    #expect(refusals.first?.english.contains("\(recorded.id) (no-investigation") == true)
    #expect(refusals.first?.english.contains("by voorzitter") == true)
    #expect(throws: DecisionRefusal.self) {
      try family.record(second, time: time, today: today, by: "notulist")
    }
    // As a correction of it, it is stored, and it is then the one in force.
    var correction = second
    correction.supersedes = recorded.id
    let corrected = try family.record(correction, time: time, today: today, by: "notulist")
    #expect(family.inForce(at: meeting)?.id == corrected.id)
    // Another meeting, or no meeting, is not affected.
    var other = second
    other.meeting = "JBT-2026-11-13"
    #expect(family.refusals(of: other, today: today).isEmpty)
    other.meeting = nil
    #expect(family.refusals(of: other, today: today).isEmpty)
  }

  @Test func aDecisionIsNotRecordedBeforeItsMeetingSits() throws {
    let family = family()
    var draft = DecisionDraft(
      outcome: .noInvestigation, rationale: "Gaat goed.", meeting: "JBT-2026-12-03")
    let refusals = family.refusals(of: draft, today: Day("2026-12-02")!)
    #expect(refusals.map(\.field) == [.meeting])
    #expect(
      refusals.first?.dutch.contains("JBT-2026-12-03 is op 2026-12-03, na 2026-12-02") == true)
    #expect(family.refusals(of: draft, today: Day("2026-12-03")!).isEmpty)
    draft.meeting = "JBT-2026-12-03-2"
    #expect(family.refusals(of: draft, today: Day("2026-12-02")!).map(\.field) == [.meeting])
  }
}
