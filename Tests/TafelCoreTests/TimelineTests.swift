// The history timeline of demo families: the route with days between steps,
// the phase bands, who held direction when, and the running count of
// professionals — as a professional preparing a case would read it.

import TafelDemo
import Testing

@testable import TafelCore

@Suite struct TimelineTests {
  static let today = Day("2026-11-29")!
  static let demo = DemoData.make(today: today)

  static func timeline(_ name: String) -> Timeline {
    let family = demo.families.first { $0.name == name }!
    return Timeline.build(family: family, directory: demo.directory)
  }

  @Test func theUsualRouteWithDaysBetweenSteps() {
    let timeline = Self.timeline("Familie de Vries")
    #expect(timeline.rows.count == 11)
    #expect(timeline.rows.first?.kind == .report)
    #expect(timeline.rows.first?.daysSincePrevious == nil)
    #expect(
      timeline.rows.map(\.daysSincePrevious).dropFirst().map { $0 ?? -1 }
        == [9, 161, 14, 0, 10, 76, 4, 16, 5, 0])
    #expect(timeline.rows.first?.fromName == "CBS Het Klaverblad")
    #expect(timeline.rows.first?.toName == "Sociaal Team Nijkerk")
    #expect(
      timeline.phases.map { "\($0.phase.rawValue) \($0.from) \($0.to?.description ?? "now")" } == [
        "voluntary 2025-10-14 2026-03-24", "table 2026-03-24 2026-04-17",
        "investigation 2026-04-17 2026-07-22", "measure 2026-07-22 now",
      ])
    #expect(timeline.direction.map(\.organisation) == ["lt-nijkerk", "gi-jbg"])
    #expect(timeline.direction.first?.to == Day("2026-07-26"))
    #expect(timeline.direction.last?.to == nil)
  }

  @Test func professionalsJoinAndLeaveWithARunningCount() {
    let timeline = Self.timeline("Familie de Vries")
    #expect(timeline.professionalsMet == 5)
    #expect(
      timeline.staff.map(\.change) == [.joined, .joined, .joined, .joined, .left, .left, .joined])
    #expect(timeline.staff.map(\.active) == [1, 2, 3, 4, 3, 2, 3])
    #expect(timeline.staff.map(\.metSoFar) == [1, 2, 3, 4, 4, 4, 5])
    let hoekstra = Self.timeline("Familie Hoekstra")
    #expect(hoekstra.professionalsMet == 46)
    #expect(hoekstra.staff.last?.metSoFar == 46)
  }

  @Test func aDecisionThatMovesTheFamilyShowsFromTheLastStep() {
    // Pinas: voluntary until the request, at the table, voluntary again after the decision.
    let timeline = Self.timeline("Familie Pinas")
    // The table phase shows between them: no gap in the phases.
    #expect(timeline.phases.map(\.phase) == [.voluntary, .table, .voluntary])
    #expect(timeline.phases[1].to == timeline.phases[2].from)
    #expect(timeline.phases.last?.from == Day("2026-11-15"))
    #expect(timeline.phases.last?.to == nil)
  }

  @Test func aCrisisGoesStraightToInvestigationAndMeasure() {
    let timeline = Self.timeline("Familie Mahabier")
    #expect(timeline.phases.map(\.phase) == [.investigation, .measure])
    #expect(timeline.phases.first.map { $0.from.days(until: $0.to!) } == 1)
  }

  @Test func textAndMarkdownInBothLanguages() throws {
    let timeline = Self.timeline("Familie de Vries")
    let dutch = timeline.text(language: .nl)
    #expect(dutch.hasPrefix("Familie de Vries · FV-2025-0012 · Nijkerk · maatregel\n"))
    #expect(dutch.contains("2026-07-22  kinderrechter → Jeugdbescherming Gelderland"))
    #expect(dutch.contains("uitspraak: OTS"))
    #expect(dutch.contains("informeerde"))
    #expect(dutch.contains("Regie"))
    let english = timeline.text(language: .en)
    #expect(english.contains("ruling: OTS"))
    #expect(english.contains("  measure        2026-07-22  →  now         ongoing"))
    let markdown = timeline.markdown(language: .en)
    #expect(markdown.hasPrefix("# Familie de Vries (FV-2025-0012)\n"))
    #expect(markdown.contains("| date | from → to | step | days | note |"))
    #expect(markdown.contains("| 2025-10-14 | → Sociaal Team Nijkerk | intake | +9 |"))
    let json = try TafelJSON.encode(timeline)
    #expect(try TafelJSON.decoder().decode(Timeline.self, from: json) == timeline)
  }

  @Test func aHandoverWithoutInformedSaysSo() {
    let text = Self.timeline("Familie Jansen").text(language: .en)
    #expect(text.contains("scale-up (nobody recorded as informed)"))
  }

  @Test func aFamilyWithoutStepsOrHelpers() {
    let family = Family(id: "FV-2026-0999", name: "Familie Leeg", municipality: "Ede")
    let timeline = Timeline.build(family: family, directory: Self.demo.directory)
    #expect(timeline.rows.isEmpty)
    #expect(timeline.phases.isEmpty)
    #expect(timeline.text(language: .en).contains("nobody has held direction"))
    #expect(timeline.markdown(language: .nl).contains("niemand heeft de regie gehad"))
  }

  @Test func columnsLineUpInTerminalCellsWithCJKAndDecomposedNames() {
    let lines = RegionReport.table([
      ["2026-01-05", "+", "陈小明 (GI)", "active 1"],
      ["2026-02-01", "+", "Danie\u{0308}lle Öztürk (LT)", "active 2"],
      ["2026-03-01", "−", "Zoë (VT)", "active 1"],
    ])
    // The last column starts in the same terminal column on every line.
    let starts = lines.map { line in
      DisplayWidth.of(String(line[..<line.range(of: "active")!.lowerBound]))
    }
    #expect(Set(starts).count == 1, "\(lines)")
  }

  @Test("history as text: the notes under their step, two directors at once flagged")
  func textHoldsNotesAndFlagsTwoDirectors() {
    let families = DemoData.make(today: Self.today).families
    for family in families {
      let timeline = Timeline.build(
        family: family, directory: DemoData.make(today: Self.today).directory)
      let text = timeline.text(language: .en)
      for note in timeline.rows.compactMap({ $0.note(.en) }) where !note.trimmed.isEmpty {
        let first = String(note.split(whereSeparator: \.isNewline).first ?? "").trimmed
        #expect(text.contains(first), "\(family.id): note \(first)")
      }
      #expect(
        text.contains("Two directors at once") == !timeline.directionOverlaps.isEmpty,
        "\(family.id)")
    }
    let overlapping = families.map {
      Timeline.build(family: $0, directory: DemoData.make(today: Self.today).directory)
    }.filter { !$0.directionOverlaps.isEmpty }
    #expect(!overlapping.isEmpty, "the demo has a family with two directors at once")
    for timeline in overlapping {
      #expect(timeline.markdown(language: .nl).contains("Twee regisseurs tegelijk"))
    }
  }
}

