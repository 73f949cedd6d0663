// The end of a sitting, from the command line as a secretary would do it:
// adjourn a case to the next meeting with a reason, close the meeting (twice
// at once from two processes: one closes, the other is told), and what the
// record then refuses: attendance-free decisions without a correction, a
// second close, adjourning into the past.

import Foundation
import TafelCore
import Testing

@Suite("closing a meeting and adjourning a case")
struct CliMeetingRecordTests {
  let today = CliRunner.today

  @Test("adjourn with a reason carries the case over; close marks the rest; minutes become final")
  func adjournAndClose() throws {
    let store = try CliStore()
    let meeting = "JBT-\(today)"
    let next = "JBT-\(today.adding(days: 14))"
    let family = try store.meeting(meeting).items[1].family
    for (arguments, names) in [
      (["meeting", "adjourn", meeting, family, "--reason", "  "], "--reason"),
      (["meeting", "adjourn", meeting, family, "--reason", "x", "--to", meeting], "--to"),
      (
        ["meeting", "adjourn", meeting, family, "--reason", "x", "--to", "JBT-2000-01-01"],
        "JBT-2000-01-01"
      ),
    ] {
      let refused = try store.tafel(arguments)
      #expect(refused.status != 0, "\(refused)")
      #expect(refused.stderrLines.count == 1 && refused.stderr.contains(names), "\(refused)")
    }
    let adjourned = try store.tafel([
      "meeting", "adjourn", meeting, family, "--reason", "Vader is ziek", "--to", next,
    ])
    #expect(adjourned.status == 0, "\(adjourned)")
    #expect(adjourned.stdout == "\(family) adjourned at \(meeting); carried over to \(next)\n")
    #expect(
      try store.meeting(next).items.contains { $0.family == family && $0.carriedFrom == meeting })

    let draft = try store.tafel(["minutes", meeting])
    #expect(draft.stdout.contains("**Draft: the meeting is not closed"), "\(draft)")
    #expect(draft.stdout.contains("Adjourned: Vader is ziek. Moves to \(next)."))
    #expect(!draft.stdout.contains("Absent"))

    let closed = try store.tafel(["meeting", "close", meeting, "--as", "R. Kramer"])
    #expect(closed.status == 0, "\(closed)")
    #expect(closed.stdout.contains("\(meeting) closed at "), "\(closed)")
    let record = try store.meeting(meeting)
    #expect(record.closedAt != nil && record.closedBy == "R. Kramer")
    #expect(record.items.filter { $0.status == .notReached }.count == record.items.count - 1)
    let final = try store.tafel(["minutes", meeting, "--lang", "nl"])
    #expect(final.stdout.contains("**Definitief: de vergadering is gesloten om "), "\(final)")
    #expect(final.stdout.contains("door R. Kramer.**"))
    #expect(final.stdout.contains("niet aan bod gekomen"))

    // After closing: one clear line each, exit 1, nothing changed.
    let before = try #require(store.data("meetings/\(meeting).json"))
    let again = try store.tafel(["meeting", "close", meeting])
    #expect(again.status == 1 && again.stderrLines.count == 1, "\(again)")
    #expect(again.stderr.contains("was closed at"), "\(again)")
    let late = try store.tafel([
      "meeting", "adjourn", meeting, record.items[0].family, "--reason", "x",
    ])
    #expect(late.status == 1 && late.stderr.contains("was closed at"), "\(late)")
    let decided = try store.tafel([
      "decide", record.items[0].family, "--outcome", "other", "--outcome-text", "x",
      "--rationale", "x", "--child-not-heard", "x", "--meeting", meeting,
    ])
    #expect(decided.status == 1 && decided.stderr.contains("--supersedes"), "\(decided)")
    #expect(store.data("meetings/\(meeting).json") == before)
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("two processes closing one meeting at once: one closes it, the other is told")
  func twoCloseAtOnce() throws {
    let store = try CliStore()
    let meeting = "JBT-\(today)"
    let binary = try CliRunner.binary()
    let runs = (1...2).map { writer -> Process in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = [
        "meeting", "close", meeting, "--store", store.path, "--as", "w\(writer)",
      ]
      process.environment = CliRunner.pinnedEnvironment(home: store.home)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      return process
    }
    for process in runs { try process.run() }
    for process in runs { process.waitUntilExit() }
    #expect(runs.map(\.terminationStatus).sorted() == [0, 1])
    let record = try store.meeting(meeting)
    #expect(record.changes.filter { $0.what == "closed the meeting" }.count == 1)
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test(
    "a carried-over case taken off its new agenda: the first meeting no longer says it moves there")
  func carriedOverThenRemoved() throws {
    let store = try CliStore()
    let meeting = "JBT-\(today)"
    let next = "JBT-\(today.adding(days: 14))"
    let family = try store.meeting(meeting).items[2].family
    _ = try store.tafel(["meeting", "adjourn", meeting, family, "--reason", "Ziek", "--to", next])
    let removed = try store.tafel(["meeting", "remove", next, family])
    #expect(removed.status == 0, "\(removed)")
    #expect(removed.stdout.contains("adjourned at \(meeting), not yet planned again"), "\(removed)")
    let source = try store.meeting(meeting).items.first { $0.family == family }
    #expect(source?.status == .adjourned && source?.carriedTo == nil)
    let minutes = try store.tafel(["minutes", meeting])
    #expect(minutes.stdout.contains("Adjourned: Ziek. Not yet planned on a later agenda."))
    #expect(try store.tafel(["check"]).status == 0)
    // A carried-over mark that names a meeting that does not exist is a problem for check.
    _ = try store.tafel(["meeting", "adjourn", meeting, family, "--reason", "Ziek", "--to", next])
    try store.edit(
      "meetings/\(next).json", replacing: "\"carriedFrom\" : \"\(meeting)\"",
      with: "\"carriedFrom\" : \"JBT-1999-01-01\"")
    let check = try store.tafel(["check"])
    #expect(check.status == 1, "\(check)")
    #expect(check.stdout.contains("carriedFrom names unknown meeting JBT-1999-01-01"), "\(check)")
  }
}
