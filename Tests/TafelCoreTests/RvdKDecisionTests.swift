// The table concludes, the RvdK decides (issue 25): the RvdK's decision on a
// request for investigation is a chain step of its own, with who decided and
// with which behavioural expert; history, stalled signal, lead times, the
// report and the minutes follow it, and a replica cannot take it away.

import Foundation
import Testing

@testable import TafelCore

struct RvdKDecisionTests {
  /// A family the table asked the RvdK about at a meeting 20 days ago.
  static func requested() -> Family {
    SignalFixture.family(phase: .table) { family in
      family.decisions.append(
        Decision(
          id: "FV-2026-0001-D001", family: family.id,
          meeting: "JBT-\(SignalFixture.day(-20))",
          time: Timestamp("\(SignalFixture.day(-20))T09:40:00Z")!, outcome: .investigation,
          rationale: "Zorgen blijven.", recordedBy: "secretaris"))
      family.phase = .investigation
    }
  }

  static let decided = RvdKDecision(by: "Anna de Wit", expert: "Bert Smit")

  @Test func theTablesRequestWaitsForTheRvdKsAnswer() throws {
    let family = Self.requested()
    let waiting = family.requestsAwaitingRvdK
    #expect(waiting.map(\.id) == ["FV-2026-0001-D001/request"])
    // Twenty days without an answer: the request has stalled (norm 14).
    let stalled = try #require(SignalFixture.signals(family).first { $0.kind == .stalled })
    #expect(stalled.line(language: .en).contains("request for investigation"))
  }

