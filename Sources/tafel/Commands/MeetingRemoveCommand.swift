// `tafel meeting remove`: takes a family off an agenda, unless the table has
// already decided the case there (a decision keeps the meeting it was taken in);
// without a family, calls off a meeting with an empty agenda (made by mistake,
// or no longer needed). The file stays, marked as called off, so every
// replica and the record keep that it was planned.

import ArgumentParser
import TafelCore
import TafelStore

struct MeetingRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract:
      "Take a family off a meeting's agenda, or call off a meeting whose agenda is empty.")

  @Argument(
    help: ArgumentHelp("The meeting id, e.g. JBT-2026-12-03.", valueName: "meeting"),
    completion: Completions.meetings)
  var meeting: String

  @Argument(
    help: ArgumentHelp(
      "The family id, e.g. FV-2026-0001; without it the meeting itself is called off.",
      valueName: "family"),
    completion: Completions.families)
  var family: String?

  @Option(
    help: ArgumentHelp("Why the meeting is called off (without a family).", valueName: "text"))
  var reason: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if family == nil {
      guard let reason else {
        throw CommandFailure.usage("--reason: say why \(meeting) is called off")
      }
      _ = try PreparationArguments.text(reason, "--reason")
    } else if reason != nil {
      throw CommandFailure.usage("--reason: only when calling off a whole meeting (no FAMILY)")
    }
  }

  func run() throws {
    let store = try options.open()
    guard let family else {
      _ = try PreparationArguments.meeting(meeting, in: store)
      try store.callOff(
        meeting, reason: reason ?? "", by: options.author, at: StoreOptions.now()
      ).receipt.warn()
      print("\(meeting) called off")
      return
    }
    var current = try PreparationArguments.meeting(meeting, in: store)
    let decisions = (try? store.family(family).decisions) ?? []
    do {
      try current.removeItem(family: family, decisions: decisions)
    } catch {
      throw error.data
    }
    let familyID = family
    let taken = try store.takeOffAgenda(familyID, meeting: meeting, by: options.author)
    taken.receipt.warn()
    let carriedFrom = taken.value
    print(
      "\(familyID) off the agenda of \(meeting)"
        + (carriedFrom.map { "; adjourned at \($0), not yet planned again" } ?? ""))
  }
}
