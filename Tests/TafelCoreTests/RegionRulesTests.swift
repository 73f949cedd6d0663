// The region's own rules (issue 26): settings read and refused, a duo with a
// regional safety team counted as one direction, consent per person by age
// and basis, and who holds the child's safety with handovers answered or not.

import Foundation
import Testing

@testable import TafelCore

@Suite("region settings")
struct RegionSettingsTests {
  @Test func absentSettingsAreTodaysBehaviourWithTheNationalNorms() throws {
    let settings = RegionSettings()
    #expect(settings.outcomes == Outcome.offered)
    #expect(settings.roles == AttendeeRole.allCases)
    #expect(settings.agendaKinds == AgendaKind.allCases)
    #expect(settings.drangMaximumMonths == 6)
    #expect(settings.norms == RegionNorms.national)
    // Written only where it differs: a store that never chose keeps the defaults.
    let written = try JSONSerialization.jsonObject(with: try TafelJSON.encode(settings))
    #expect((written as? [String: Any])?.isEmpty == true)
    let info = StoreInfo(region: "Foodvalley", familyPrefix: "FV")
    #expect(!String(decoding: try TafelJSON.encode(info), as: UTF8.self).contains("settings"))
  }

  @Test func aRuleBrokenIsRefusedAtItsPlace() throws {
    let json = """
      {"outcomes": ["drang", "drang"], "norms": [{"step": "report-intake", "figure": 0,
      "unit": "working-days", "source": "x"}]}
      """
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(RegionSettings.self, from: Data(json.utf8))
    }
    var settings = RegionSettings()
    settings.outcomes = [.drang, .drang]
    settings.roles = [.parent]
    settings.agendaKinds = [.otsReview]
    settings.drangMaximumMonths = 30
    settings.norms.append(RegionNorms.national[0])
    let places = settings.problems.map { JSONPathElement.describe($0.path) }
    #expect(
      places == ["outcomes[1]", "roles", "agendaKinds", "drangMaximumMonths", "norms[4].step"])
    #expect(settings.problems[3].message == "30 is outside 1–24")
  }

  @Test func theTableOffersOnlyItsOutcomesAndItsDrangTerm() throws {
    var settings = RegionSettings()
    settings.outcomes = [.noInvestigation, .drang, .other]
    settings.drangMaximumMonths = 3
    let family = SignalFixture.family(phase: .table)
    var draft = DecisionDraft(outcome: .investigation, rationale: "Zorgen blijven.")
    let refused = family.refusals(of: draft, today: SignalFixture.today, settings: settings)
    #expect(refused.first?.english.hasPrefix("outcome: investigation is not an outcome") == true)
    draft = DecisionDraft(
      outcome: .drang, deadline: SignalFixture.today.adding(months: 4).description,
      rationale: "Afspraken.", agreements: [AgreementDraft(what: "Hulp", owner: "P1")])
    let late = family.refusals(of: draft, today: SignalFixture.today, settings: settings)
    #expect(late.first?.english.contains("more than 3 months ahead") == true)
    // The same draft is within the national six months.
    #expect(family.refusals(of: draft, today: SignalFixture.today).isEmpty)
  }
}

@Suite("duo with a regional safety team")
struct DuoTests {
  static let lookup = DirectoryLookup(SignalFixture.directory)

