// `tafel decide`: records a decision of the table without the board, for
// scripts, a secretary, and tests. The same rules as the board's form
// (DecisionRules) apply, inside the family's lock, so two people recording at
// once both land. Prints the new decision's id.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct DecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decide",
    abstract: "Record a decision of the table for one family; prints the new decision id.",
    discussion: """
      Outcomes: \(Outcome.offered.map(\.rawValue).joined(separator: ", ")). \
      drang needs --deadline (at most six months ahead, or the region's drangMaximumMonths) and at least one --agreement. \
      A child of 12 or older needs --child-view or --child-not-heard. \
      Decisions are never edited: correct one with a new decision and --supersedes ID. \
      With --meeting (the family must be on its agenda), the agenda item is marked decided, \
      or adjourned for adjourned.
      """)

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0042.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(
    help: ArgumentHelp(
      "What the table decided: \(Outcome.offered.map(\.rawValue).joined(separator: "|")).",
      valueName: "outcome"), completion: Completions.outcomes)
  var outcome: String

  @Option(help: ArgumentHelp("Why the table decided this.", valueName: "text"))
  var rationale: String

  @Option(
    help: ArgumentHelp("The meeting id, e.g. JBT-2026-11-29.", valueName: "id"),
    completion: Completions.meetings)
  var meeting: String?

  @Option(
    name: .customLong("agreement"),
    help: ArgumentHelp(
      "An agreement as \"what|owner|YYYY-MM-DD\" (owner and date may be left empty); repeatable.",
      valueName: "what|owner|date"))
  var agreements: [String] = []

  @Option(
    help: ArgumentHelp(
      "For drang: the day the agreements must have worked by.", valueName: "YYYY-MM-DD"))
  var deadline: String?

  @Option(
    help: ArgumentHelp(
      "The words for 'other', or a clarification of any outcome.", valueName: "text"))
  var outcomeText: String?

  @Option(help: ArgumentHelp("What the parents said.", valueName: "text"))
  var parentsView: String?

  @Option(help: ArgumentHelp("What the child said.", valueName: "text"))
  var childView: String?

  @Option(help: ArgumentHelp("Why a child of 12 or older was not heard.", valueName: "text"))
  var childNotHeard: String?

  @Option(help: ArgumentHelp("Who disagreed, and why.", valueName: "text"))
  var dissent: String?

  @Option(
    help: ArgumentHelp(
      "Who was present; repeatable (default with --meeting: those ticked present on the agenda).",
      valueName: "name"))
  var present: [String] = []

  @Option(help: ArgumentHelp("The id of the decision this one corrects.", valueName: "id"))
  var supersedes: String?

  @Option(
    help: ArgumentHelp(
      "Why this correction is made (required once its meeting is closed).", valueName: "text"))
  var reason: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try parsedOutcome()
    _ = try parsedAgreements()
    if let deadline, Day(deadline.trimmed) == nil {
      throw CommandFailure.usage("--deadline: \"\(deadline)\" is not a date (YYYY-MM-DD)")
    }
    if reason != nil, supersedes == nil {
      throw CommandFailure.usage(
        "--reason: says why a correction is made; name it with --supersedes")
    }
  }

  func run() throws {
    let store = try options.open()
    let now = StoreOptions.now()
    var draft = DecisionDraft(
      outcome: try parsedOutcome(), outcomeText: outcomeText ?? "", deadline: deadline ?? "",
      rationale: rationale, agreements: try parsedAgreements(), parentsView: parentsView ?? "",
      childView: childView ?? "", childNotHeard: childNotHeard ?? "", dissent: dissent ?? "",
      present: present.map(\.trimmed).filter { !$0.isEmpty }, meeting: meeting,
      supersedes: supersedes)
    draft.correctionReason = reason
    draft.agreements = try linkedOwners(draft.agreements, store: store)
    let answer: DecisionReceipt
    do {
      answer = try store.recordDecision(
        draft, family: family, by: options.author, at: now, today: StoreOptions.today(at: now))
    } catch let refusal as DecisionRefusal {
      throw CommandFailure.data(
        "\(family): not recorded (\(DecideCommand.option(for: refusal.field))): "
          + refusal.english)
    } catch let refusal as OperationRefusal {
      throw DecideCommand.failure(refusal)
    }
    print(answer.decision.id)
    answer.receipt.warn()
    // A warning, never a refusal: the decision stands, the minutes say what is known.
    if answer.attendanceNotTaken, let meeting {
      CommandFailure.warn(
        "warning: attendance was not taken for \(family) at \(meeting); "
          + "the minutes will say \"attendance not recorded\"")
    }
    if let problem = answer.agendaProblem {
      // The decision stands; only the agenda's status could not follow.
      throw CommandFailure.data(
        "\(answer.decision.id) recorded, but the agenda was not updated: \(problem)")
    }
  }

  /// A meeting's rule, in the command's words: the way out is an option.
  static func failure(_ refusal: OperationRefusal) -> CommandFailure {
    switch refusal {
    case .notOnAgenda(let family, let meeting):
      .data("--meeting: \(family) is not on the agenda of \(meeting); nothing was recorded")
    case .meetingClosed(let meeting, let at):
      .data(
        "--meeting: \(meeting) was closed at \(SystemClock.zone.local(at).clock); a decision for "
          + "one of its cases is now a correction: name the one it corrects with --supersedes")
    case .reasonRequired(let meeting):
      .usage("--reason: \(meeting) is closed; a correction of its record says why it is made")
    }
  }

  /// The option a refused field came from.
  static func option(for field: DecisionField) -> String {
    switch field {
    case .outcome: "--outcome"
    case .outcomeText: "--outcome-text"
    case .deadline: "--deadline"
    case .rationale: "--rationale"
    case .agreements: "--agreement"
    case .agreementWhat(let index), .agreementDue(let index): "--agreement \(index + 1)"
    case .childView: "--child-view/--child-not-heard"
    case .meeting: "--meeting"
    case .supersedes, .inForce: "--supersedes"
    }
  }

  private func parsedOutcome() throws -> Outcome {
    if outcome.trimmed.lowercased() == Outcome.adjourned.rawValue {
      throw CommandFailure.usage(
        "--outcome: adjourning is not a decision; use tafel meeting adjourn MEETING FAMILY --reason TEXT [--to MEETING]"
      )
    }
    guard let value = Outcome(rawValue: outcome.trimmed.lowercased()), value != .adjourned else {
      throw CommandFailure.usage(
        "--outcome: \"\(outcome)\" is not an outcome; use one of "
          + Outcome.offered.map(\.rawValue).joined(separator: ", "))
    }
    return value
  }

  /// An agreement's owner as the one way names are read: a professional on
  /// file (by id or name) is stored as their id, so the plan, the minutes and
  /// the signals know who it is; two of one name is refused. A family member
  /// or a word such as "school" stays as typed, and a name that looks like a
  /// professional's is said on stderr.
  private func linkedOwners(_ agreements: [AgreementDraft], store: Store) throws
    -> [AgreementDraft]
  {
    guard agreements.contains(where: { !$0.owner.trimmed.isEmpty }) else { return agreements }
    let directory = try store.directory()
    let members = (try? store.family(family).members.map { Folding.fold($0.name) }) ?? []
    return try agreements.enumerated().map { index, agreement in
      var linked = agreement
      let owner = agreement.owner.trimmed
      guard !owner.isEmpty, !members.contains(Folding.fold(owner)) else { return linked }
      switch directory.match(person: owner) {
      case .found(let professional): linked.owner = professional.id
      case .ambiguous(let all):
        throw CommandFailure.data(
          "--agreement \(index + 1): \"\(owner)\" is \(all.count) professionals: "
            + all.map(directory.described).joined(separator: "; ") + "; give the id")
      case .unknown(let nearest):
        if !nearest.isEmpty {
          CommandFailure.warn(
            "warning: --agreement \(index + 1): owner \"\(owner)\" is nobody on file; stored as typed (did you mean "
              + nearest.map(directory.described).joined(separator: "; ") + "?)")
        }
      }
      return linked
    }
  }

  private func parsedAgreements() throws -> [AgreementDraft] {
    try agreements.enumerated().map { index, text in
      let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmed
      }
      let label = "--agreement \(index + 1)"
      guard (1...3).contains(parts.count) else {
        throw CommandFailure.usage("\(label): \"\(text)\" is not \"what|owner|YYYY-MM-DD\"")
      }
      guard !parts[0].isEmpty else { throw CommandFailure.usage("\(label): say what is agreed") }
      let due = parts.count > 2 ? parts[2] : ""
      if !due.isEmpty, Day(due) == nil {
        throw CommandFailure.usage("\(label): due date \"\(due)\" is not a date (YYYY-MM-DD)")
      }
      return AgreementDraft(what: parts[0], owner: parts.count > 1 ? parts[1] : "", due: due)
    }
  }
}
