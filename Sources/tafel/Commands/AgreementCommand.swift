// `tafel agreement`: the review of the table's agreements. Every agreement
// of a decision has an id ("FV-2026-0052-D003.2"); the owning agency reports
// its status before the next meeting, or the table sets it there (--meeting),
// telling "not possible" (circumstances changed) from "not done" (the agency
// did not do it). The plan action the agreement became follows.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct AgreementCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agreement",
    abstract: "List a family's agreements from the table, or report an agreement's status.",
    discussion: """
      tafel agreement FAMILY lists every agreement of its decisions in force with its id and \
      its latest status (--open: only those still to do). tafel agreement ID --status \
      done|not-possible|not-done records a status: not-possible (circumstances changed) and \
      not-done (its owner did not do it) need --note. --by names who reports it (default: \
      --as); --meeting says the table set it at that meeting (the family on its agenda, the \
      meeting open), dated on the meeting's day.
      """)

  @Argument(
    help: ArgumentHelp(
      "A family id (to list), or an agreement id, e.g. FV-2026-0052-D003.2.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("done, not-possible or not-done.", valueName: "status"))
  var status: String?

  @Option(help: ArgumentHelp("What changed, or why it was not done.", valueName: "text"))
  var note: String?

  @Option(
    help: ArgumentHelp("The day the status holds from (default today).", valueName: "YYYY-MM-DD"))
  var date: String?

  @Option(help: ArgumentHelp("Who reports it (the owning agency).", valueName: "name"))
  var by: String?

  @Option(
    help: ArgumentHelp("The meeting at which the table set it.", valueName: "id"),
    completion: Completions.meetings)
  var meeting: String?

  @Flag(help: "List only the agreements still to do.")
  var open = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if let status {
      _ = try PreparationArguments.choice(status, "--status", as: AgreementStatus.self)
    }
    let reporting = status != nil
    if !reporting, [note, date, by, meeting].contains(where: { $0 != nil }) {
      throw CommandFailure.usage("--status: say what became of the agreement")
    }
    if reporting, open { throw CommandFailure.usage("--open lists; it takes no --status") }
    if reporting, Family.owner(ofAgreement: id) == nil || !id.contains(".") {
      throw CommandFailure.usage(
        "\(id): an agreement id looks like FV-2026-0052-D003.2 (see tafel agreement FAMILY)")
    }
    if let date { _ = try PreparationArguments.pastDay(date, "--date") }
    if meeting != nil, date != nil {
      throw CommandFailure.usage("--date: a status the table sets is dated on its meeting's day")
    }
  }

  func run() throws {
    let store = try options.open()
    guard let status else {
      let found = try PreparationArguments.family(id, in: store)
      try options.logAccess(store, [id], .view, part: "agreements")
      let directory = try store.directory()
      CommandOutput.write(
        AgreementCommand.list(found, directory: directory, openOnly: open).joined(separator: "\n")
          + "\n")
      return
    }
    let chosen = try PreparationArguments.choice(status, "--status", as: AgreementStatus.self)
    let familyID = Family.owner(ofAgreement: id)!
    _ = try PreparationArguments.family(familyID, in: store)
    let now = StoreOptions.now()
    var day =
      try date.map { try PreparationArguments.pastDay($0, "--date") } ?? StoreOptions.today(at: now)
    if let meeting {
      let found = try store.meeting(meeting)
      guard found.items.contains(where: { $0.family == familyID }) else {
        throw CommandFailure.data("--meeting: \(familyID) is not on the agenda of \(meeting)")
      }
      if found.isClosed {
        throw CommandFailure.data(
          "--meeting: \(meeting) was closed at \(found.closedAt!.description); report the status without --meeting"
        )
      }
      // The table sets a status at the meeting, never before it sits.
      guard found.date <= StoreOptions.today(at: now) else {
        throw CommandFailure.data(
          "--meeting: \(meeting) sits on \(found.date), after today; the table sets a status at its meeting"
        )
      }
      day = found.date
    }
    let who = by?.trimmed.nonEmpty ?? options.author
    let agreementID = id
    let what =
      "\(Decision.shortID(agreementID, family: familyID)): \(chosen.rawValue)"
      + (meeting.map { " (the table, \($0))" } ?? "")
      + (note.map { ": \(Sanitized.line($0.trimmed))" } ?? "")
    let review: AgreementReview
    do {
      let reviewed = try store.reviewAgreement(
        agreementID, status: chosen, note: note, on: day, by: who, meeting: meeting, what: what,
        family: familyID, author: options.author, at: now)
      reviewed.receipt.warn()
      review = reviewed.value
    } catch let refusal as AgreementRefusal {
      throw CommandFailure.data("\(familyID): not recorded: \(refusal.description)")
    }
    print("\(familyID): \(review.id): \(what)")
  }

  /// Every agreement with its id, owner, due day and latest status.
  static func list(_ family: Family, directory: Directory, openOnly: Bool) -> [String] {
    var lines = ["\(family.id) · \(Sanitized.line(family.name))"]
    let items = family.agreementItems().filter { !openOnly || $0.isOpen }
    if items.isEmpty { lines.append(openOnly ? "  no open agreements" : "  no agreements") }
    for item in items {
      let owner =
        item.agreement.owner.isEmpty
        ? "no owner" : directory.professional(item.agreement.owner)?.name ?? item.agreement.owner
      lines.append(
        "  \(item.shortID)  \(Sanitized.line(item.agreement.what)) — \(Sanitized.line(owner))"
          + (item.agreement.due.map { " · due \($0)" } ?? "")
          + " · agreed \(item.decision.tableDay)")
      lines.append(
        "        "
          + Sanitized.line(
            MinutesWords.agreementStatus(item, .en) { directory.professional($0)?.name ?? $0 }))
    }
    return lines
  }
}
