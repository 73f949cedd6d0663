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
    discussion: """
      Reads the family's file and organisations.json only. With --changes: every change \
      to the family's file instead — from git when the store is under git (also what other \
      replicas changed, and the merges), else from the file's own change records.
      """)

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

  @Flag(help: "Who changed the family's file, when, and what (from git when under git).")
  var changes = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try CommandLanguage.pick(lang)
  }

  func run() throws {
    let store = try options.open()
    let found = try store.family(family)
    try options.logAccess(store, [found.id], .view, part: changes ? "changes" : "history")
    if changes {
      try printChanges(store: store, family: found)
      return
    }
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

  /// `--changes`: one line per change, newest first.
  func printChanges(store: Store, family: Family) throws {
    let language = try CommandLanguage.pick(lang)
    let zone = SystemClock.zone
    let recorded: [StoreChange]
    if let fromGit = try store.changes(ofFamily: family.id) {
      recorded = fromGit
    } else {
      CommandFailure.warn(
        "\(store.path) is not under git: these are the change records in the family's file")
      recorded = family.changes.reversed().map {
        StoreChange(commit: "", by: $0.by, at: $0.at, what: $0.what, merge: false)
      }
    }
    if format == .json {
      CommandOutput.writeJSON(String(decoding: try TafelJSON.encode(recorded), as: UTF8.self))
      return
    }
    func when(_ moment: Timestamp) -> String { zone.local(moment).dayAndClock }
    // Where the store lists its people: each with role and organisation.
    let people = try? store.people()
    let directory = try? store.directory()
    let list = recorded.map { change -> StoreChange in
      guard let person = people?.person(named: change.by) else { return change }
      var named = change
      let organisation = directory?.organisation(person.organisation)?.name ?? person.organisation
      named.by = "\(person.name) (\(person.role.words(language)), \(organisation))"
      return named
    }
    let title = language.pick("Changes to", "Wijzigingen van") + " \(family.id) · \(family.name)"
    var lines: [String] = []
    if format == .markdown {
      lines = ["## " + MarkdownText.inline(title), ""]
      lines.append(
        "| " + language.pick("when", "wanneer") + " | " + language.pick("who", "wie") + " | "
          + language.pick("what", "wat") + " |")
      lines.append("|---|---|---|")
      for change in list {
        lines.append(
          "| \(when(change.at)) | \(MarkdownText.inline(change.by)) | "
            + MarkdownText.inline(ChangeWords.text(change.what, language)) + " |")
      }
    } else {
      lines = [title, ""]
      let width = list.map { DisplayWidth.of($0.by) }.max() ?? 0
      for change in list {
        let short = change.commit.isEmpty ? "" : String(change.commit.prefix(8)) + "  "
        lines.append(
          "\(when(change.at))  \(short)\(DisplayWidth.pad(change.by, to: width))  "
            + ChangeWords.text(change.what, language))
      }
      if list.isEmpty { lines.append(language.pick("no changes", "geen wijzigingen")) }
    }
    CommandOutput.write(lines.joined(separator: "\n") + "\n")
  }
}
