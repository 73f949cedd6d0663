// Drang as a cycle (issue 25): a drang decision waits for its evaluation;
// the first meeting on or after its deadline takes it unless one plans it;
// a later decision ends the wait; the minutes word the outcome as conditions
// met or not.

import Foundation
import Testing

@testable import TafelCore

struct DrangCycleTests {
  static let deadline = SignalFixture.day(30)

  static func family(_ id: String = "FV-2026-0001") -> Family {
    SignalFixture.family(phase: .drang) { family in
      family.id = id
      family.decisions.append(
        Decision(
          id: "\(id)-D001", family: id, meeting: "JBT-\(SignalFixture.day(-60))",
          time: Timestamp("\(SignalFixture.day(-60))T09:40:00Z")!, outcome: .drang,
          deadline: deadline, rationale: "Drang.",
          agreements: [Agreement(what: "Hulp", owner: "P1")], recordedBy: "secretaris"))
    }
  }

  @Test func aDrangDecisionWaitsForItsEvaluationUntilALaterDecision() {
    var family = Self.family()
    #expect(family.drangToEvaluate?.deadline == Self.deadline)
    #expect(family.drangToEvaluate?.decision == "FV-2026-0001-D001")
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D002", family: family.id, meeting: "JBT-\(Self.deadline)",
        time: Timestamp("\(Self.deadline)T09:40:00Z")!, outcome: .noInvestigation,
        rationale: "Voorwaarden nagekomen.", recordedBy: "secretaris"))
    #expect(family.drangToEvaluate == nil)
  }

  @Test func theFirstMeetingOnOrAfterTheDeadlineTakesItUnlessOnePlansIt() {
    let evaluations = [
      Self.family().drangToEvaluate!, Self.family("FV-2026-0002").drangToEvaluate!,
    ]
    // A meeting before the deadline takes none.
    #expect(DrangCycle.due(evaluations, on: SignalFixture.day(29), meetings: []).isEmpty)
    #expect(
      DrangCycle.due(evaluations, on: Self.deadline, meetings: []).map(\.family) == [
        "FV-2026-0001", "FV-2026-0002",
      ])
    // The second family is on a meeting after its deadline already; one before it does not count.
    let planned = Meeting(
      id: "JBT-\(SignalFixture.day(35))", date: SignalFixture.day(35),
      items: [AgendaItem(family: "FV-2026-0002", start: "09:00")])
    let before = Meeting(
      id: "JBT-\(SignalFixture.day(10))", date: SignalFixture.day(10),
      items: [AgendaItem(family: "FV-2026-0001", start: "09:00")])
    #expect(
      DrangCycle.due(evaluations, on: SignalFixture.day(40), meetings: [planned, before]).map(
        \.family) == ["FV-2026-0001"])
  }

  @Test func theMinutesOfAnEvaluationSayWhetherTheConditionsWereMet() {
    var family = Self.family()
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D002", family: family.id, meeting: "JBT-\(Self.deadline)",
        time: Timestamp("\(Self.deadline)T09:40:00Z")!, outcome: .investigation,
        rationale: "De afspraken zijn niet nagekomen.", recordedBy: "secretaris"))
    let meeting = Meeting(
      id: "JBT-\(Self.deadline)", date: Self.deadline,
      items: [
        AgendaItem(family: family.id, start: "09:00", kind: .drangEvaluation, status: .decided)
      ])
    let english = Minutes.markdown(MinutesInput(meeting: meeting, families: [family.id: family]))
    #expect(english.contains("drang evaluation"))
    #expect(
      english.contains("**Outcome:** Conditions not met: request to the RvdK to investigate"))
    let dutch = Minutes.markdown(
      MinutesInput(meeting: meeting, families: [family.id: family], language: .nl))
    #expect(
      dutch.contains(
        "**Uitkomst:** Voorwaarden niet nagekomen: verzoek tot onderzoek aan de Raad voor de Kinderbescherming"
      ))
    // Its agreements, the conditions, are reviewed at the evaluation.
    #expect(english.contains("- D001.1 Hulp; who: P1 — open: no status reported"))
  }

  @Test func aMeetingThatClosedWithoutReachingTheCaseDoesNotPlanIt() {
    let evaluation = Self.family().drangToEvaluate!
    var sat = Meeting(
      id: "JBT-\(SignalFixture.day(35))", date: SignalFixture.day(35),
      items: [AgendaItem(family: "FV-2026-0001", start: "09:00", kind: .drangEvaluation)])
    #expect(DrangCycle.isPlanned(evaluation, meetings: [sat]), "open: planned")
    sat.items[0].status = .notReached
    sat.closedAt = Timestamp("\(SignalFixture.day(35))T15:00:00Z")!
    #expect(!DrangCycle.isPlanned(evaluation, meetings: [sat]), "closed, not reached: not planned")
    #expect(DrangCycle.due([evaluation], on: SignalFixture.day(49), meetings: [sat]).count == 1)
  }
}