  @Test func aLocalProfessionalAndASafetyTeamAreOneDirection() {
    // P1 (local team) directs; P20 (safety team) joins as the duo.
    let duo = SignalFixture.family(phase: .table) { family in
      family.involvements.append(SignalFixture.involvement("I1", "P20", [.direction], from: -30))
    }
    #expect(
      Directors.directions(on: SignalFixture.today, in: duo, lookup: Self.lookup) == [
        ["P1", "P20"]
      ])
    let kinds = SignalFixture.kinds(duo)
    #expect(!kinds.contains(.direction))
    #expect(!kinds.contains(.overlap))
    let timeline = Timeline.build(family: duo, directory: SignalFixture.directory)
    #expect(timeline.directionOverlaps.isEmpty)
  }

  @Test func twoIndependentDirectorsStillGiveTheSignal() {
    // P1 (local team) and P3 (GI) both direct: two directors, and an overlap.
    let two = SignalFixture.family(phase: .table) { family in
      family.involvements.append(SignalFixture.involvement("I1", "P3", [.direction], from: -30))
    }
    #expect(Directors.directions(on: SignalFixture.today, in: two, lookup: Self.lookup).count == 2)
    #expect(SignalFixture.kinds(two).contains(.direction))
    #expect(SignalFixture.kinds(two).contains(.overlap))
    // A duo beside a third director: two directions, the signal names the third.
    let three = SignalFixture.family(phase: .table) { family in
      family.involvements.append(SignalFixture.involvement("I1", "P20", [.direction], from: -30))
      family.involvements.append(SignalFixture.involvement("I2", "P3", [.direction], from: -20))
    }
    #expect(
      Directors.directions(on: SignalFixture.today, in: three, lookup: Self.lookup) == [
        ["P1", "P20"], ["P3"],
      ])
    let several = SignalFixture.signals(three).filter { $0.kind == .direction }
    #expect(several.count == 2)
    #expect(several.allSatisfy { $0.evidence.professionals.contains("P3") })
  }

  @Test func theReportCountsADuoAsExactlyOneDirection() {
    let duo = SignalFixture.family(phase: .table) { family in
      family.involvements.append(SignalFixture.involvement("I1", "P20", [.direction], from: -30))
    }
    let report = RegionReport.build(
      families: [duo], directory: SignalFixture.directory, from: nil, to: nil,
      today: SignalFixture.today, thresholds: SignalThresholds())
    #expect(report.direction.exactlyOne == 1)
    #expect(report.direction.several == 0)
    #expect(report.overlaps.isEmpty)
  }
}

@Suite("consent per person")
struct ConsentRulesTests {
  /// A family at the table with two parents with custody and one child born
  /// `years` years before the fixture's today; the parents' consent holds.
  static func family(childAged years: Int, phase: Phase = .table) -> Family {
    SignalFixture.family(phase: phase) { family in
      family.members = [
        Member(id: "M1", name: "Anna Smit", role: .parent, custody: true),
        Member(id: "M2", name: "Bart Smit", role: .parent, custody: true),
        Member(
          id: "M3", name: "Cas Smit", role: .child,
          birthDate: SignalFixture.today.adding(months: -12 * years).adding(days: -10)),
      ]
      family.consent = [
        Consent(givenBy: "Anna Smit en Bart Smit", date: SignalFixture.day(-50), scope: "tafel")
      ]
    }
  }

  @Test func at11TheParentsWithCustodyDecide() {
    let family = Self.family(childAged: 11)
    let needed = ConsentRules.needed(in: family, on: SignalFixture.today)
    #expect(needed.map(\.member.id) == ["M1", "M2"])
    // The consent recorded before consent was per person names them both.
    #expect(!SignalFixture.kinds(family).contains(.consent))
  }

  @Test func at13TheChildConsentsBesideTheParents() throws {
    var family = Self.family(childAged: 13)
    #expect(
      ConsentRules.needed(in: family, on: SignalFixture.today).map(\.why) == [
        .custody, .custody, .childFrom12,
      ])
    let signal = try #require(SignalFixture.signals(family).first { $0.kind == .consent })
    #expect(signal.evidence.reason == "missing")
    #expect(
      signal.line(language: .en) == "No consent to share at the table from Cas Smit (12 or older)")
    family.consent.append(
      Consent(givenBy: "Cas Smit", member: "M3", date: SignalFixture.day(-5), scope: "tafel"))
    #expect(!SignalFixture.kinds(family).contains(.consent))
  }

  @Test func at17TheYouthConsentsAlone() {
    var family = Self.family(childAged: 17)
    #expect(ConsentRules.needed(in: family, on: SignalFixture.today).map(\.member.id) == ["M3"])
    #expect(SignalFixture.kinds(family).contains(.consent))
    family.consent = [
      Consent(givenBy: "Cas Smit", member: "M3", date: SignalFixture.day(-5), scope: "tafel")
    ]
    // The parents' consent is not needed at 17.
    #expect(!SignalFixture.kinds(family).contains(.consent))
  }

  @Test func withdrawalIsPerPersonAndTheLawNeedsNoConsent() throws {
    var family = Self.family(childAged: 11)
    family.consent = [
      Consent(givenBy: "Anna Smit", member: "M1", date: SignalFixture.day(-50), scope: "tafel"),
      Consent(
        givenBy: "Bart Smit", member: "M2", date: SignalFixture.day(-50), scope: "tafel",
        withdrawn: SignalFixture.day(-3)),
    ]
    let signal = try #require(SignalFixture.signals(family).first { $0.kind == .consent })
    #expect(signal.evidence.reason == "withdrawn")
    #expect(signal.evidence.texts == ["Bart Smit|custody"])
    #expect(signal.evidence.dates == [SignalFixture.day(-3)])
    // Under the RvdK's investigation and under a measure no consent is asked.
    for phase in [Phase.reported, .investigation, .measure] {
      family.phase = phase
      #expect(!SignalFixture.kinds(family).contains(.consent), "\(phase)")
    }
    #expect(LegalBasis.of(.investigation) == .investigation)
    #expect(LegalBasis.of(.drang) == .consent)
  }
}

