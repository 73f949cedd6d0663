// Every signal firing, and not firing, exactly at its threshold, on families
// built by hand (docs/signals.md states the same rules and examples).

import Testing

@testable import TafelCore

@Suite struct SignalsTests {
  typealias F = SignalFixture

  @Test func aFamilyWithOneDirectorAndNothingElseHasNoSignals() {
    #expect(F.signals(F.family()).isEmpty)
  }

  // MARK: direction

  @Test func directionFiresWhenNobodyHoldsDirection() {
    let ended = F.family { $0.involvements[0].to = F.day(-1) }
    let signals = F.signals(ended).filter { $0.kind == .direction }
    #expect(signals.count == 1)
    #expect(signals.first?.evidence.reason == "none")
    #expect(signals.first?.evidence.from == F.today)
    #expect(signals.first?.line(language: .en).hasPrefix("No director") == true)
    #expect(signals.first?.line(language: .nl).hasPrefix("Geen regisseur") == true)
    // The last day of the involvement is today: still held.
    #expect(!F.kinds(F.family { $0.involvements[0].to = F.today }).contains(.direction))
  }

  @Test func directionIsNotAskedOfReportedOrClosedFamilies() {
    let reported = F.family(phase: .reported) { $0.involvements = [] }
    let closed = F.family(phase: .closed) { $0.involvements = [] }
    #expect(!F.kinds(reported).contains(.direction))
    #expect(F.signals(closed).isEmpty)
  }

