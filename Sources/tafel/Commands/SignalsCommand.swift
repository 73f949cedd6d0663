// `tafel signals [FAMILY]`: each family's signals with their evidence, the
// same words as the board's signals pane, for a municipality's dashboard or a
// script: text, JSON (docs/schema/signals.schema.json) or CSV.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

enum SignalsFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case csv
}

struct SignalsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "signals",
    abstract: "List each family's signals with their evidence, as the board shows them.",
    discussion: """
      Without FAMILY every family of the store; closed families have no signals. \
      The signals hold on today (TAFEL_NOW moves it), with the store's thresholds.
      """)

  @Argument(
    help: ArgumentHelp("Only this family, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String?

  @Option(help: "text, json or csv.")
  var format: SignalsFormat = .text

  @Option(
    help: ArgumentHelp("en or nl for the words (default: from LANG).", valueName: "language"),
    completion: Completions.languages)
  var lang: String?

  @Flag(help: "Ids and initials only, no names (for a screen others can see).")
  var `private` = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try CommandLanguage.pick(lang)
  }

  func run() throws {
    let store = try options.open()
    let families: [Family]
    if let family {
      families = [try store.family(family)]
    } else {
      families = try FamilyReading.all(in: store, leftOutOf: "the signals")
    }
    let info = try store.info()
    let list = SignalList.build(
      families: families, directory: try store.directory(), today: StoreOptions.today(),
      thresholds: info.thresholds, settings: info.settings,
      language: try CommandLanguage.pick(lang), showNames: !`private`)
    // Each family whose signals are shown is an access, logged before it is shown.
    try options.logAccess(store, list.families.map(\.id), .view, part: "signals")
    switch format {
    case .text: CommandOutput.write(list.text(), endingLine: false)
    case .csv: CommandOutput.write(list.csv(), endingLine: false)
    case .json:
      CommandOutput.writeJSON(String(decoding: try TafelJSON.encode(list), as: UTF8.self))
    }
  }
}