@Suite("who holds the child's safety")
struct SafetyResponsibilityTests {
  @Test func aHandoverPassesOnlyWhenAccepted() throws {
    var family = SignalFixture.family(phase: .table)
    _ = try family.takeSafety(
      organisation: "lt", professional: "P1", on: SignalFixture.day(-60), agreements: ["Wekelijks"])
    let offer = try family.offerSafety(
      to: "gi", professional: nil, on: SignalFixture.day(-10), agreements: [])
    #expect(offer.id == "S2")
    // Until the GI answers, the local team holds it.
    #expect(family.safetyHolder(on: SignalFixture.today)?.organisation == "lt")
    #expect(throws: SafetyRefusal.self) {
      try family.answerSafetyOffer(.refused, by: "GI", on: SignalFixture.day(-2), reason: " ")
    }
    _ = try family.answerSafetyOffer(.accepted, by: "GI", on: SignalFixture.day(-2), reason: nil)
    #expect(family.safetyHolder(on: SignalFixture.today)?.organisation == "gi")
    #expect(family.safetyHolder(on: SignalFixture.day(-3))?.organisation == "lt")
    #expect(family.safety?[0].to == SignalFixture.day(-2))
  }

  @Test func aRefusedHandoverLeavesItWhereItWas() throws {
    var family = SignalFixture.family(phase: .investigation)
    _ = try family.takeSafety(
      organisation: "lt", professional: nil, on: SignalFixture.day(-60), agreements: [])
    _ = try family.offerSafety(
      to: "rvdk", professional: nil, on: SignalFixture.day(-10), agreements: [])
    let refused = try family.answerSafetyOffer(
      .refused, by: "Raadsonderzoeker", on: SignalFixture.day(-9),
      reason: "Onderzoek neemt het niet over")
    #expect(refused.from == nil)
    #expect(family.safetyHolder(on: SignalFixture.today)?.organisation == "lt")
    #expect(family.openSafetyOffer == nil)
    #expect(!SignalFixture.kinds(family).contains(.safety))
  }

  @Test func aHandoverNeverAnsweredIsSignalledAfterTheThreshold() throws {
    var family = SignalFixture.family(phase: .drang)
    _ = try family.takeSafety(
      organisation: "lt", professional: nil, on: SignalFixture.day(-60), agreements: [])
    _ = try family.offerSafety(
      to: "gi", professional: nil, on: SignalFixture.day(-7), agreements: [])
    // Seven days is within the week; eight is not.
    #expect(!SignalFixture.kinds(family).contains(.safety))
    let later = SignalFixture.signals(family, today: SignalFixture.day(1))
    let signal = try #require(later.first { $0.kind == .safety })
    #expect(signal.evidence.reason == "unanswered")
    #expect(
      signal.line(language: .en)
        == "Safety handover from Lokaal Team Oost to Jeugdbescherming Test unanswered for 8 days (offered \(SignalFixture.day(-7)))"
    )
    var thresholds = SignalThresholds()
    thresholds.handoverAnswerDays = 14
    #expect(
      !SignalFixture.signals(family, thresholds: thresholds, today: SignalFixture.day(1)).contains {
        $0.kind == .safety
      })
  }

  @Test func aWaitingFamilyWhoseSafetyNobodyHoldsIsSignalled() throws {
    var family = SignalFixture.family(phase: .table)
    #expect(SignalFixture.signals(family).first { $0.kind == .safety }?.evidence.reason == "none")
    // Voluntary help does not wait for the chain: no signal there.
    family.phase = .voluntary
    #expect(!SignalFixture.kinds(family).contains(.safety))
    family.phase = .table
    _ = try family.takeSafety(
      organisation: "lt", professional: nil, on: SignalFixture.day(-1), agreements: [])
    #expect(!SignalFixture.kinds(family).contains(.safety))
    #expect(throws: SafetyRefusal.self) {
      try family.takeSafety(
        organisation: "gi", professional: nil, on: SignalFixture.day(-5), agreements: [])
    }
  }
}

