// `tafel rvdk`: the RvdK's own decision on a request for investigation. The
// table concludes and asks (`tafel decide … investigation`); the RvdK's
// investigator decides with a behavioural expert whether the RvdK
// investigates. Without --accept or --reject it shows the requests and
// their answers. The decision is a chain step (RvdKDecision).

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct RvdKCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rvdk",
    abstract: "Record the RvdK's decision on a request for investigation, or show them.",
    discussion: """
      The table's conclusion is its advice; the RvdK decides whether it investigates. \
      --accept or --reject records that decision as a chain step on --date, with the RvdK's \
      investigator (--by) and the behavioural expert who decided with them (--expert). An \
      acceptance may carry --conditions; a rejection needs --reason. It answers the oldest \
      request waiting, or the one --request names. Without --accept or --reject: every \
      request and its answer.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @Flag(help: "The RvdK investigates.")
  var accept = false

  @Flag(help: "The RvdK does not investigate (with --reason).")
  var reject = false

  @Option(help: ArgumentHelp("The day the RvdK decided.", valueName: "YYYY-MM-DD"))
  var date: String?

  @Option(help: ArgumentHelp("The RvdK's investigator who decided.", valueName: "name"))
  var by: String?

  @Option(help: ArgumentHelp("The behavioural expert who decided with them.", valueName: "name"))
  var expert: String?

  @Option(help: ArgumentHelp("What the RvdK asks meanwhile (an acceptance).", valueName: "text"))
  var conditions: String?

  @Option(help: ArgumentHelp("Why the RvdK does not investigate (a rejection).", valueName: "text"))
  var reason: String?

  @Option(
    help: ArgumentHelp(
      "The request's step id it answers (default: the oldest waiting).", valueName: "step"))
  var request: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if accept && reject { throw CommandFailure.usage("one of --accept and --reject") }
    let recording = accept || reject
    if !recording, [date, by, expert, conditions, reason, request].contains(where: { $0 != nil }) {
      throw CommandFailure.usage("say what the RvdK decided: --accept or --reject")
    }
    guard recording else { return }
    guard let date else {
      throw CommandFailure.usage("missing --date: the day the RvdK decided")
    }
    _ = try PreparationArguments.pastDay(date, "--date")
    guard by?.trimmed.nonEmpty != nil else {
      throw CommandFailure.usage("missing --by: the RvdK's investigator who decided")
    }
    guard expert?.trimmed.nonEmpty != nil else {
      throw CommandFailure.usage(
        "missing --expert: the RvdK decides with a behavioural expert; name them")
    }
    if reject, reason?.trimmed.nonEmpty == nil {
      throw CommandFailure.usage("--reason: a rejection says why the RvdK does not investigate")
    }
    if reject, conditions != nil {
      throw CommandFailure.usage("--conditions go with --accept; a rejection has a --reason")
    }
    if accept, reason != nil {
      throw CommandFailure.usage("--reason goes with --reject; an acceptance may have --conditions")
    }
    // Control characters are refused for every command before it runs
    // (ArgumentText): --conditions and --reason may hold line breaks.
  }

  func run() throws {
    let store = try options.open()
    guard accept || reject, let date, let by, let expert else {
      let found = try PreparationArguments.family(family, in: store)
      try options.logAccess(store, [family], .view, part: "rvdk")
      CommandOutput.write(RvdKCommand.status(of: found).joined(separator: "\n") + "\n")
      return
    }
    let day = try PreparationArguments.pastDay(date, "--date")
    let decision = RvdKDecision(
      by: by, expert: expert, conditions: conditions, reason: reason, request: request)
    let answer: RvdKReceipt
    do {
      answer = try store.recordRvdK(
        family, accepted: accept, on: day, decision: decision, by: options.author)
    } catch let refusal as RvdKRefusal {
      throw CommandFailure.data("\(family): not recorded: \(refusal.description)")
    }
    let word = accept ? "accepted" : "rejected"
    print(
      "\(family): \(answer.step.id): the RvdK \(word) request \(answer.step.rvdk?.request ?? "?") on \(day); phase \(answer.phase.rawValue)"
    )
    answer.receipt.warn()
  }

  /// Every request for investigation, oldest first, with its answer.
  static func status(of family: Family) -> [String] {
    var lines = ["\(family.id) · \(Sanitized.line(family.name))"]
    let answers = Family.rvdkAnswers(steps: family.chainSteps)
    if answers.isEmpty { lines.append("  no request for investigation") }
    for (request, answer) in answers {
      lines.append("  \(request.id) request for investigation \(request.date)")
      guard let answer else {
        lines.append("    waiting for the RvdK's decision")
        continue
      }
      let what: String
      switch answer.kind {
      case .rvdkAccept: what = "the RvdK investigates"
      case .rvdkReject: what = "the RvdK does not investigate"
      default: what = "investigation started (no decision recorded apart)"
      }
      lines.append(
        "    \(answer.id) \(answer.date): \(what)"
          + (answer.rvdk.map { ", " + Sanitized.line(ChainWords.rvdkDecision($0, .en)) } ?? ""))
    }
    return lines
  }
}
