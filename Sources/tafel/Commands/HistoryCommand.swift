// `tafel history`: one family's route through the chain in date order, the
// days between steps, the phases, who held direction (regie) when, and the
// professionals joining and leaving: as text, Markdown or JSON (Timeline).

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case markdown
}

struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show a family's route through the chain: steps, days between, direction, helpers.",
    discussion: "Reads the family's file and organisations.json only.")

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0042.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(help: "text, json or markdown.")
  var format: HistoryFormat = .text

  @Option(
    help: ArgumentHelp(
      "en or nl for text and markdown (default: from LANG).", valueName: "language"),
    completion: Completions.languages)
  var lang: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try CommandLanguage.pick(lang)
  }

  func run() throws {
    let store = try options.open()
    let found = try store.family(family)
    let timeline = Timeline.build(family: found, directory: try store.directory())
    let language = try CommandLanguage.pick(lang)
    let text: String
    switch format {
    case .text: text = timeline.text(language: language)
    case .markdown: text = timeline.markdown(language: language)
    case .json:
      CommandOutput.writeJSON(String(decoding: try TafelJSON.encode(timeline), as: UTF8.self))
      return
    }
    CommandOutput.write(text)
  }
}