@Suite("the report against the norms")
struct ReportNormsTests {
  /// Three families whose report and intake fall around Easter 2026 and in
  /// November: 5 working days from Thursday 2 April is Monday 13 April.
  static func report() -> RegionReport {
    func family(_ number: Int, report: String, intake: String) -> Family {
      SignalFixture.family { family in
        family.id = "FV-2026-000\(number)"
        family.events = [
          ChainEvent(id: "E1", date: Day(report)!, kind: .report),
          ChainEvent(id: "E2", date: Day(intake)!, kind: .intake),
        ]
      }
    }
    return RegionReport.build(
      families: [
        family(1, report: "2026-04-02", intake: "2026-04-13"),
        family(2, report: "2026-04-02", intake: "2026-04-14"),
        family(3, report: "2026-11-02", intake: "2026-11-06"),
      ], directory: SignalFixture.directory, from: nil, to: nil, today: SignalFixture.today,
      thresholds: SignalThresholds(), region: "Foodvalley")
  }

  @Test func eachLeadTimeStandsBesideItsNormAndSource() throws {
    let report = Self.report()
    let step = try #require(report.leadTimes.first { $0.step == .reportToIntake })
    let norm = try #require(step.norm)
    #expect(norm.figure == 5 && norm.unit == .workingDays && norm.targetShare == 90)
    #expect(norm.within == 2)
    #expect(norm.meetsTarget == false)
    #expect(norm.source.hasPrefix("Veilig Thuis"))
    #expect(report.leadTimes.first { $0.step == .intakeToTable }?.norm == nil)
    #expect(report.leadTimes.map(\.step).contains(.reportToGI))
  }

  @Test func theNormsInTextJSONAndCSV() throws {
    let report = Self.report()
    let text = report.text(language: .en)
    // Days 11, 12 and 4: median 11, p90 12; the norm in working days holds for 11 and 4.
    let squeezed = text.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(
      squeezed.contains(
        "report → intake 3 11 12 4 12 5 working days (90%) 66.7% (below target)"), "\(text)")
    #expect(
      text.contains(
        "    report → intake: Veilig Thuis: a safety assessment within 5 working days of a report (target 90%)"
      ))
    #expect(
      report.text(language: .nl).contains("5 werkdagen (90%)  66,7% (onder doel)"))
    let json = String(decoding: try TafelJSON.encode(report), as: UTF8.self)
    #expect(json.contains("\"meetsTarget\" : false"))
    #expect(json.contains("\"unit\" : \"working-days\""))
    let csv = report.csv()
    #expect(
      csv.contains(
        "norm,report-intake,working-days,2,,,5,90,0.6667,,Veilig Thuis: a safety assessment within 5 working days of a report (target 90%)"
      ), "\(csv)")
  }

  @Test func severalStoresAreReportedTogether() throws {
    let one = RegionReport.Source(
      region: "Foodvalley", families: [SignalFixture.family()], directory: SignalFixture.directory)
    var other = SignalFixture.family()
    other.name = "Familie Ander"
    var strict = RegionSettings()
    strict.norms = []
    let two = RegionReport.Source(
      region: "Vallei-Oost", families: [other], directory: SignalFixture.directory,
      settings: strict)
    let report = RegionReport.build(
      sources: [one, two], from: nil, to: nil, today: SignalFixture.today,
      thresholds: SignalThresholds(), naming: .names)
    #expect(report.families == 2)
    #expect(report.stores.map(\.families) == [1, 1])
    // The two hand-made families share one id: said, and counted in each store.
    #expect(
      report.notes == [
        "Vallei-Oost holds other norms than Foodvalley; the report uses Foodvalley's",
        "1 family id is in more than one store (Foodvalley, Vallei-Oost): each counts once per store; replicas of one table count twice",
      ])
    #expect(
      report.phases.first { $0.phase == .voluntary }?.named?.map(\.store) == [
        "Foodvalley", "Vallei-Oost",
      ])
    #expect(report.text().contains("Stores: Foodvalley (1 family) · Vallei-Oost (1 family)"))
  }
}

@Suite("safety on record")
struct SafetyRecordTests {
  static func family() throws -> Family {
    var family = SignalFixture.family(phase: .investigation)
    _ = try family.takeSafety(
      organisation: "lt", professional: "P1", on: SignalFixture.day(-60),
      agreements: ["Wekelijks bellen"])
    _ = try family.offerSafety(
      to: "rvdk", professional: nil, on: SignalFixture.day(-10), agreements: [])
    _ = try family.answerSafetyOffer(
      .refused, by: "Raadsonderzoeker", on: SignalFixture.day(-9), reason: "Blijft bij het LT")
    return family
  }

