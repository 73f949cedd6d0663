// Decisions are chain steps: what the table decides moves the family's
// phase, appears in its history, starts the lead time of the next step and
// makes the stalled signal watch it, with no event typed by hand; and a
// correction takes the steps of the decision it replaces with it.

import Testing

@testable import TafelCore

@Suite struct DecisionStepsTests {
  let meetingDay = Day("2026-11-30")!
  let meeting = "JBT-2026-11-30"

  func family() -> Family {
    var family = Family(
      id: "FV-2026-0001", name: "Familie Pinas", municipality: "Ede", phase: .table)
    family.events = [
      ChainEvent(id: "E1", date: Day("2026-09-01")!, kind: .intake),
      ChainEvent(id: "E2", date: Day("2026-11-02")!, kind: .requestForDiscussion),
    ]
    return family
  }

  func decide(_ outcome: Outcome, in family: inout Family, supersedes: String? = nil) throws
    -> Decision
  {
    var draft = DecisionDraft(
      outcome: outcome, deadline: outcome == .drang ? "2027-03-01" : "", rationale: "Zo besloten.",
      meeting: meeting, supersedes: supersedes)
    if outcome == .drang { draft.agreements = [AgreementDraft(what: "Huisbezoek", owner: "GI")] }
    return try family.record(
      draft, time: Timestamp("2026-11-30T09:30:00Z")!, today: meetingDay, by: "voorzitter")
  }

  @Test func anInvestigationDecisionIsTheTableStepAndTheRequestToTheRvdK() throws {
    var family = family()
    let decision = try decide(.investigation, in: &family)
    #expect(family.phase == .investigation)
    let steps = family.chainSteps.filter { $0.decision == decision.id }
    #expect(steps.map(\.kind) == [.tableDiscussion, .investigationRequest])
    #expect(steps.allSatisfy { $0.date == meetingDay })
    // Nothing was written into the events: the steps follow the decision.
    #expect(family.events.count == 2)
    // The history lists the table's step; the lead time intake → table is measured.
    let timeline = Timeline.build(family: family, directory: Directory())
    #expect(timeline.rows.contains { $0.kind == .tableDiscussion && $0.date == meetingDay })
    #expect(LeadTimes.measure(.intakeToTable, in: family)?.days == 90)
    // Stalled: two weeks after the request with no investigation start.
    let later = meetingDay.adding(days: 15)
    let signals = Signals.evaluate(
      family: family, directory: Directory(), today: later, thresholds: SignalThresholds())
    #expect(signals.contains { $0.kind == .stalled }, "\(signals.map(\.kind))")
    let sooner = Signals.evaluate(
      family: family, directory: Directory(), today: meetingDay.adding(days: 10),
      thresholds: SignalThresholds())
    #expect(!sooner.contains { $0.kind == .stalled })
  }

  @Test func aCorrectionReplacesTheStepsOfTheDecisionItCorrects() throws {
    var family = family()
    let first = try decide(.investigation, in: &family)
    let second = try decide(.noInvestigation, in: &family, supersedes: first.id)
    #expect(family.phase == .voluntary)
    #expect(family.chainSteps.filter { $0.decision == first.id }.isEmpty)
    #expect(family.chainSteps.filter { $0.decision == second.id }.map(\.kind) == [.tableDiscussion])
    let signals = Signals.evaluate(
      family: family, directory: Directory(), today: meetingDay.adding(days: 30),
      thresholds: SignalThresholds())
    #expect(
      !signals.contains { $0.kind == .stalled && $0.evidence.eventKind == .investigationRequest })
  }

  @Test func drangStartsDrangAndAStepTypedByHandStandsInstead() throws {
    var family = family()
    family.events.append(
      ChainEvent(id: "E3", date: meetingDay, kind: .tableDiscussion, note: "typed"))
    let decision = try decide(.drang, in: &family)
    #expect(family.phase == .drang)
    let steps = family.chainSteps.filter { $0.date == meetingDay }
    #expect(steps.map(\.kind) == [.tableDiscussion, .drangStart])
    #expect(steps[0].note == "typed")
    #expect(steps[1].note == "D001 → 2027-03-01" && steps[1].decision == decision.id)
  }
}
