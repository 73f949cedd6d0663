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

  @Argument(help: ArgumentHelp("The meeting id, e.g. JBT-2026-12-03.", valueName: "meeting"))
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

struct MeetingAdjournCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "adjourn",
    abstract: "Adjourn a case: why, and the meeting it moves to if that is known.",
    discussion: """
      The case is marked adjourned with the reason; with --to it appears on that later \
      meeting's agenda marked "carried over from" this one.
      """)

  @Argument(help: ArgumentHelp("The meeting id, e.g. JBT-2026-12-03.", valueName: "meeting"))
  var meeting: String

  @Argument(help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"))
  var family: String

  @Option(help: ArgumentHelp("Why the case is adjourned.", valueName: "text"))
  var reason: String

  @Option(help: ArgumentHelp("The later meeting the case moves to.", valueName: "meeting"))
  var to: String?

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try options.open()
    _ = try PreparationArguments.meeting(meeting, in: store)
    if let to {
      let target = try PreparationArguments.meeting(to, in: store)
      do {
        try target.refuseIfClosed("--to")
      } catch let refusal as ArgumentRefusal {
        throw refusal.data
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
          try found.carryOver(familyID, from: meeting)
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
