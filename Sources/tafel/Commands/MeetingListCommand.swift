// `tafel meeting list`: the meetings in the store, oldest first, with their
// agendas in one line each; --from and --to narrow it to a period.

import ArgumentParser
import TafelCore
import TafelStore

struct MeetingListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the meetings and their agendas.")

  @Option(help: ArgumentHelp("Only meetings on or after this day.", valueName: "YYYY-MM-DD"))
  var from: String?

  @Option(help: ArgumentHelp("Only meetings on or before this day.", valueName: "YYYY-MM-DD"))
  var to: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    let start = try PreparationArguments.optionalDay(from, "--from")
    let end = try PreparationArguments.optionalDay(to, "--to")
    if let start { try PreparationArguments.requireOrder(from: start, to: end) }
  }

  func run() throws {
    let start = try PreparationArguments.optionalDay(from, "--from")
    let end = try PreparationArguments.optionalDay(to, "--to")
    let store = try options.open()
    let ids = try store.meetingIDs().filter { id in
      guard let day = Meeting.date(fromID: id) else { return false }
      return (start.map { $0 <= day } ?? true) && (end.map { day <= $0 } ?? true)
    }.sorted { (Meeting.date(fromID: $0)!, $0) < (Meeting.date(fromID: $1)!, $1) }
    if ids.isEmpty { print("no meetings") }
    for id in ids {
      let meeting = try store.meeting(id)
      if meeting.isCancelled {
        print("\(id)  called off" + (meeting.cancelReason.map { ": " + Sanitized.line($0) } ?? ""))
        continue
      }
      var heading = "\(id)  \(meeting.items.count) \(meeting.items.count == 1 ? "case" : "cases")"
      for (label, value) in [
        ("", meeting.location), ("chair ", meeting.chair),
        ("secretary ", meeting.secretary),
      ]
      where !value.isEmpty {
        heading += "  \(label)\(Sanitized.line(value))"
      }
      print(heading)
      for item in meeting.items.sorted(by: { $0.start < $1.start }) {
        print(
          "  \(item.start)  \(item.minutes) min  \(item.family)  \(item.kind.rawValue)  \(item.status.rawValue)"
        )
      }
    }
    // A drang deadline with no meeting on or after it: the evaluation has no place yet.
    for evaluation in try store.drangEvaluations(dueBy: nil) {
      print(
        "drang evaluation not planned: \(evaluation.family) (deadline \(evaluation.deadline)); a meeting made on or after that day takes it, or: tafel meeting add MEETING \(evaluation.family) --kind drang-evaluation"
      )
    }
  }
}
