// `tafel meeting close`: the chair ends the sitting. The end time is
// recorded, a case still at the table leaves it discussed, cases not reached
// are marked so, and the minutes turn from draft to final. With --carry-to,
// every case the meeting did not finish moves to that later meeting, with
// why and its kind, in the same change.

import ArgumentParser
import TafelCore
import TafelStore

struct MeetingCloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close a meeting: its cases not reached are marked, its minutes become final.",
    discussion: """
      A closed meeting's attendance and agenda no longer change; a decision about one of its \
      cases is then a correction (--supersedes), shown as recorded after the meeting closed. \
      --carry-to MEETING puts every case not reached, or discussed without a decision, on that \
      later open meeting's agenda, marked carried over with why; the minutes give each its \
      next step.
      """)

  @Argument(
    help: ArgumentHelp("The meeting id, e.g. JBT-2026-12-03.", valueName: "meeting"),
    completion: Completions.meetings)
  var meeting: String

  @Option(
    name: .customLong("carry-to"),
    help: ArgumentHelp(
      "A later meeting the unfinished cases move to.", valueName: "meeting"),
    completion: Completions.meetings)
  var carryTo: String?

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try options.open()
    _ = try PreparationArguments.meeting(meeting, in: store)
    if let carryTo {
      _ = try PreparationArguments.meeting(carryTo, in: store)
      guard carryTo != meeting else {
        throw CommandFailure.usage("--carry-to: \(carryTo) is this meeting; name a later one")
      }
    }
    let now = StoreOptions.now()
    let result: MeetingClosed
    do {
      result = try store.closeMeeting(meeting, carryTo: carryTo, by: options.author, at: now)
    } catch let refusal as ArgumentRefusal {
      throw refusal.data
    }
    let notReached = result.meeting.items.filter { $0.status == .notReached }.count
    print(
      "\(meeting) closed at \(SystemClock.zone.local(now).clock)"
        + (notReached > 0 ? "; \(notReached) not reached" : "")
        + (result.carried.isEmpty
          ? "" : "; carried to \(carryTo ?? ""): " + result.carried.joined(separator: ", ")))
  }
}
