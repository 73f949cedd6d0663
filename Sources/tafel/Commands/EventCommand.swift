// `tafel event`: one step of a family through the chain (a report, an
// intake, a scale-up, a ruling), with who informed whom at a handover. The
// family's phase follows the step (docs/preparing.md has the table).

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct EventCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "event",
    abstract: "Record a step of a family through the chain.",
    discussion: """
      Kinds: \(EventKind.allCases.map(\.rawValue).joined(separator: ", ")). \
      Scale-up, scale-down and handover should say who informed whom: --informed "LT Ede→GI@2026-10-02" ("->" works too). \
      The family's phase follows the latest step.
      """)

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("What happened.", valueName: "kind"))
  var kind: String

  @Option(help: ArgumentHelp("When.", valueName: "YYYY-MM-DD"))
  var date: String

  @Option(help: ArgumentHelp("The organisation it came from (id or name).", valueName: "org"))
  var from: String?

  @Option(help: ArgumentHelp("The organisation it went to (id or name).", valueName: "org"))
  var to: String?

  @Option(
    help: ArgumentHelp("Who informed whom, and when; repeatable.", valueName: "who→whom@date"))
  var informed: [String] = []

  @Option(help: ArgumentHelp("A short note.", valueName: "text"))
  var note: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if try PreparationArguments.choice(kind, "--kind", as: EventKind.self).isRvdKDecision {
      throw CommandFailure.usage(
        "--kind \(kind): the RvdK's decision names who decided and why; record it with tafel rvdk")
    }
    _ = try PreparationArguments.pastDay(date, "--date")
    _ = try parsedInformed()
  }

  func parsedInformed() throws -> [Informed] {
    var result: [Informed] = []
    for text in informed {
      do { result.append(try Informed.parse(text)) } catch { throw error.usage }
    }
    return result
  }

  func run() throws {
    let kind = try PreparationArguments.choice(kind, "--kind", as: EventKind.self)
    let day = try PreparationArguments.pastDay(date, "--date")
    let informed = try parsedInformed()
    let store = try options.open()
    _ = try PreparationArguments.family(family, in: store)
    let directory = try store.directory()
    let source = try from.map {
      try PreparationArguments.organisation($0, in: directory, option: "--from").id
    }
    let target = try to.map {
      try PreparationArguments.organisation($0, in: directory, option: "--to").id
    }
    if kind.needsInformed, informed.isEmpty {
      CommandFailure.warn(
        "warning: a \(kind.rawValue) without --informed: nobody is recorded as telling the next party"
      )
    }
    let answer = try store.recordChainStep(
      ChainEvent(
        id: "", date: day, kind: kind, from: source, to: target, note: note?.trimmed.nonEmpty,
        informed: informed.isEmpty ? nil : informed), family: family, by: options.author)
    let (event, before, after) = answer.value
    answer.receipt.warn()
    var line = "\(event.id): \(day) \(kind.rawValue)"
    if let source { line += " from \(source)" }
    if let target { line += " to \(target)" }
    line +=
      before == after
      ? "; phase stays \(after.rawValue)" : "; phase \(before.rawValue) → \(after.rawValue)"
    print(line)
  }
}
