// `tafel report`: the region coordinator's view of where the chain stalls
// (RegionReport, docs/report.md) over every family of one store, or of the
// stores of several tables (--store A --store B), against the region's
// norms, as a readable table, CSV for a spreadsheet, or JSON. A family file
// that cannot be read is left out with one warning line naming it.

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
    abstract:
      "Report lead times against the norms, direction, overlap, helpers and signals for the region.",
    discussion: """
      Without --from/--to every family counts; with them, the families with a chain step \
      in that period. Each lead time stands beside the region's norm (store.json settings; \
      the national figures by default) and where it comes from. --store may be given more \
      than once to report across the stores of several tables; the first store's norms \
      apply. The figures are defined in docs/report.md.
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

  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "A store directory; more than once for several tables (default: $TAFEL_STORE, else "
        + "$XDG_DATA_HOME/tafel, else ~/.local/share/tafel).", valueName: "path"),
    completion: Completions.store)
  var stores: [String] = []

  func validate() throws {
    let start = try ReportCommand.day(from, "--from")
    let end = try ReportCommand.day(to, "--to")
    if let start, let end, end < start {
      throw CommandFailure.usage("--to: \(end) lies before --from \(start)")
    }
    _ = try CommandLanguage.pick(lang)
  }

  func run() throws {
    var sources: [RegionReport.Source] = []
    var thresholds = SignalThresholds()
    var seen: Set<String> = []
    for path in stores.isEmpty ? [nil] : stores.map(Optional.some) {
      let options = try StoreOptions.parse(path.map { ["--store", $0] } ?? [])
      let store = try options.open()
      guard seen.insert(store.path).inserted else {
        throw CommandFailure.usage("--store: \(store.path) is named twice")
      }
      let info = try store.info()
      sources.append(
        RegionReport.Source(
          region: info.region,
          families: try FamilyReading.all(in: store, leftOutOf: "the report"),
          directory: try store.directory(), settings: info.settings))
      if sources.count == 1 { thresholds = info.thresholds }
    }
    // Two stores of one region are told apart by their directory's name,
    // or by their whole path where those are alike too.
    let regions = sources.map(\.region)
    let paths = stores.map { ($0 as NSString).standardizingPath }
    let directories = paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
    for index in sources.indices where regions.filter({ $0 == regions[index] }).count > 1 {
      let alike = directories.indices.filter {
        regions[$0] == regions[index] && directories[$0] == directories[index]
      }
      sources[index].region += " (\(alike.count > 1 ? paths[index] : directories[index]))"
    }
    let report = RegionReport.build(
      sources: sources, from: try ReportCommand.day(from, "--from"),
      to: try ReportCommand.day(to, "--to"), today: StoreOptions.today(),
      thresholds: thresholds, naming: names ? (`private` ? .ids : .names) : .none)
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