  static func json(_ family: Family) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: TafelJSON.encode(family))
  }

  @Test func aReplicaCannotTakeASafetyRecordOrAnAnswerBack() throws {
    let family = try Self.family()
    let base = try Self.json(family)
    var removed = family
    removed.safety?.removeLast()
    #expect(
      RecordGrowth.shrinkage(base: base, theirs: try Self.json(removed))
        == "safety record S2 was removed")
    var turned = family
    turned.safety?[1].answer = .accepted
    #expect(
      RecordGrowth.shrinkage(base: base, theirs: try Self.json(turned))
        == "the answer to safety handover S2 was changed")
    // Passing it on later is growth, not shrinkage.
    var later = family
    _ = try later.offerSafety(to: "gi", professional: nil, on: SignalFixture.today, agreements: [])
    #expect(RecordGrowth.shrinkage(base: base, theirs: try Self.json(later)) == nil)
  }

  @Test func theFamilysCopyOfItsFileNamesWhoHeldItsSafety() throws {
    // The same words as the history's section (Timeline.safetyLines).
    let input = FamilyExportInput(
      family: try Self.family(), meetings: [], directory: SignalFixture.directory, access: [],
      region: "Foodvalley", language: .en, zone: .amsterdam,
      made: Timestamp(day: SignalFixture.today, hour: 9))
    let text = FamilyExport.markdown(input)
    #expect(text.contains("Who holds the child's safety"))
    #expect(
      text.contains(
        "- \(SignalFixture.day(-60)) → now: Lokaal Team Oost · Persoon 1 · while waiting: Wekelijks bellen"
      ))
    let history = Timeline.build(family: try Self.family(), directory: SignalFixture.directory)
    #expect(history.text(language: .en).contains("Safety (zicht op veiligheid)"))
    #expect(
      history.text(language: .nl).contains(
        "\(SignalFixture.day(-10)): aangeboden aan RvdK door Lokaal Team Oost: geweigerd"))
    #expect(
      history.html(language: .en).contains(
        "<li>\(SignalFixture.day(-60)) → now: Lokaal Team Oost · Persoon 1 · while waiting: Wekelijks bellen</li>"
      ))
    #expect(
      text.contains(
        "\(SignalFixture.day(-10)): offered to RvdK by Lokaal Team Oost: refused \(SignalFixture.day(-9)) by Raadsonderzoeker · Blijft bij het LT"
      ), "\(text)")
  }
}

@Suite("back again")
struct RepeatSignalTests {
  /// A family the table sent back to voluntary help 40 days ago.
  static func family(_ build: (inout Family) -> Void = { _ in }) -> Family {
    SignalFixture.family { family in
      family.decisions = [
        Decision(
          id: "FV-2026-0001-D001", family: "FV-2026-0001", meeting: "JBT-2026-10-20",
          time: Timestamp(day: SignalFixture.day(-40), hour: 10), outcome: .noInvestigation,
          rationale: "Vrijwillig.", recordedBy: "test")
      ]
      build(&family)
    }
  }

  @Test func aNewReportWithinTheWindowIsMarkedWithItsEvidence() throws {
    let family = Self.family { family in
      family.events.append(ChainEvent(id: "E9", date: SignalFixture.day(-5), kind: .report))
    }
    let signal = try #require(SignalFixture.signals(family).first { $0.kind == .repeated })
    #expect(signal.evidence.ids == ["FV-2026-0001-D001", "E9"])
    #expect(signal.evidence.dates == [SignalFixture.day(-40), SignalFixture.day(-5)])
    #expect(
      signal.line(language: .en)
        == "Back within 12 months: report on \(SignalFixture.day(-5)), after “No RvdK investigation; voluntary help continues” on \(SignalFixture.day(-40))"
    )
    #expect(signal.line(language: .nl).hasPrefix("Terug binnen 12 maanden: melding op"))
  }

  @Test func notBackWithoutAnEndingOutcomeOrAfterTheWindow() {
    // A report before the decision is the route that led to it, not a return.
    let before = Self.family { family in
      family.events.append(ChainEvent(id: "E9", date: SignalFixture.day(-60), kind: .report))
    }
    #expect(!SignalFixture.kinds(before).contains(.repeated))
    // With a window of one month, a report 35 days after the decision is outside it.
    var settings = RegionSettings()
    settings.repeatWindowMonths = 1
    let late = Self.family { family in
      family.events.append(ChainEvent(id: "E9", date: SignalFixture.day(-5), kind: .report))
    }
    let signals = Signals.evaluate(
      family: late, directory: SignalFixture.directory, today: SignalFixture.today,
      thresholds: SignalThresholds(), settings: settings)
    #expect(!signals.contains { $0.kind == .repeated })
    // An RvdK investigation is not an ending outcome.
    let investigated = Self.family { family in
      family.decisions[0].outcome = .investigation
      family.events.append(ChainEvent(id: "E9", date: SignalFixture.day(-5), kind: .report))
    }
    #expect(!SignalFixture.kinds(investigated).contains(.repeated))
  }
}

