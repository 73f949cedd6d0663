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
    // The adjournment and the item it carries over are one change: one commit under git.
    try store.asOneChange { try run(in: store) }
  }

  private func run(in store: Store) throws {
    let source = try PreparationArguments.meeting(meeting, in: store)
    let kind = source.items.first { $0.family == family }?.kind ?? .first
    let minutes = source.items.first { $0.family == family }?.minutes ?? 60
    let documents = source.items.first { $0.family == family }?.documents
    if let to {
      let target = try PreparationArguments.meeting(to, in: store)
      do {
        try target.refuseIfClosed("--to")
      } catch {
        throw error.data
      }
    }
    let now = StoreOptions.now()
    let today = StoreOptions.today(at: now)
    let (familyID, reason, to) = (family, reason, to)
    try store.updateMeeting(meeting, by: options.author, what: "\(familyID) adjourned") { found in
      do {
        try found.adjourn(familyID, reason: reason, to: to, today: today, at: now)
      } catch let refusal as ArgumentRefusal {
        throw refusal.data
      }
    }
    guard let to else {
      print("\(familyID) adjourned at \(meeting)")
      return
    }
    do {
      try store.updateMeeting(
        to, by: options.author, what: "\(familyID) carried over from \(meeting)"
      ) { found in
        do {
          try found.carryOver(
            familyID, from: meeting, reason: reason.trimmed.nonEmpty, kind: kind,
            minutes: minutes, documents: documents)
        } catch let refusal as ArgumentRefusal {
          throw refusal.data
        }
      }
    } catch {
      let line = CommandFailure.lineAndCode(for: error, root: Tafel.self).line
      throw CommandFailure.data(
        "\(familyID) adjourned at \(meeting), but not carried over: \(line)")
    }
    print("\(familyID) adjourned at \(meeting); carried over to \(to)")
  }
}
