// `tafel meeting close`: the chair ends the sitting. The end time is
// recorded, a case still at the table leaves it discussed, cases not reached
// are marked so, and the minutes turn from draft to final.

import ArgumentParser
import TafelCore
import TafelStore

struct MeetingCloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close a meeting: its cases not reached are marked, its minutes become final.",
    discussion: """
      A closed meeting's attendance and agenda no longer change; a decision about one of its \
      cases is then a correction (--supersedes), shown as recorded after the meeting closed.
      """)

  @Argument(
    help: ArgumentHelp("The meeting id, e.g. JBT-2026-12-03.", valueName: "meeting"),
    completion: Completions.meetings)
  var meeting: String

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try options.open()
    _ = try PreparationArguments.meeting(meeting, in: store)
    let now = StoreOptions.now()
    let author = options.author
    // Under the meeting's lock, re-read: of two closing at once, one closes, one is told.
    let closed: Meeting = try store.updateMeeting(meeting, by: author, what: "closed the meeting") {
      found in
      do {
        try found.close(at: now, by: author)
      } catch let refusal as ArgumentRefusal {
        throw refusal.data
      }
      return found
    }
    let notReached = closed.items.filter { $0.status == .notReached }.count
    print(
      "\(meeting) closed at \(SystemClock.zone.local(now).clock)"
        + (notReached > 0 ? "; \(notReached) not reached" : ""))
  }
}