@Suite("review findings")
struct RegionRulesReviewTests {
  @Test func aLaterDecisionReplacesAnEndingOne() {
    // Drang, then an investigation decided, then a report: the table's part
    // had not ended, so the family is not "back".
    let family = RepeatSignalTests.family { family in
      family.decisions[0].outcome = .drang
      family.decisions.append(
        Decision(
          id: "FV-2026-0001-D002", family: "FV-2026-0001", meeting: "JBT-2026-11-10",
          time: Timestamp(day: SignalFixture.day(-20), hour: 10), outcome: .investigation,
          rationale: "Onderzoek.", recordedBy: "test"))
      family.events.append(ChainEvent(id: "E9", date: SignalFixture.day(-5), kind: .report))
    }
    #expect(!SignalFixture.kinds(family).contains(.repeated))
  }

  @Test func theReportCountsBackWhatSignalBMarks() {
    // No investigation, a new request, then drang: back after the first decision.
    let family = RepeatSignalTests.family { family in
      family.events.append(
        ChainEvent(id: "E9", date: SignalFixture.day(-30), kind: .requestForDiscussion))
      family.decisions.append(
        Decision(
          id: "FV-2026-0001-D002", family: "FV-2026-0001", meeting: "JBT-2026-11-10",
          time: Timestamp(day: SignalFixture.day(-20), hour: 10), outcome: .drang,
          deadline: SignalFixture.day(60), rationale: "Drang.", recordedBy: "test"))
    }
    #expect(SignalFixture.kinds(family).contains(.repeated))
    let report = RegionReport.build(
      families: [family], directory: SignalFixture.directory, from: nil, to: nil,
      today: SignalFixture.today, thresholds: SignalThresholds())
    #expect(report.repeats.families == 1)
    #expect(report.repeats.back == 1)
  }

  @Test func safetyCannotBeDatedBeforeWhatIsRecordedNorAcceptedFromAFormerHolder() throws {
    var family = SignalFixture.family(phase: .table)
    _ = try family.takeSafety(
      organisation: "lt", professional: nil, on: SignalFixture.day(-60), agreements: [])
    _ = try family.offerSafety(
      to: "gi", professional: nil, on: SignalFixture.day(-10), agreements: [])
    _ = try family.answerSafetyOffer(
      .refused, by: "GI", on: SignalFixture.day(-8), reason: "Geen plek")
    #expect(throws: SafetyRefusal.self) {
      try family.takeSafety(
        organisation: "vt", professional: nil, on: SignalFixture.day(-30), agreements: [])
    }
    // Two replicas: one offered to the GI, the other recorded VT as holder.
    var offered = family
    _ = try offered.offerSafety(
      to: "gi", professional: nil, on: SignalFixture.day(-3), agreements: [])
    var merged = offered
    merged.safety?.append(
      SafetyResponsibility(id: "S4-b", organisation: "vt", from: SignalFixture.day(-2)))
    merged.safety?[0].to = nil
    let problems = FamilyReferences.problems(
      merged, known: KnownReferences(SignalFixture.directory))
    #expect(problems.contains { $0.message.contains("both hold the child's safety") })
    #expect(throws: SafetyRefusal.self) {
      try merged.answerSafetyOffer(.accepted, by: "GI", on: SignalFixture.today, reason: nil)
    }
  }

  @Test func anOldConsentNamesAMemberOnlyByTheirWholeName() {
    let ali = Member(id: "M1", name: "Ali", role: .parent, custody: true)
    #expect(!ConsentRules.names(ali, in: "Alicia Bakker"))
    #expect(ConsentRules.names(ali, in: "Ali en Fatma Bakker"))
    #expect(ConsentRules.names(ali, in: "ouders (Ali, Fatma)"))
  }
}
