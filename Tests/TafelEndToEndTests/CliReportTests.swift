// `tafel report`: the region report in three formats over the demo store, with
// the families per phase and the director share counted here by hand from the
// family files.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("tafel report")
struct CliReportTests {
  @Test("json agrees with counts made by hand from the family files")
  func jsonByHand() throws {
    let store = try CliStore()
    let families = try store.ids("families").map { try store.family($0) }
    let result = try store.tafel(["report", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let report = try TafelJSON.decoder().decode(RegionReport.self, from: result.stdoutData)
    #expect(report.families == families.count)
    #expect(report.today == CliRunner.today)
    for phase in Phase.allCases {
      let byHand = families.count { $0.phase == phase }
      let reported = report.phases.first { $0.phase == phase }?.families ?? 0
      #expect(reported == byHand, "\(phase)")
    }
    let inHelp = families.filter { $0.phase != .reported && $0.phase != .closed }
    #expect(report.direction.families == inHelp.count)
  }

  @Test("text is a readable table, csv has one header row")
  func textAndCSV() throws {
    let store = try CliStore()
    let text = try store.tafel(["report"])
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.contains("Region report"))
    let dutch = try store.tafel(["report", "--lang", "nl"])
    #expect(dutch.stdout.contains("Regiorapport"))
    let csv = try store.tafel(["report", "--format", "csv"])
    #expect(csv.status == 0, "\(csv)")
    let lines = csv.stdoutLines
    #expect(lines.first == "section,item,detail,count,median,p90,min,max,share,families,note")
    #expect(lines.dropFirst().allSatisfy { !$0.hasPrefix("section,") })
    #expect(lines.count > 10)
  }

  @Test("a period limits the families")
  func period() throws {
    let store = try CliStore()
    let today = CliRunner.today
    let result = try store.tafel([
      "report", "--from", today.adding(days: -30).description, "--to", today.description,
      "--format", "json",
    ])
    #expect(result.status == 0, "\(result)")
    let report = try TafelJSON.decoder().decode(RegionReport.self, from: result.stdoutData)
    #expect(report.from == today.adding(days: -30))
    #expect(report.families <= store.ids("families").count)
  }

  @Test(
    "bad dates and formats exit 2 naming the option; a broken family is left out with a warning")
  func badInput() throws {
    let store = try CliStore()
    for (arguments, named) in [
      (["report", "--from", "2026-02-30"], "--from"), (["report", "--to", "gisteren"], "--to"),
      (["report", "--from", "2026-06-01", "--to", "2026-05-01"], "--to"),
      (["report", "--format", "xlsx"], "--format"),
    ] {
      let result = try store.tafel(arguments)
      #expect(result.status == 2, "\(arguments): \(result)")
      #expect(result.stderrLines.count == 1)
      #expect(result.stderr.contains(named), "\(arguments): \(result)")
    }
    try store.overwrite(StoreLayout.familyFile(DemoFamily.id(52)), with: Data("{".utf8))
    let result = try store.tafel(["report", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains(StoreLayout.familyFile(DemoFamily.id(52)) + ":"))
    let report = try TafelJSON.decoder().decode(RegionReport.self, from: result.stdoutData)
    #expect(report.families == store.ids("families").count - 1)
  }
}