  @Test func aRejectionNeedsAReasonAndReturnsTheFamilyToVoluntaryHelp() throws {
    var family = Self.requested()
    #expect(throws: RvdKRefusal.self) {
      try family.recordRvdK(
        accepted: false, on: SignalFixture.day(-10), decision: Self.decided, organisation: "rvdk")
    }
    var noExpert = Self.decided
    noExpert.expert = "  "
    #expect(
      throws: RvdKRefusal("the behavioural expert who decided with the investigator is not named")
    ) {
      try family.recordRvdK(
        accepted: true, on: SignalFixture.day(-10), decision: noExpert, organisation: "rvdk")
    }
    // Not before the request was made.
    #expect(throws: RvdKRefusal.self) {
      try family.recordRvdK(
        accepted: true, on: SignalFixture.day(-21), decision: Self.decided, organisation: "rvdk")
    }
    var reasoned = Self.decided
    reasoned.reason = "Hulp via het netwerk is niet beproefd."
    let step = try family.recordRvdK(
      accepted: false, on: SignalFixture.day(-10), decision: reasoned, organisation: "rvdk")
    #expect(step.kind == .rvdkReject)
    #expect(step.rvdk?.request == "FV-2026-0001-D001/request")
    #expect(family.phase == .voluntary)
    #expect(family.requestsAwaitingRvdK.isEmpty)
    #expect(!SignalFixture.kinds(family).contains(.stalled))
    // Answered once: a second answer has no request to answer.
    #expect(throws: RvdKRefusal.self) {
      try family.recordRvdK(
        accepted: true, on: SignalFixture.day(-5), decision: Self.decided, organisation: "rvdk")
    }
    #expect(throws: RvdKRefusal("the request FV-2026-0001-D001/request is answered already")) {
      var named = Self.decided
      named.request = "FV-2026-0001-D001/request"
      try family.recordRvdK(
        accepted: true, on: SignalFixture.day(-5), decision: named, organisation: "rvdk")
    }
  }

  @Test func anAcceptanceStartsTheInvestigationAndTheLeadTimesFollowIt() throws {
    var family = Self.requested()
    var conditioned = Self.decided
    conditioned.conditions = "Het veiligheidsplan blijft van kracht."
    try family.recordRvdK(
      accepted: true, on: SignalFixture.day(-12), decision: conditioned, organisation: "rvdk")
    #expect(family.phase == .investigation)
    #expect(LeadTimes.measure(.requestToRvdKDecision, in: family)?.days == 8)
    #expect(LeadTimes.measure(.tableToInvestigation, in: family)?.days == 8)
    #expect(LeadTimes.measure(.requestToInvestigation, in: family)?.days == 8)
    // The history says who decided, with whom, and on what.
    let timeline = Timeline.build(family: family, directory: SignalFixture.directory)
    let row = try #require(timeline.rows.first { $0.kind == .rvdkAccept })
    #expect(
      row.note(.en)
        == "decided by Anna de Wit with behavioural expert Bert Smit; conditions: Het veiligheidsplan blijft van kracht."
    )
    #expect(
      row.note(.nl)?.hasPrefix("besloten door Anna de Wit met gedragsdeskundige Bert Smit") == true)
    #expect(timeline.text(language: .en).contains("RvdK investigates"))
  }

  @Test func anAnswerOnTheDayOfTheTablesRequestComesAfterIt() throws {
    var family = Self.requested()
    var reasoned = Self.decided
    reasoned.reason = "Geen grond."
    try family.recordRvdK(
      accepted: false, on: SignalFixture.day(-20), decision: reasoned, organisation: "rvdk")
    #expect(family.chainSteps.last?.kind == .rvdkReject)
    // Answered: nothing has stalled, though the request is 20 days old.
    #expect(!SignalFixture.kinds(family).contains(.stalled))
    let timeline = Timeline.build(family: family, directory: SignalFixture.directory)
    #expect(timeline.rows.map(\.kind) == [.tableDiscussion, .investigationRequest, .rvdkReject])
  }

  @Test func aCorrectionCannotTakeBackARequestTheRvdKDecidedOn() throws {
    var family = Self.requested()
    var reasoned = Self.decided
    reasoned.reason = "Geen grond."
    try family.recordRvdK(
      accepted: false, on: SignalFixture.day(-15), decision: reasoned, organisation: "rvdk")
    var draft = DecisionDraft(correcting: family.decisions[0])
    draft.outcome = .noInvestigation
    let refusals = family.refusals(of: draft, today: SignalFixture.today)
    #expect(refusals.first?.field == .outcome)
    #expect(refusals.first?.english.contains("the RvdK decided on the request") == true)
    // New words for the same request keep the RvdK's answer with it.
    draft.outcome = .investigation
    draft.rationale = "Zorgen blijven; beter verwoord."
    try family.record(draft, time: Self.now, today: SignalFixture.today, by: "secretaris")
    let answers = Family.rvdkAnswers(steps: family.chainSteps)
    #expect(answers.count == 1)
    #expect(answers[0].request.id == "FV-2026-0001-D002/request")
    #expect(answers[0].answer?.kind == .rvdkReject)
    #expect(family.requestsAwaitingRvdK.isEmpty)
  }

  static let now = Timestamp("\(SignalFixture.day(-1))T12:00:00Z")!

  @Test func aCorrectedRequestNoLongerWaits() throws {
    var family = Self.requested()
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D002", family: family.id, meeting: "JBT-\(SignalFixture.day(-20))",
        time: Timestamp("\(SignalFixture.day(-20))T10:00:00Z")!, outcome: .drang,
        deadline: SignalFixture.day(60), rationale: "Toch drang.", recordedBy: "secretaris",
        supersedes: "FV-2026-0001-D001"))
    #expect(family.requestsAwaitingRvdK.isEmpty)
    #expect(throws: RvdKRefusal.self) {
      try family.recordRvdK(
        accepted: true, on: SignalFixture.day(-5), decision: Self.decided, organisation: "rvdk")
    }
  }

  @Test func theReportCountsTheRvdKsAnswers() throws {
    var rejected = Self.requested()
    var reasoned = Self.decided
    reasoned.reason = "Geen grond."
    try rejected.recordRvdK(
      accepted: false, on: SignalFixture.day(-15), decision: reasoned, organisation: "rvdk")
    var accepted = Self.requested()
    accepted.id = "FV-2026-0002"
    try accepted.recordRvdK(
      accepted: true, on: SignalFixture.day(-11), decision: Self.decided, organisation: "rvdk")
    var waiting = Self.requested()
    waiting.id = "FV-2026-0003"
    let report = RegionReport.build(
      families: [rejected, accepted, waiting], directory: SignalFixture.directory, from: nil,
      to: nil, today: SignalFixture.today, thresholds: SignalThresholds(), naming: .ids)
    #expect(report.rvdk.requests == 3)
    #expect(report.rvdk.accepted == 1)
    #expect(report.rvdk.rejected == 1)
    #expect(report.rvdk.awaiting == 1)
    #expect(report.rvdk.acceptedShare == 0.5)
    #expect(report.rvdk.namedAwaiting?.map(\.id) == ["FV-2026-0003"])
    let step = try #require(report.leadTimes.first { $0.step == .requestToRvdKDecision })
    #expect(step.count == 2)
    #expect(
      report.text(language: .nl).contains("Besluiten van de RvdK op de verzoeken tot onderzoek"))
  }

  @Test func theMinutesSetTheRvdKsDecisionBesideTheTablesConclusion() throws {
    var family = Self.requested()
    let meeting = Meeting(
      id: "JBT-\(SignalFixture.day(-20))", date: SignalFixture.day(-20),
      items: [AgendaItem(family: family.id, start: "09:00", status: .decided)])
    func minutes(_ family: Family, _ language: Language) -> String {
      Minutes.markdown(
        MinutesInput(meeting: meeting, families: [family.id: family], language: language))
    }
    #expect(minutes(family, .en).contains("**The RvdK's decision:** none recorded yet."))
    var reasoned = Self.decided
    reasoned.reason = "Hulp is niet beproefd."
    try family.recordRvdK(
      accepted: false, on: SignalFixture.day(-13), decision: reasoned, organisation: "rvdk")
    let english = minutes(family, .en)
    #expect(english.contains("**Outcome:** Request to the RvdK to investigate"))
    #expect(
      english.contains(
        "**The RvdK's decision:** \(MinutesWords.date(SignalFixture.day(-13), .en)): the RvdK does not investigate, decided by Anna de Wit with behavioural expert Bert Smit; reason: Hulp is niet beproefd."
      ))
    #expect(minutes(family, .nl).contains("**Besluit van de RvdK:**"))
    let html = Minutes.html(MinutesInput(meeting: meeting, families: [family.id: family]))
    #expect(
      html.contains("The RvdK&#39;s decision:</b>") || html.contains("The RvdK's decision:</b>"))
    #expect(html.contains("the RvdK does not investigate"))
  }

  @Test func aReplicaCannotRemoveOrRewriteTheRvdKsDecision() throws {
    var family = Self.requested()
    var reasoned = Self.decided
    reasoned.reason = "Geen grond."
    try family.recordRvdK(
      accepted: false, on: SignalFixture.day(-15), decision: reasoned, organisation: "rvdk")
    let base = try JSONDecoder().decode(JSONValue.self, from: TafelJSON.encode(family))
    var removed = family
    removed.events.removeAll { $0.kind.isRvdKDecision }
    #expect(
      RecordGrowth.shrinkage(
        base: base,
        theirs: try JSONDecoder().decode(JSONValue.self, from: TafelJSON.encode(removed)))
        == "the RvdK's decision E1 was removed")
    var turned = family
    turned.events[0].kind = .rvdkAccept
    turned.events[0].rvdk?.reason = nil
    #expect(
      RecordGrowth.shrinkage(
        base: base, theirs: try JSONDecoder().decode(JSONValue.self, from: TafelJSON.encode(turned))
      )
        == "the RvdK's decision E1 was changed")
    // Adding to the record is what a replica may do.
    var grown = family
    grown.events.append(ChainEvent(id: "E2-b", date: SignalFixture.day(-1), kind: .intake))
    #expect(
      RecordGrowth.shrinkage(
        base: base, theirs: try JSONDecoder().decode(JSONValue.self, from: TafelJSON.encode(grown)))
        == nil)
  }

  @Test func aDecisionOfTheRvdKRecordedLateLeavesALaterTableDecisionsPhase() throws {
    var family = Self.requested()
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D002", family: family.id, meeting: "JBT-\(SignalFixture.day(-5))",
        time: Timestamp("\(SignalFixture.day(-5))T09:40:00Z")!, outcome: .drang,
        deadline: SignalFixture.day(60), rationale: "Drang.",
        agreements: [Agreement(what: "Hulp", owner: "P1")], recordedBy: "secretaris"))
    family.phase = .drang
    var reasoned = Self.decided
    reasoned.reason = "Geen grond."
    try family.recordRvdK(
      accepted: false, on: SignalFixture.day(-15), decision: reasoned, organisation: "rvdk")
    #expect(family.phase == .drang)
  }

  @Test func aStoreOfBeforeWatchesTheRvdKsAcceptanceToo() throws {
    let json = #"{"stalledDays":{"investigation-request":14}}"#
    let thresholds = try JSONDecoder().decode(SignalThresholds.self, from: Data(json.utf8))
    #expect(thresholds.stalledDays["rvdk-accept"] == 84)
    #expect(
      thresholds.stalledDays["investigation-start"] == nil, "what the store left out stays out")
  }

  @Test func twoReplicasThatEachAnsweredOneRequestAreNamedByCheck() throws {
    var family = Self.requested()
    var reasoned = Self.decided
    reasoned.reason = "Geen grond."
    let rejection = try family.recordRvdK(
      accepted: false, on: SignalFixture.day(-15), decision: reasoned, organisation: "rvdk")
    // The other replica accepted the same request (what a sync brings).
    family.events.append(
      ChainEvent(
        id: "E2-b", date: SignalFixture.day(-14), kind: .rvdkAccept, from: "rvdk",
        rvdk: RvdKDecision(by: "C. Jansen", expert: "D. Bos", request: rejection.rvdk?.request)))
    let problems = FamilyReferences.problems(
      family, known: KnownReferences(SignalFixture.directory))
    #expect(
      problems.contains {
        $0.message
          == "E1 and E2-b both answer the request FV-2026-0001-D001/request; only E1 counts: ask the RvdK which stands"
      }, "\(problems)")
    // The first answer stands for the history, the report and the minutes.
    let answers = Family.rvdkAnswers(steps: family.chainSteps)
    #expect(answers.map { $0.answer?.id } == ["E1"])
  }
}
