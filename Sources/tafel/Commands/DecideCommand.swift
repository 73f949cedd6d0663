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
    // The decision and its agenda item are one change: one commit under git.
    try store.asOneChange { try run(in: store) }
  }

  private func run(in store: Store) throws {
    let now = StoreOptions.now()
    let today = StoreOptions.today(at: now)
    // A correction of a decision whose meeting is closed changes a final
    // record, wherever the correction is recorded: it says why.
    if let supersedes, reason?.trimmed.nonEmpty == nil,
      let corrected = (try? store.family(family))?.decision(supersedes),
      let source = corrected.meeting, let closed = try? store.meeting(source), closed.isClosed
    {
      throw CommandFailure.usage(
        "--reason: \(source) is closed; a correction of its record says why it is made")
    }
    var agendaPresent: [String] = []
    var attendanceTaken = true
    var meetingClosed = false
    if let meeting {
      let found = try store.meeting(meeting)
      guard let item = found.items.first(where: { $0.family == family }) else {
        throw CommandFailure.data(
          "--meeting: \(family) is not on the agenda of \(meeting); nothing was recorded")
      }
      agendaPresent = item.attendance.filter(\.present).map(\.name)
      attendanceTaken = item.attendanceTaken
      // After closing, the record of the meeting only takes corrections.
      if found.isClosed, supersedes == nil {
        throw CommandFailure.data(
          "--meeting: \(meeting) was closed at \(SystemClock.zone.local(found.closedAt!).clock); a decision for "
            + "one of its cases is now a correction: name the one it corrects with --supersedes")
      }
      meetingClosed = found.isClosed
      // What changes the record after closing says why.
      if found.isClosed, reason?.trimmed.nonEmpty == nil {
        throw CommandFailure.usage(
          "--reason: \(meeting) is closed; a correction of its record says why it is made")
      }
    }
    var draft = DecisionDraft(
      outcome: try parsedOutcome(), outcomeText: outcomeText ?? "", deadline: deadline ?? "",
      rationale: rationale, agreements: try parsedAgreements(), parentsView: parentsView ?? "",
      childView: childView ?? "", childNotHeard: childNotHeard ?? "", dissent: dissent ?? "",
      present: present.isEmpty ? agendaPresent : present, meeting: meeting, supersedes: supersedes)
    draft.present = draft.present.map(\.trimmed).filter { !$0.isEmpty }
    draft.correctionReason = reason
    draft.agreements = try linkedOwners(draft.agreements, store: store)
    let familyID = family
    let author = options.author
    let settings = try store.info().settings
    let decision: Decision
    do {
      decision = try store.updateFamily(
        familyID, by: author, what: DecisionChange.what(draft)
      ) { family in
        try family.record(
          draft, time: now, today: today, by: author, replica: store.replica, settings: settings)
      }
    } catch let refusal as DecisionRefusal {
      throw CommandFailure.data(
        "\(familyID): not recorded (\(DecideCommand.option(for: refusal.field))): "
          + refusal.english
      )
    }
    guard let meeting else {
      print(decision.id)
      return
    }
    // A closed meeting's agenda stays as it was closed; the correction is in the log.
    if meetingClosed {
      print(decision.id)
      return
    }
    // A warning, never a refusal: the decision stands, the minutes say what is known.
    if !attendanceTaken {
      CommandFailure.warn(
        "warning: attendance was not taken for \(familyID) at \(meeting); "
          + "the minutes will say \"attendance not recorded\"")
    }
    let status: AgendaStatus = decision.outcome == .adjourned ? .adjourned : .decided
    do {
      try store.updateMeeting(meeting, by: author, what: "\(familyID) \(status.rawValue)") {
        found in
        for index in found.items.indices where found.items[index].family == familyID {
          found.items[index].leave(as: status, at: now)
        }
      }
    } catch {
      // The decision stands; only the agenda's status could not follow.
      print(decision.id)
      let line = CommandFailure.lineAndCode(for: error, root: Tafel.self).line
      throw CommandFailure.data("\(decision.id) recorded, but the agenda was not updated: \(line)")
    }
    print(decision.id)
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