  @Test func directionFiresWhenTwoHoldItOnTheSameDay() {
    // P3 (GI) takes direction on the day P1 (LT) still has it: one shared day.
    let shared = F.family {
      $0.involvements[0].to = F.day(-10)
      $0.involvements.append(F.involvement("I1", "P3", [.direction, .drang], from: -10))
    }
    let signal = F.signals(shared).first { $0.kind == .direction }
    #expect(signal?.evidence.reason == "several")
    #expect(signal?.evidence.from == F.day(-10))
    #expect(signal?.evidence.to == F.day(-10))
    #expect(signal?.evidence.professionals == ["P1", "P3"])
    #expect(
      signal?.line(language: .en)
        == "Two directors: Persoon 1 (Lokaal Team Oost) and Persoon 3 (Jeugdbescherming "
        + "Test) both hold direction from 2026-11-19 to 2026-11-19"
    )
    // Handed over the day after: no overlap.
    let handed = F.family {
      $0.involvements[0].to = F.day(-11)
      $0.involvements.append(F.involvement("I1", "P3", [.direction], from: -10))
      $0.plan.director = "P3"
    }
    #expect(!F.kinds(handed).contains(.direction))
  }

  @Test func twoDirectorsLongerAgoThanAYearAreHistory() {
    let old = F.family {
      $0.involvements.append(F.involvement("I1", "P3", [.direction], from: -500, to: -365))
      $0.involvements.append(F.involvement("I2", "P5", [.direction], from: -400, to: -365))
    }
    #expect(!F.kinds(old).contains(.direction))
    let touching = F.family {
      $0.involvements.append(F.involvement("I1", "P3", [.direction], from: -500, to: -364))
      $0.involvements.append(F.involvement("I2", "P5", [.direction], from: -400, to: -364))
    }
    #expect(F.kinds(touching).filter { $0 == .direction }.count == 1)
  }

  // MARK: overlap

  @Test func overlapFiresForOneSharedDayBetweenTwoOrganisations() {
    let shared = F.family {
      $0.involvements.append(F.involvement("I1", "P1", [.monitoring], from: -90, to: -30))
      $0.involvements.append(F.involvement("I2", "P2", [.monitoring, .advice], from: -30))
    }
    let overlap = F.signals(shared).filter { $0.kind == .overlap }
    #expect(overlap.count == 1)
    #expect(overlap.first?.evidence.function == .monitoring)
    #expect(overlap.first?.evidence.organisations == ["lt", "vt"])
    #expect(overlap.first?.evidence.from == F.day(-30))
    #expect(overlap.first?.evidence.to == F.day(-30))
    #expect(
      overlap.first?.line(language: .nl)
        == "Overlap in monitoring: Lokaal Team Oost en Veilig Thuis van 2026-10-30 tot en "
        + "met 2026-10-30"
    )
    let after = F.family {
      $0.involvements.append(F.involvement("I1", "P1", [.monitoring], from: -90, to: -31))
      $0.involvements.append(F.involvement("I2", "P2", [.monitoring], from: -30))
    }
    #expect(!F.kinds(after).contains(.overlap))
  }

  @Test func overlapNeedsTwoOrganisationsAndACountedFunction() {
    let sameOrganisation = F.family {
      $0.involvements.append(F.involvement("I1", "P1", [.intake], from: -50))
      $0.involvements.append(F.involvement("I2", "P5", [.intake], from: -50))
    }
    #expect(!F.kinds(sameOrganisation).contains(.overlap))
    let care = F.family {
      $0.involvements.append(F.involvement("I1", "P1", [.care], from: -50))
      $0.involvements.append(F.involvement("I2", "P2", [.care], from: -50))
    }
    #expect(!F.kinds(care).contains(.overlap))
    let ongoing = F.family {
      $0.involvements.append(F.involvement("I1", "P1", [.intake], from: -50))
      $0.involvements.append(F.involvement("I2", "P2", [.intake], from: -40))
    }
    let signal = F.signals(ongoing).first { $0.kind == .overlap }
    #expect(signal?.evidence.to == nil)
    #expect(
      signal?.line(language: .en)
        == "Overlap in intake: Lokaal Team Oost and Veilig Thuis since 2026-10-20")
  }

  // MARK: many helpers

  static func helpers(_ count: Int, endedDaysAgo: Int? = nil) -> Family {
    F.family {
      for number in 2...count {
        $0.involvements.append(
          F.involvement(
            "I\(number)", "P\(number)", [.care], from: -400, to: endedDaysAgo.map { -$0 }))
      }
    }
  }

  @Test func manyHelpersFiresAboveTheThreshold() {
    #expect(!F.kinds(Self.helpers(8)).contains(.manyHelpers))
    let nine = F.signals(Self.helpers(9)).first { $0.kind == .manyHelpers }
    #expect(nine?.evidence.count == 9)
    #expect(nine?.evidence.limit == 8)
    #expect(
      nine?.line(language: .en)
        == "Many helpers: 9 professionals in the last 12 months (more than 8)")
    let raised = SignalThresholds(manyHelpers: 9)
    #expect(!F.kinds(Self.helpers(9), thresholds: raised).contains(.manyHelpers))
  }

  @Test func manyHelpersCountsTheLast365DaysOnly() {
    // Ended 364 days ago: inside the window (today − 364 … today).
    #expect(F.kinds(Self.helpers(9, endedDaysAgo: 364)).contains(.manyHelpers))
    #expect(!F.kinds(Self.helpers(9, endedDaysAgo: 365)).contains(.manyHelpers))
  }

  // MARK: stalled

  static func afterStep(_ kind: EventKind, daysAgo: Int, phase: Phase = .investigation) -> Family {
    F.family(phase: phase) {
      $0.events = [
        ChainEvent(id: "E1", date: F.day(-daysAgo - 10), kind: .report, from: "school", to: "lt"),
        ChainEvent(id: "E2", date: F.day(-daysAgo), kind: kind, to: "rvdk"),
      ]
    }
  }

  @Test func stalledFiresWhenTheNormForTheLastStepIsExceeded() {
    #expect(!F.kinds(Self.afterStep(.investigationStart, daysAgo: 84)).contains(.stalled))
    let late = F.signals(Self.afterStep(.investigationStart, daysAgo: 85)).first {
      $0.kind == .stalled
    }
    #expect(late?.evidence.days == 85)
    #expect(late?.evidence.limit == 84)
    #expect(late?.evidence.ids == ["E2"])
    #expect(
      late?.line(language: .en)
        == "Stalled: 85 days since investigation start (RvdK) on 2026-09-05; norm 84")
    let custom = SignalThresholds(stalledDays: ["investigation-start": 90])
    #expect(
      !F.kinds(Self.afterStep(.investigationStart, daysAgo: 85), thresholds: custom).contains(
        .stalled))
  }

  @Test func stalledIgnoresStepsWithoutANormAndIntakesOnceHelpRuns() {
    #expect(!F.kinds(Self.afterStep(.giStart, daysAgo: 400, phase: .measure)).contains(.stalled))
    #expect(!F.kinds(Self.afterStep(.intake, daysAgo: 100, phase: .voluntary)).contains(.stalled))
    #expect(F.kinds(Self.afterStep(.intake, daysAgo: 100, phase: .table)).contains(.stalled))
  }

  // MARK: handover gap

  static func handover(informed: [Informed]?, daysAgo: Int = 20) -> Family {
    F.family {
      $0.events = [
        ChainEvent(
          id: "E1", date: F.day(-daysAgo), kind: .scaleDown, from: "vt", to: "lt",
          informed: informed),
        ChainEvent(id: "E2", date: F.day(-daysAgo + 2), kind: .intake, to: "lt"),
      ]
    }
  }

  @Test func handoverGapFiresWithoutWhoInformedWhom() {
    let gap = F.signals(Self.handover(informed: nil)).first { $0.kind == .handoverGap }
    #expect(gap?.evidence.organisations == ["vt", "lt"])
    #expect(
      gap?.line(language: .en)
        == "Handover gap: scale-down Veilig Thuis → Lokaal Team Oost on 2026-11-09 without "
        + "who informed whom"
    )
    #expect(F.kinds(Self.handover(informed: [])).contains(.handoverGap))
    let told = [Informed(who: "Persoon 2", whom: "Persoon 1", date: F.day(-21))]
    #expect(!F.kinds(Self.handover(informed: told)).contains(.handoverGap))
    #expect(F.kinds(Self.handover(informed: nil, daysAgo: 364)).contains(.handoverGap))
    #expect(!F.kinds(Self.handover(informed: nil, daysAgo: 365)).contains(.handoverGap))
  }

  // MARK: assessments disagree

  static func assessed(_ first: String, _ second: String, daysApart: Int, subject: String = "M2")
    -> Family
  {
    F.family {
      $0.assessments = [
        RiskAssessment(
          id: "R1", instrument: .lirik, date: F.day(-10 - daysApart), organisation: "lt",
          rater: "P1", subject: "M2", outcome: InstrumentOutcome(level: first)),
        RiskAssessment(
          id: "R2", instrument: .lirik, date: F.day(-10), organisation: "vt", rater: "P2",
          subject: subject, outcome: InstrumentOutcome(level: second)),
      ]
    }
  }

  @Test func assessmentsDisagreeAtTwoStepsWithinNinetyDays() {
    // LIRIK low → safe/low, high → concerns/high: two steps on both scales.
    let apart = F.signals(Self.assessed("low", "high", daysApart: 90)).first {
      $0.kind == .assessmentsDisagree
    }
    #expect(apart?.evidence.ids == ["R1", "R2"])
    #expect(apart?.evidence.count == 2)
    #expect(
      apart?.line(language: .en)
        == "Assessments disagree on Kind Test: LIRIK Lokaal Team Oost 2026-08-21: safe, "
        + "low risk vs LIRIK Veilig Thuis 2026-11-19: concerns, high risk"
    )
    #expect(!F.kinds(Self.assessed("low", "high", daysApart: 91)).contains(.assessmentsDisagree))
    #expect(!F.kinds(Self.assessed("low", "medium", daysApart: 10)).contains(.assessmentsDisagree))
    #expect(
      !F.kinds(Self.assessed("low", "high", daysApart: 10, subject: "M1")).contains(
        .assessmentsDisagree))
    let strict = SignalThresholds(assessmentSteps: 1)
    #expect(
      F.kinds(Self.assessed("low", "medium", daysApart: 10), thresholds: strict).contains(
        .assessmentsDisagree))
  }

  // MARK: agreements

  static func action(owner: String, due: Int?, status: ActionStatus = .open) -> Family {
    F.family {
      $0.plan.actions = [
        PlanAction(
          id: "A1", what: "Huisbezoek plannen", owner: owner, due: due.map(F.day), status: status)
      ]
    }
  }

  @Test func agreementsFireWhenOverdueOrWithoutOwner() {
    #expect(!F.kinds(Self.action(owner: "P1", due: 0)).contains(.agreements))
    let overdue = F.signals(Self.action(owner: "P1", due: -1)).first { $0.kind == .agreements }
    #expect(overdue?.evidence.reason == "overdue")
    #expect(overdue?.evidence.days == -1)
    #expect(
      overdue?.line(language: .en)
        == "Agreement overdue since 2026-11-28: Huisbezoek plannen (owner Persoon 1)")
    let unowned = F.signals(Self.action(owner: "  ", due: 5)).first { $0.kind == .agreements }
    #expect(unowned?.evidence.reason == "no-owner")
    #expect(
      unowned?.line(language: .nl)
        == "Afspraak zonder eigenaar: Huisbezoek plannen (uiterlijk 2026-12-04)")
    #expect(!F.kinds(Self.action(owner: "P1", due: -30, status: .done)).contains(.agreements))
    #expect(!F.kinds(Self.action(owner: "", due: -30, status: .cancelled)).contains(.agreements))
    let both = F.signals(Self.action(owner: "", due: -3)).first { $0.kind == .agreements }
    #expect(both?.evidence.reason == "overdue-no-owner")
  }

  // MARK: child's voice

  static func decided(childBorn: Day, view: String? = nil, notHeard: String? = nil) -> Family {
    F.family {
      $0.members[1].birthDate = childBorn
      $0.decisions = [
        Decision(
          id: "FV-2026-0001-D001", family: "FV-2026-0001",
          time: Timestamp(day: F.day(-7), hour: 10),
          outcome: .noInvestigation, rationale: "Vrijwillige hulp volstaat.", childView: view,
          childNotHeard: notHeard, recordedBy: "test")
      ]
    }
  }

  @Test func childVoiceFiresForAChildOfTwelveOnTheDayOfTheDecision() {
    // The decision is dated 2026-11-22: twelve that day, or one day short.
    let twelve = F.signals(Self.decided(childBorn: Day("2014-11-22")!)).first {
      $0.kind == .childVoice
    }
    #expect(twelve?.evidence.ids == ["FV-2026-0001-D001", "M2"])
    #expect(
      twelve?.line(language: .en)
        == "Child's voice missing: Kind Test (12) — decision FV-2026-0001-D001 of "
        + "2026-11-22 has no view and no reason"
    )
    #expect(!F.kinds(Self.decided(childBorn: Day("2014-11-23")!)).contains(.childVoice))
    #expect(
      !F.kinds(Self.decided(childBorn: Day("2014-11-22")!, view: "Wil thuis blijven.")).contains(
        .childVoice))
    #expect(
      !F.kinds(Self.decided(childBorn: Day("2014-11-22")!, notHeard: "Ziek thuis.")).contains(
        .childVoice))
  }

  @Test func aCorrectedDecisionIsJudgedByItsCorrection() {
    var family = Self.decided(childBorn: Day("2010-01-01")!)
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D002", family: family.id, time: Timestamp(day: F.day(-6), hour: 9),
        outcome: .noInvestigation, rationale: "Correctie.", childView: "Kind wil thuis blijven.",
        recordedBy: "test", supersedes: "FV-2026-0001-D001"))
    #expect(!F.kinds(family).contains(.childVoice))
  }

  // MARK: deadlines

  static func drang(deadlineIn days: Int) -> Family {
    F.family(phase: .drang) {
      $0.decisions = [
        Decision(
          id: "FV-2026-0001-D001", family: "FV-2026-0001",
          time: Timestamp(day: F.day(-60), hour: 10),
          outcome: .drang, deadline: F.day(days), rationale: "Drang.", recordedBy: "test")
      ]
    }
  }

  @Test func deadlineFiresFourWeeksBeforeADrangDeadline() {
    #expect(!F.kinds(Self.drang(deadlineIn: 29)).contains(.deadline))
    let due = F.signals(Self.drang(deadlineIn: 28)).first { $0.kind == .deadline }
    #expect(due?.evidence.reason == "drang")
    #expect(due?.evidence.days == 28)
    #expect(due?.line(language: .en) == "Drang deadline 2026-12-27 (in 28 days)")
    let passed = F.signals(Self.drang(deadlineIn: -3)).first { $0.kind == .deadline }
    #expect(passed?.line(language: .nl) == "Drangtermijn 2026-11-26 (3 dagen geleden)")
    let wide = SignalThresholds(deadlineWarningDays: 29)
    #expect(F.kinds(Self.drang(deadlineIn: 29), thresholds: wide).contains(.deadline))
  }

  static func ruled(_ kind: EventKind, on day: Day, then later: EventKind? = nil) -> Family {
    F.family(phase: .measure) {
      $0.events = [ChainEvent(id: "E1", date: day, kind: kind, from: "rvdk", to: "gi")]
      if let later {
        $0.events.append(ChainEvent(id: "E2", date: day.adding(days: 10), kind: later, to: "gi"))
      }
    }
  }

  @Test func deadlineFiresFourWeeksBeforeAnOTSOrProvisionalOTSEnds() {
    // An OTS ruled on 2025-12-27 ends on 2026-12-27: 28 days from today.
    let ots = F.signals(Self.ruled(.rulingOTS, on: Day("2025-12-27")!)).first {
      $0.kind == .deadline
    }
    #expect(ots?.evidence.reason == "ots")
    #expect(ots?.line(language: .en) == "OTS ends 2026-12-27 (in 28 days): end or extend")
    #expect(!F.kinds(Self.ruled(.rulingOTS, on: Day("2025-12-28")!)).contains(.deadline))
    #expect(F.kinds(Self.ruled(.otsExtension, on: Day("2025-12-27")!)).contains(.deadline))
    #expect(
      !F.kinds(Self.ruled(.rulingOTS, on: Day("2025-12-27")!, then: .otsEnd)).contains(.deadline))
    // A provisional OTS ruled on 2026-09-27 ends on 2026-12-27.
    let provisional = F.signals(Self.ruled(.rulingProvisionalOTS, on: Day("2026-09-27")!)).first {
      $0.kind == .deadline
    }
    #expect(provisional?.evidence.reason == "provisional-ots")
    #expect(!F.kinds(Self.ruled(.rulingProvisionalOTS, on: Day("2026-09-28")!)).contains(.deadline))
    // Followed by the OTS itself: the provisional one no longer runs out.
    let followed = Self.ruled(.rulingProvisionalOTS, on: Day("2026-09-27")!, then: .rulingOTS)
    #expect(F.signals(followed).filter { $0.kind == .deadline }.map(\.evidence.reason) == [])
  }

  // MARK: the whole

  @Test func markersFollowTheKindOrderAndSignalsEncodeAsJSON() throws {
    let family = F.family(phase: .drang) {
      $0.involvements[0].to = F.day(-1)
      $0.plan.actions = [PlanAction(id: "A1", what: "Bellen", owner: "", due: nil)]
      $0.decisions = [
        Decision(
          id: "FV-2026-0001-D001", family: "FV-2026-0001",
          time: Timestamp(day: F.day(-60), hour: 10),
          outcome: .drang, deadline: F.day(5), rationale: "Drang.", recordedBy: "test")
      ]
    }
    let signals = F.signals(family)
    // No director (R), an agreement without owner (D), the drang deadline (T),
    // and nobody holding the child's safety while in drang (V).
    #expect(Signals.markers(signals) == "RDTV")
    let data = try TafelJSON.encode(signals)
    let decoded = try TafelJSON.decoder().decode([Signal].self, from: data)
    #expect(decoded == signals)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"kind\" : \"agreements\""))
  }

  @Test func everyKindHasADistinctMarker() {
    let markers = SignalKind.allCases.map(\.marker)
    #expect(Set(markers).count == SignalKind.allCases.count)
    #expect(String(markers) == "ROHSGADCTXPVB")
  }
}

extension SignalsTests {
  // MARK: sync

  @Test func aKeptConflictNamesTheFieldInWordsAndThePeopleByName() throws {
    let conflicted = F.family {
      $0.conflicts = [
        MergeConflict(
          path: ["plan", "director"], values: [.string("P1"), .string("P5")], base: .string("P9"),
          sides: [nil, nil], at: Timestamp(seconds: 0))
      ]
    }
    let signal = try #require(F.signals(conflicted).first { $0.kind == .sync })
    #expect(
      signal.line(language: .en)
        == "Two values for the director after a sync: Persoon 1 or Persoon 5; "
        + "settle with tafel resolve FV-2026-0001 plan.director")
    #expect(
      signal.line(language: .nl)
        == "Twee waarden voor de regisseur na synchronisatie: Persoon 1 of Persoon 5; "
        + "beslissen met tafel resolve FV-2026-0001 plan.director")
    // A field without words is shown as the file spells it.
    #expect(ConflictWords.field("plan.colour", .nl) == "plan.colour")
    #expect(
      ConflictWords.field("members[M2].birthDate", .nl) == "de geboortedatum van gezinslid M2")
  }
}
