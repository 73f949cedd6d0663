// The review of the table's agreements (issue 25): every agreement has an id
// of its own derived from its decision, a status reported before the next
// sitting or set there, "not possible" told apart from "not done", the plan
// action following, and the next sitting's minutes listing the review.

import Foundation
import Testing

@testable import TafelCore

struct AgreementReviewTests {
  static let first = SignalFixture.day(-60)
  static let second = SignalFixture.day(0)

  /// A family with a drang decision of two agreements 60 days ago, as `tafel decide` writes it.
  static func family() -> Family {
    SignalFixture.family(phase: .drang) { family in
      let decision = Decision(
        id: "FV-2026-0001-D001", family: family.id, meeting: "JBT-\(first)",
        time: Timestamp("\(first)T09:40:00Z")!, outcome: .drang,
        deadline: SignalFixture.day(30), rationale: "Drang.",
        agreements: [
          Agreement(what: "Aanmelden bij de GGZ", owner: "P1", due: SignalFixture.day(-30)),
          Agreement(what: "Huisbezoek elke week", owner: "P3"),
        ], recordedBy: "secretaris")
      family.decisions.append(decision)
      family.plan.actions = [
        PlanAction(
          id: "A1", what: "Aanmelden bij de GGZ", owner: "P1", due: SignalFixture.day(-30),
          decision: decision.id),
        PlanAction(id: "A2", what: "Huisbezoek elke week", owner: "P3", decision: decision.id),
      ]
    }
  }

  static let now = Timestamp("\(SignalFixture.day(-1))T12:00:00Z")!

  @Test func everyAgreementHasAnIdOfItsOwnAndItsPlanAction() {
    let items = Self.family().agreementItems()
    #expect(items.map(\.id) == ["FV-2026-0001-D001.1", "FV-2026-0001-D001.2"])
    #expect(items.map(\.shortID) == ["D001.1", "D001.2"])
    #expect(items.map(\.action) == ["A1", "A2"])
    #expect(items.allSatisfy { $0.isOpen })
    #expect(Family.owner(ofAgreement: "FV-2026-0001-D001.2") == "FV-2026-0001")
    #expect(Family.owner(ofAgreement: "FV-2026-0001-D003-b.1") == "FV-2026-0001")
  }

