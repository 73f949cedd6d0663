// `tafel meeting adjourn`: a case is adjourned with the reason said at the
// table and, when it is known, the later meeting it moves to; there it
// appears on the agenda marked "carried over".

import ArgumentParser
import TafelCore
import TafelStore

struct MeetingAdjournCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "adjourn",
    abstract: "Adjourn a case: why, and the meeting it moves to if that is known.",
    discussion: """
      The case is marked adjourned with the reason; with --to it appears on that later \
      meeting's agenda marked "carried over from" this one.
      """)

  @Argument(
    help: ArgumentHelp("The meeting id, e.g. JBT-2026-12-03.", valueName: "meeting"),
    completion: Completions.meetings)
  var meeting: String

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("Why the case is adjourned.", valueName: "text"))
  var reason: String

  @Option(
    help: ArgumentHelp("The later meeting the case moves to.", valueName: "meeting"),
    completion: Completions.meetings)
  var to: String?

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try options.open()
    _ = try PreparationArguments.meeting(meeting, in: store)
    if let to { _ = try PreparationArguments.meeting(to, in: store) }
    let now = StoreOptions.now()
    let answer: AdjournReceipt
    do {
      answer = try store.adjournCase(
        family, at: meeting, reason: reason, to: to, by: options.author, at: now,
        today: StoreOptions.today(at: now))
    } catch let refusal as ArgumentRefusal {
      throw refusal.data
    }
    answer.receipt.warn()
    if let to, let problem = answer.carryProblem {
      throw CommandFailure.data(
        "\(family) adjourned at \(meeting), but not carried over to \(to): \(problem)")
    }
    print(
      "\(family) adjourned at \(meeting)"
        + (answer.carriedTo.map { "; carried over to \($0)" } ?? ""))
  }
}
