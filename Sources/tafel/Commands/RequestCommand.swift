// `tafel request`: the request for discussion (verzoek tot bespreking) a case
// comes to the table with: who asks, why, what was tried, what the parents say.

import ArgumentParser
import TafelCore
import TafelStore

struct RequestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "request",
    abstract: "Record the request for discussion of a family (an earlier one is kept as earlier).",
    discussion: """
      Also records the chain step request-for-discussion on that day (unless it is already \
      recorded), so that the family's phase becomes table and lead times count from it.
      """)

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(
    help: ArgumentHelp("Who asks: a professional id, or name and organisation.", valueName: "who"))
  var from: String

  @Option(help: ArgumentHelp("Why the table should discuss the family.", valueName: "text"))
  var reason: String

  @Option(help: ArgumentHelp("What was tried already.", valueName: "text"))
  var tried: String

  @Option(help: ArgumentHelp("What the parents say about the request.", valueName: "text"))
  var parentsReaction: String

  @Option(help: ArgumentHelp("The day of the request (default today).", valueName: "YYYY-MM-DD"))
  var date: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try PreparationArguments.optionalDay(date, "--date")
    for (value, option) in [
      (from, "--from"), (reason, "--reason"), (tried, "--tried"),
      (parentsReaction, "--parents-reaction"),
    ] {
      _ = try PreparationArguments.text(value, option)
    }
  }

  func run() throws {
    let day =
      try date.map { try PreparationArguments.pastDay($0, "--date") } ?? StoreOptions.today()
    let store = try options.open()
    _ = try PreparationArguments.family(family, in: store)
    // Who asks is a professional on file (by id or name), or a new one.
    let asking = try PreparationArguments.professional(
      from, option: "--from", store: store, author: options.author)
    let request = RequestForDiscussion(
      from: asking.id, date: day, reason: reason.trimmed, tried: tried.trimmed,
      parentsReaction: parentsReaction.trimmed)
    let recorded = try store.recordRequest(
      request, fromOrganisation: asking.organisation, family: family, by: options.author)
    recorded.receipt.warn()
    let (earlier, step) = recorded.value
    print(
      "request for discussion of \(family) from \(asking.name) (\(asking.id)), \(day)"
        + (earlier.map { "; replaces the one of \($0.date)" } ?? "")
        + (step.map { "; chain step \($0.id) request-for-discussion" } ?? ""))
  }
}
