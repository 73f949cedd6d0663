// `tafel report`: the region coordinator's view of where the chain stalls
// (RegionReport, docs/report.md) over every family of the store, as a
// readable table, CSV for a spreadsheet, or JSON. A family file that cannot be
// read is left out with one warning line naming it.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case csv
  case json
}

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Report lead times, direction, overlap, helpers and signals for the region.",
    discussion: """
      Without --from/--to every family counts; with them, the families with a chain step \
      in that period. The figures are defined in docs/report.md.
      """)

  @Option(help: ArgumentHelp("First day of the period.", valueName: "YYYY-MM-DD"))
  var from: String?

  @Option(help: ArgumentHelp("Last day of the period (default: today).", valueName: "YYYY-MM-DD"))
  var to: String?

  @Option(help: "text, csv or json.")
  var format: ReportFormat = .text

  @Option(
    help: ArgumentHelp("en or nl for the text format (default: from LANG).", valueName: "language"),
    completion: Completions.languages)
  var lang: String?

  @Flag(help: "Name the families behind each count (ids and names).")
  var names = false

  @Flag(help: "With --names: ids only, no names (for a screen others can see).")
  var `private` = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    let start = try ReportCommand.day(from, "--from")
    let end = try ReportCommand.day(to, "--to")
    if let start, let end, end < start {
      throw CommandFailure.usage("--to: \(end) lies before --from \(start)")
    }
    _ = try CommandLanguage.pick(lang)
  }

  func run() throws {
    let store = try options.open()
    let info = try store.info()
    let directory = try store.directory()
    let families = try FamilyReading.all(in: store, leftOutOf: "the report")
    let report = RegionReport.build(
      families: families, directory: directory, from: try ReportCommand.day(from, "--from"),
      to: try ReportCommand.day(to, "--to"), today: StoreOptions.today(),
      thresholds: info.thresholds, naming: names ? (`private` ? .ids : .names) : .none)
    let text: String
    switch format {
    case .text: text = report.text(language: try CommandLanguage.pick(lang))
    case .csv: text = report.csv()
    case .json:
      CommandOutput.writeJSON(String(decoding: try TafelJSON.encode(report), as: UTF8.self))
      return
    }
    CommandOutput.write(text)
  }

  static func day(_ text: String?, _ option: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(text.trimmed) else {
      throw CommandFailure.usage("\(option): \"\(text)\" is not a date (YYYY-MM-DD)")
    }
    return day
  }
}
