// The region report on the demo, checked against figures worked out by hand
// from the demo's story (dates are offsets from "today" in DemoFamilies*).

import TafelDemo
import Testing

@testable import TafelCore

@Suite struct RegionReportTests {
  static let today = Day("2026-11-29")!

  static func demoReport(from: Day? = nil, to: Day? = nil) -> RegionReport {
    let demo = DemoData.make(today: today)
    return RegionReport.build(
      families: demo.families, directory: demo.directory, from: from, to: to, today: today,
      thresholds: SignalThresholds())
  }

  @Test func familiesPerPhase() {
    let report = Self.demoReport()
    #expect(report.families == 15)
    let phases = Dictionary(uniqueKeysWithValues: report.phases.map { ($0.phase, $0.families) })
    // Yılmaz; Pinas, El Amrani, van Beek; Öztürk, 王, Kramer; Bakker, Visser; Jansen;
    // de Vries, Mahabier, Hoekstra, Lammers; Bos.
    #expect(
      phases == [
        .reported: 1, .voluntary: 3, .table: 3, .drang: 2, .investigation: 1, .measure: 4,
        .closed: 1,
      ])
  }

  @Test func leadTimesByHand() {
    let report = Self.demoReport()
    let steps = Dictionary(uniqueKeysWithValues: report.leadTimes.map { ($0.step, $0) })
    // report → intake (13 families): de Vries 9, Öztürk 8, Jansen 8, Bakker 5, 王 5,
    // Hoekstra 10, Pinas 6, El Amrani 10, van Beek 5, Visser 10, Kramer 4, Lammers 8,
    // Bos 10. Sorted 4 5 5 5 6 8 8 8 9 10 10 10 10: median rank ceil(6.5) = 7 → 8,
    // p90 rank ceil(11.7) = 12 → 10.
    #expect(steps[.reportToIntake]?.count == 13)
    #expect(steps[.reportToIntake]?.median == 8)
    #expect(steps[.reportToIntake]?.p90 == 10)
    // intake → table, from the intake that began the route: 39 46 105 130 140
    // 173 175 276 1645 (Hoekstra's third intake, not her first of 2014; Bos's
    // table of a year before she closed) → median rank 5 = 140, p90 rank 9.
    #expect(steps[.intakeToTable]?.count == 9)
    #expect(steps[.intakeToTable]?.median == 140)
    #expect(steps[.intakeToTable]?.p90 == 1645)
    // table → investigation start: de Vries 10, Hoekstra 13, van Beek 16, Lammers 16.
    #expect(steps[.tableToInvestigation]?.count == 4)
    #expect(steps[.tableToInvestigation]?.median == 13)
    #expect(steps[.tableToInvestigation]?.p90 == 16)
    // investigation → ruling: Mahabier 1, Hoekstra 92, de Vries 96, Lammers 123.
    #expect(steps[.investigationToRuling]?.count == 4)
    #expect(steps[.investigationToRuling]?.median == 92)
    #expect(steps[.investigationToRuling]?.p90 == 123)
    // ruling → GI start: Mahabier 1, Lammers 4, de Vries 5, Hoekstra 5.
    #expect(steps[.rulingToGI]?.count == 4)
    #expect(steps[.rulingToGI]?.median == 4)
    #expect(steps[.rulingToGI]?.p90 == 5)
    #expect(steps[.rulingToGI]?.min == 1)
    #expect(steps[.rulingToGI]?.max == 5)
  }

  @Test func directorsOverlapAndProfessionals() {
    let report = Self.demoReport()
    // 13 families in help; van Beek has no director, Visser two.
    #expect(report.direction.families == 13)
    #expect(report.direction.exactlyOne == 11)
    #expect(report.direction.none == 1)
    #expect(report.direction.several == 1)
    #expect(report.direction.share == 11.0 / 13.0)
    #expect(
      report.overlaps.map {
        "\($0.function.rawValue) \($0.organisations.joined(separator: "+")) \($0.families)"
      }
        == [
          "intake lt-barneveld+vt-gm 1", "monitoring gi-jbg+lt-barneveld 1",
          "monitoring lt-barneveld+vt-gm 1", "direction gi-jbg+lt-nijkerk 1",
        ])
    // Yılmaz 0; eight families with 1–4; de Vries, Bakker, Mahabier, Lammers 5,
    // Kramer 5 (with Ede's regional safety team); Hoekstra 46.
    #expect(report.professionals.buckets.map(\.families) == [1, 8, 5, 0, 0, 1])
    #expect(
      report.professionals.buckets.map(\.label) == ["0", "1-4", "5-8", "9-16", "17-40", "41+"])
    #expect(report.professionals.max == 46)
    #expect(report.professionals.median == 4)
  }

  @Test func signalsByKind() {
    let report = Self.demoReport()
    let counts = Dictionary(
      uniqueKeysWithValues: report.signals.map { ($0.kind, [$0.signals, $0.families]) })
    #expect(
      counts == [
        .direction: [2, 2], .overlap: [4, 3], .manyHelpers: [1, 1], .stalled: [3, 3],
        .handoverGap: [2, 2], .assessmentsDisagree: [1, 1], .agreements: [2, 1],
        .childVoice: [1, 1], .deadline: [4, 4], .sync: [0, 0], .consent: [1, 1],
        .safety: [1, 1], .repeated: [1, 1],
      ])
  }

  @Test func aPeriodKeepsFamiliesWithAStepInItAndStepsEndingInIt() {
    // The last 30 days (2026-10-30 … 2026-11-29): Yılmaz's report, Öztürk's and 王's
    // requests, Pinas' and El Amrani's table: five families.
    let report = Self.demoReport(from: Self.today.adding(days: -30), to: Self.today)
    #expect(report.families == 5)
    let steps = Dictionary(uniqueKeysWithValues: report.leadTimes.map { ($0.step, $0) })
    // intake → table ends in the period for Pinas (112, from the intake that
    // began her current route) and El Amrani (276).
    #expect(steps[.intakeToTable]?.count == 2)
    #expect(steps[.intakeToTable]?.median == 112)
    #expect(steps[.reportToIntake]?.count == 0)
    #expect(steps[.reportToIntake]?.median == nil)
  }

  /// Fields in one CSV line, commas inside quotes not counted.
  static func fieldCount(_ line: String) -> Int {
    var quoted = false
    var count = 1
    for character in line {
      if character == "\"" { quoted.toggle() }
      if character == ",", !quoted { count += 1 }
    }
    return count
  }

  @Test func csvHasOneHeaderAndFixedColumns() {
    let csv = Self.demoReport().csv()
    let lines = csv.split(separator: "\n").map(String.init)
    #expect(lines.first == "section,item,detail,count,median,p90,min,max,share,families,note")
    #expect(
      lines.allSatisfy { Self.fieldCount($0) == 11 })
    // The same figures as the JSON: min and max too.
    #expect(lines.contains("lead-time,intake-table,days,9,140,1645,39,1645,,,"))
    #expect(lines.contains("rvdk,rejected,,1,,,,,,,"))
    #expect(lines.contains("rvdk,accepted,,5,,,,,0.8333,,"))
    #expect(lines.contains("direction,exactly-one,,11,,,,,0.8462,,"))
    #expect(lines.contains("signal,overlap,families,3,,,,,,,"))
    #expect(lines.contains("professionals,all,per-family,,4,5,,46,,,"))
    // A norm's row: within, its figure (min) and target (max), the share, its source.
    #expect(
      lines.contains(
        "norm,report-intake,working-days,6,,,5,90,0.4615,,Veilig Thuis: a safety assessment within 5 working days of a report (target 90%)"
      ))
    #expect(CSVText.field("a,b") == "\"a,b\"")
    #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
  }

  @Test func textIsAReadableTableInBothLanguages() throws {
    let report = Self.demoReport()
    let english = report.text(language: .en)
    #expect(english.contains("Lead times in days, against the norms"))
    let squeezed = english.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(squeezed.contains("intake → table 9 140 1645 39 1645 — —"))
    #expect(squeezed.contains("RvdK request → RvdK's decision 3 10 15 7 15 — —"))
    #expect(squeezed.contains("share accepted 83.3%"))
    #expect(
      squeezed.contains("report → intake 13 8 10 4 10 5 working days (90%) 46.2% (below target)"))
    #expect(english.contains("share with exactly one  84.6%"))
    let dutch = report.text(language: .nl)
    #expect(dutch.contains("Doorlooptijden in dagen"))
    #expect(dutch.contains("precies één regisseur"))
    let json = try TafelJSON.encode(report)
    #expect(try TafelJSON.decoder().decode(RegionReport.self, from: json) == report)
  }

  @Test func nearestRankPercentiles() {
    #expect(NearestRank.percentile(50, of: []) == nil)
    #expect(NearestRank.median(of: [7]) == 7)
    #expect(NearestRank.median(of: [4, 1, 3, 2]) == 2)
    #expect(NearestRank.percentile(90, of: Array(1...10)) == 9)
    #expect(NearestRank.percentile(90, of: Array(1...11)) == 10)
    #expect(NearestRank.percentile(100, of: [5, 1, 9]) == 9)
    #expect(NearestRank.percentile(0, of: [5, 1, 9]) == 1)
  }

  @Test(
    "with names the report says which families are behind each count, and hides names when private")
  func namesBehindTheCounts() {
    let demo = DemoData.make(today: Self.today)
    func report(_ naming: RegionReport.Naming) -> RegionReport {
      RegionReport.build(
        families: demo.families, directory: demo.directory, from: nil, to: nil, today: Self.today,
        thresholds: demo.info.thresholds, naming: naming)
    }
    let named = report(.names)
    #expect(named.direction.namedNone?.count == named.direction.none)
    #expect(named.direction.namedSeveral?.count == named.direction.several)
    for phase in named.phases { #expect(phase.named?.count == phase.families) }
    for step in named.leadTimes {
      #expect(step.named?.count == step.count)
      #expect(step.named?.compactMap(\.days).max() == step.max)
    }
    for signal in named.signals { #expect(signal.named?.count == signal.families) }
    for overlap in named.overlaps { #expect(overlap.named?.count == overlap.families) }
    let none = named.direction.namedNone?.first
    #expect(none?.name == demo.families.first { $0.id == none?.id }?.name)
    let text = named.text(language: .en)
    #expect(text.contains("      \(none!.id)  \(none!.name!)"), "\(text)")
    // Private: ids only; no family's name anywhere in text, CSV or JSON.
    let hidden = report(.ids)
    let outputs = [hidden.text(language: .en), hidden.csv(), String(describing: hidden)]
    for family in demo.families {
      for output in outputs { #expect(!output.contains(family.name), "\(family.name)") }
    }
    #expect(hidden.text(language: .en).contains("      \(none!.id)"))
    // Without names nothing is listed.
    #expect(report(.none).direction.namedNone == nil)
    #expect(!report(.none).text(language: .en).contains("      \(none!.id)"))
    #expect(!report(.none).text(language: .nl).contains("median"))
  }
}