  @Test func notPossibleAndNotDoneAreTwoThingsAndThePlanFollows() throws {
    var family = Self.family()
    #expect(throws: AgreementRefusal("not possible: say what changed (--note)")) {
      try family.review(
        agreement: "FV-2026-0001-D001.1", status: .notPossible, note: " ",
        on: SignalFixture.day(-5), by: "P1", meeting: nil, at: Self.now)
    }
    #expect(throws: AgreementRefusal.self) {
      try family.review(
        agreement: "FV-2026-0001-D001.9", status: .done, note: nil, on: SignalFixture.day(-5),
        by: "P1", meeting: nil, at: Self.now)
    }
    // Overdue and open: the agreements signal fires.
    #expect(SignalFixture.kinds(family).contains(.agreements))
    try family.review(
      agreement: "FV-2026-0001-D001.1", status: .notPossible,
      note: "De GGZ heeft een wachtlijst.", on: SignalFixture.day(-5), by: "P1", meeting: nil,
      at: Self.now)
    #expect(family.plan.actions[0].status == .cancelled)
    #expect(!SignalFixture.kinds(family).contains(.agreements))
    try family.review(
      agreement: "FV-2026-0001-D001.2", status: .notDone, note: "Ziekte in het team.",
      on: SignalFixture.day(-4), by: "P3", meeting: nil, at: Self.now)
    #expect(family.plan.actions[1].status == .open)
    let items = family.agreementItems()
    #expect(items[0].review?.status == .notPossible)
    #expect(!items[0].isOpen)
    #expect(items[1].isOpen)
    #expect(family.agreementReviews?.map(\.id) == ["V1", "V2"])
    // The same status with the same note again is nothing new.
    #expect(throws: AgreementRefusal.self) {
      try family.review(
        agreement: "FV-2026-0001-D001.2", status: .notDone, note: "Ziekte in het team.",
        on: SignalFixture.day(-2), by: "P3", meeting: nil, at: Self.now)
    }
    // Not dated before the status it follows.
    #expect(throws: AgreementRefusal.self) {
      try family.review(
        agreement: "FV-2026-0001-D001.2", status: .done, note: nil, on: SignalFixture.day(-6),
        by: "P3", meeting: nil, at: Self.now)
    }
    #expect(
      MinutesWords.agreementStatus(items[1], .nl)
        == "niet gedaan door wie het op zich nam: Ziekte in het team. Gemeld op \(MinutesWords.date(SignalFixture.day(-1), .nl)) door P3 (geldt vanaf \(MinutesWords.date(SignalFixture.day(-4), .nl)))."
    )
  }

  @Test func theNextSittingReviewsWhatWasStillOpenAtTheLast() throws {
    var family = Self.family()
    try family.review(
      agreement: "FV-2026-0001-D001.1", status: .done, note: nil, on: SignalFixture.day(-20),
      by: "P1", meeting: nil, at: Self.now)
    // At the next sitting both are reviewed: one done since, one with no status.
    let review = family.agreementsToReview(on: Self.second)
    #expect(review.map(\.shortID) == ["D001.1", "D001.2"])
    #expect(review.map { $0.review?.status } == [.done, nil])
    // Not at the sitting that made them.
    #expect(family.agreementsToReview(on: Self.first).isEmpty)
    // A sitting after the next: what was done before it is not reviewed again.
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D002", family: family.id, meeting: "JBT-\(Self.second)",
        time: Timestamp("\(Self.second)T09:40:00Z")!, outcome: .noInvestigation,
        rationale: "Drang geslaagd.", recordedBy: "secretaris"))
    let later = family.agreementsToReview(on: SignalFixture.day(30))
    #expect(later.map(\.shortID) == ["D001.2"])
  }

  @Test func theMinutesListTheReviewBeforeTheDecision() throws {
    var family = Self.family()
    try family.review(
      agreement: "FV-2026-0001-D001.1", status: .notPossible, note: "Wachtlijst.",
      on: SignalFixture.day(-3), by: "P1", meeting: nil, at: Self.now)
    let meeting = Meeting(
      id: "JBT-\(Self.second)", date: Self.second,
      items: [AgendaItem(family: family.id, start: "09:00", kind: .first)])
    let text = Minutes.markdown(
      MinutesInput(
        meeting: meeting, families: [family.id: family], directory: SignalFixture.directory))
    #expect(text.contains("**Agreements from earlier meetings:**"))
    #expect(
      text.contains(
        "- D001.1 Aanmelden bij de GGZ; who: Persoon 1 (Lokaal Team Oost); by \(MinutesWords.date(SignalFixture.day(-30), .en)) — not possible (circumstances changed): Wachtlijst. Reported on \(MinutesWords.date(SignalFixture.day(-1), .en)) by Persoon 1 (Lokaal Team Oost) (holds from \(MinutesWords.date(SignalFixture.day(-3), .en)))."
      ), "\(text)")
    #expect(text.contains("- D001.2 Huisbezoek elke week; who: "))
    #expect(text.contains("— open: no status reported"))
  }

  @Test func aReplicaCannotRemoveOrRewriteAReview() throws {
    var family = Self.family()
    try family.review(
      agreement: "FV-2026-0001-D001.2", status: .notDone, note: "Niet gedaan.",
      on: SignalFixture.day(-3), by: "P3", meeting: nil, at: Self.now)
    func json(_ family: Family) throws -> JSONValue {
      try JSONDecoder().decode(JSONValue.self, from: TafelJSON.encode(family))
    }
    var removed = family
    removed.agreementReviews = []
    #expect(
      RecordGrowth.shrinkage(base: try json(family), theirs: try json(removed))
        == "agreement review V1 was removed")
    var turned = family
    turned.agreementReviews?[0].status = .notPossible
    #expect(
      RecordGrowth.shrinkage(base: try json(family), theirs: try json(turned))
        == "agreement review V1 was rewritten")
  }

  @Test func aCorrectionThatRepeatsAnAgreementKeepsWhatWasReportedForIt() throws {
    var family = Self.family()
    try family.review(
      agreement: "FV-2026-0001-D001.1", status: .done, note: nil, on: SignalFixture.day(-20),
      by: "P1", meeting: nil, at: Self.now)
    var draft = DecisionDraft(correcting: family.decisions[0])
    draft.rationale = "Drang, beter verwoord."
    draft.agreements[0].due = SignalFixture.day(14).description
    let correction = try family.record(
      draft, time: Timestamp("\(Self.first)T10:00:00Z")!, today: SignalFixture.today,
      by: "secretaris")
    let items = family.agreementItems()
    #expect(items.map(\.id) == ["FV-2026-0001-D002.1", "FV-2026-0001-D002.2"])
    #expect(items[0].review?.status == .done, "the status follows the agreement")
    #expect(items[1].review == nil)
    // The correction's plan action is done, as the agreement was.
    let action = try #require(
      family.plan.actions.first {
        $0.decision == correction.id && $0.what == "Aanmelden bij de GGZ"
      })
    #expect(action.status == .done)
  }

  @Test func aStatusIsReportedOnTheDayItWasRecorded() throws {
    var family = Self.family()
    try family.review(
      agreement: "FV-2026-0001-D001.2", status: .done, note: nil, on: SignalFixture.day(-10),
      by: "P3", meeting: nil, at: Self.now)
    let item = try #require(family.agreementItems().last)
    #expect(
      MinutesWords.agreementStatus(item, .en)
        == "done. Reported on \(MinutesWords.date(SignalFixture.day(-1), .en)) by P3 (holds from \(MinutesWords.date(SignalFixture.day(-10), .en)))."
    )
  }
}