@Suite("Family content search")
struct FamilyContentTests {
  static let demo = DemoData.make(today: Day("2026-12-01")!)

  func found(_ query: String) -> [ContentMatch] {
    let lookup = DirectoryLookup(Self.demo.directory)
    let words = Folding.fold(query).split(separator: " ").map(String.init)
    return Self.demo.families.compactMap { FamilyContent.match($0, lookup: lookup, words: words) }
  }

  @Test("members, professionals, organisations, the plan and notes are found, folded")
  func fields() throws {
    let family = try #require(
      Self.demo.families.first { !$0.members.isEmpty && !$0.involvements.isEmpty })
    let member = try #require(family.members.first?.name)
    #expect(found(member).contains { $0.familyID == family.id && $0.field == .member })
    #expect(found(Folding.fold(member).uppercased()).contains { $0.familyID == family.id })
    let professional = DirectoryLookup(Self.demo.directory).name(
      ofProfessional: family.involvements[0].professional)
    #expect(found(professional).contains { $0.familyID == family.id && $0.field == .professional })
    let planned = try #require(Self.demo.families.first { !$0.plan.concerns.isEmpty })
    #expect(found(planned.plan.concerns[0]).contains { $0.familyID == planned.id })
    // Every word must be somewhere in the family.
    #expect(found(member + " zzzqqq").isEmpty)
  }

  @Test("a typed table discussion on a decision's day carries the decision into the history")
  func typedTableDiscussionKeepsTheDecision() throws {
    let family = try #require(Self.demo.families.first { $0.name == "Familie Pinas" })
    let timeline = Timeline.build(family: family, directory: Self.demo.directory)
    let text = timeline.text(language: .en)
    let inForce = try #require(family.decisions.last { family.correction(of: $0.id) == nil })
    let short = try #require(inForce.id.split(separator: "-").last)
    #expect(text.contains("↳ \(short) · "), "\(text)")
  }

  @Test("a step a decision implies says its outcome in words, in the reader's language")
  func impliedStepsInWords() throws {
    let demo = Self.demo
    let family = try #require(
      demo.families.first { $0.decisions.contains { $0.outcome == .extendOTS } })
    let timeline = Timeline.build(family: family, directory: demo.directory)
    for language in Language.allCases {
      let text = timeline.text(language: language)
      #expect(!text.contains("extend-ots"), "\(text)")
      #expect(text.contains(MinutesWords.outcome(.extendOTS, language)), "\(text)")
    }
  }

  @Test("a scale-down during drang or a measure keeps the phase; otherwise it is voluntary help")
  func scaleDownKeepsDrang() {
    #expect(EventKind.scaleDown.phase(after: .drang) == .drang)
    #expect(EventKind.scaleDown.phase(after: .measure) == .measure)
    #expect(EventKind.scaleDown.phase(after: .reported) == .voluntary)
    #expect(EventKind.scaleDown.phase(after: .table) == .voluntary)
    #expect(EventKind.intake.phase(after: .drang) == .drang)
    #expect(EventKind.intake.phase(after: .table) == .voluntary)
  }
}
