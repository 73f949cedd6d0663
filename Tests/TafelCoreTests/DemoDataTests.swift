// The demo is what a new user sees first: it must be consistent (the store's
// check rules hold), cover every route of the study, and light up every
// signal — on any day it is made, not just the day it was written.

import TafelDemo
import Testing

@testable import TafelCore

@Suite struct DemoDataTests {
  static let today = Day("2026-11-29")!
  /// Days that test month ends, a leap day and a year turn.
  static let days = ["2026-11-29", "2028-02-29", "2026-12-31", "2027-01-01", "2026-03-31"].map {
    Day($0)!
  }

  @Test(arguments: days) func everyReferenceResolves(today: Day) {
    let demo = DemoData.make(today: today)
    let organisations = Set(demo.directory.organisations.map(\.id))
    let professionals = Set(demo.directory.professionals.map(\.id))
    let families = Set(demo.families.map(\.id))
    let meetings = Set(demo.meetings.map(\.id))
    #expect(families.count == demo.families.count, "family ids are unique")
    #expect(professionals.count == demo.directory.professionals.count)
    for professional in demo.directory.professionals {
      #expect(organisations.contains(professional.organisation))
    }
    for meeting in demo.meetings {
      #expect(Meeting.date(fromID: meeting.id) == meeting.date)
      for item in meeting.items { #expect(families.contains(item.family), "\(meeting.id)") }
    }
    for family in demo.families {
      #expect(family.id.wholeMatch(of: /FV-\d{4}-\d{4}/) != nil, "\(family.id)")
      for involvement in family.involvements {
        #expect(professionals.contains(involvement.professional), "\(family.id)")
        #expect(involvement.to.map { involvement.from <= $0 } ?? true, "\(family.id)")
      }
      if let director = family.plan.director {
        #expect(family.involvements.contains { $0.professional == director }, "\(family.id)")
      }
      for event in family.events {
        for organisation in [event.from, event.to].compactMap({ $0 }) {
          #expect(organisations.contains(organisation), "\(family.id) \(event.id)")
        }
        #expect(event.date <= today, "\(family.id) \(event.id) lies in the future")
      }
      for assessment in family.assessments {
        #expect(organisations.contains(assessment.organisation))
        #expect(assessment.subject == "household" || family.member(assessment.subject) != nil)
      }
      for decision in family.decisions {
        #expect(decision.family == family.id)
        if let superseded = decision.supersedes { #expect(family.decision(superseded) != nil) }
        if let meeting = decision.meeting { #expect(meetings.contains(meeting), "\(decision.id)") }
      }
      for action in family.plan.actions {
        if let decision = action.decision { #expect(family.decision(decision) != nil) }
      }
      #expect(Set(family.events.map(\.id)).count == family.events.count)
      #expect(Set(family.involvements.map(\.id)).count == family.involvements.count)
      #expect(Set(family.plan.actions.map(\.id)).count == family.plan.actions.count)
    }
  }

  @Test(arguments: days) func everySignalFiresSomewhere(today: Day) {
    let demo = DemoData.make(today: today)
    var kinds: Set<SignalKind> = []
    for family in demo.families {
      kinds.formUnion(
        Signals.evaluate(
          family: family, directory: demo.directory, today: today, thresholds: SignalThresholds()
        ).map(\.kind))
    }
    // Every kind but sync: the demo store never synced.
    #expect(kinds == Set(SignalKind.allCases).subtracting([.sync]))
  }

  @Test func eachSignalFiresWhereTheStoryPutsIt() {
    let demo = DemoData.make(today: Self.today)
    var markers: [String: String] = [:]
    for family in demo.families {
      markers[family.name] = Signals.markers(
        Signals.evaluate(
          family: family, directory: demo.directory, today: Self.today,
          thresholds: SignalThresholds()))
    }
    #expect(
      markers == [
        "Familie de Vries": "", "Familie Öztürk": "", "Familie Jansen": "OSG",
        "Familie Bakker": "TV", "Familie Mahabier": "ST", "Familie 王": "A",
        "Familie Hoekstra": "OHT", "Familie Pinas": "B", "Familie El Amrani": "DC",
        "Familie van Beek": "RG", "Familie Visser": "ROP", "Familie Kramer": "S",
        "Familie Lammers": "T", "Familie Bos": "", "Familie Yılmaz": "",
      ])
  }

  @Test func todaysMeetingHasSevenCasesFromNineOClock() {
    let demo = DemoData.make(today: Self.today)
    let todays = demo.meetings.first { $0.id == "JBT-2026-11-29" }
    #expect(todays?.date == Self.today)
    #expect(todays?.items.count == 7)
    #expect(todays?.items.first?.start == "09:00")
    #expect(todays?.items.map(\.start) == todays?.items.map(\.start).sorted())
    #expect(Set(todays?.items.map(\.kind) ?? []) == [.first, .otsReview, .otsEnd])
    #expect(todays?.items.first { $0.kind == .otsEnd }?.documents == OTSDocument.allCases)
    #expect(todays?.items.allSatisfy { $0.status == .waiting && !$0.attendance.isEmpty } == true)
    #expect(Meeting.pick(fromIDs: demo.meetings.map(\.id), today: Self.today) == "JBT-2026-11-29")
    let past = demo.meetings.filter { $0.date < Self.today }
    #expect(!past.isEmpty)
    #expect(past.allSatisfy { $0.items.allSatisfy { $0.status == .decided } })
    #expect(demo.meetings.contains { $0.date > Self.today && !$0.items.isEmpty })
  }

  @Test func theRoutesOfTheStudyAreAllThere() {
    let demo = DemoData.make(today: Self.today)
    let byName = Dictionary(uniqueKeysWithValues: demo.families.map { ($0.name, $0) })
    #expect(demo.families.count >= 12)
    // Usual route: report → intake → table → the RvdK decides to investigate → judge → GI.
    let usual = byName["Familie de Vries"]!.events.map(\.kind)
    #expect(
      usual.filter {
        [.report, .tableDiscussion, .rvdkAccept, .rulingOTS, .giStart].contains($0)
      }
        == [.report, .tableDiscussion, .rvdkAccept, .rulingOTS, .giStart])
    // The table asked, the RvdK declined, the local team carried on.
    let bos = byName["Familie Bos"]!
    #expect(bos.events.contains { $0.kind == .rvdkReject && $0.rvdk?.reason != nil })
    #expect(bos.requestsAwaitingRvdK.isEmpty)
    // Veilig Thuis scales up straight to the RvdK.
    #expect(byName["Familie Jansen"]!.events.contains { $0.kind == .scaleUp && $0.from == "vt-gm" })
    // Scale-down to the local team with drang by a GI.
    let bakker = byName["Familie Bakker"]!
    #expect(bakker.events.contains { $0.kind == .scaleDown && $0.to == "lt-scherpenzeel" })
    #expect(bakker.events.contains { $0.kind == .drangStart && $0.to == "gi-ldh" })
    // Police crisis → provisional OTS.
    let crisis = byName["Familie Mahabier"]!.events.map(\.kind)
    #expect(crisis.prefix(3) == [.crisis, .investigationStart, .rulingProvisionalOTS])
    // Ede's access team in front of the local team.
    #expect(
      byName["Familie Öztürk"]!.events.contains {
        $0.kind == .handover && $0.from == "toegang-ede" && $0.to == "lt-ede"
      })
    // More than forty professionals for one young person.
    #expect(Set(byName["Familie Hoekstra"]!.involvements.map(\.professional)).count > 40)
    // A child of twelve or older on today's table.
    let todays = demo.meetings.first { $0.date == Self.today }!
    #expect(todays.items.contains { $0.attendance.contains { $0.role == .child } })
    // A correction that supersedes a decision.
    #expect(demo.families.contains { $0.decisions.contains { $0.supersedes != nil } })
    // Every phase of the chain is represented.
    #expect(Set(demo.families.map(\.phase)) == Set(Phase.allCases))
  }

  @Test func namesUseDiacriticsAndANonLatinScriptButNoJoinedEmoji() {
    let demo = DemoData.make(today: Self.today)
    let names =
      demo.families.flatMap { [$0.name] + $0.members.map(\.name) }
      + demo.directory.professionals.map(\.name)
    for expected in ["Daniëlle", "Zoë", "Öztürk", "Chloë"] {
      #expect(names.contains { $0.contains(expected) }, "\(expected)")
    }
    #expect(names.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
    #expect(!names.contains { $0.unicodeScalars.contains { $0.value == 0x200D } })
  }

  @Test func theDemoIsTheSameForTheSameDayAndRoundTripsAsJSON() throws {
    let first = DemoData.make(today: Self.today)
    let second = DemoData.make(today: Self.today)
    #expect(first.families == second.families)
    #expect(first.meetings == second.meetings)
    for family in first.families {
      let data = try TafelJSON.encode(family)
      #expect(try TafelJSON.decoder().decode(Family.self, from: data) == family)
    }
    let directory = try TafelJSON.encode(first.directory)
    #expect(try TafelJSON.decoder().decode(Directory.self, from: directory) == first.directory)
  }

  @Test func demoDecisionsWouldPassTheDecisionRulesExceptTheDeliberateGaps() {
    // Every drang decision has a deadline within six months and agreements.
    let demo = DemoData.make(today: Self.today)
    let drang = demo.families.flatMap(\.decisions).filter { $0.outcome == .drang }
    // The rules are only tried when the demo holds drang decisions to try them on.
    #expect(drang.count >= 2, "the demo has \(drang.count) drang decisions")
    for family in demo.families {
      for decision in family.decisions where decision.outcome == .drang {
        let decided = decision.time.utcDay
        #expect(decision.deadline.map { $0 > decided && $0 <= decided.adding(months: 6) } == true)
        #expect(!decision.agreements.isEmpty)
      }
    }
  }
}
