// `tafel meeting create`: a new sitting of the table; prints its id
// ("JBT-2026-12-03", "-2" for a second one that day). A day already gone
// needs --past: a meeting is planned ahead, and one made afterwards says so.

import ArgumentParser
import TafelCore
import TafelStore

struct MeetingCreateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "create", abstract: "Create a meeting; prints its id (JBT-YYYY-MM-DD).")

  @Option(help: ArgumentHelp("The day the table sits.", valueName: "YYYY-MM-DD"))
  var date: String

  @Option(help: ArgumentHelp("Where the table sits.", valueName: "text"))
  var location: String = ""

  @Option(help: ArgumentHelp("Who chairs (voorzitter).", valueName: "name"))
  var chair: String = ""

  @Option(help: ArgumentHelp("Who takes the minutes (notulist).", valueName: "name"))
  var secretary: String = ""

  @Flag(help: "Confirm a day already gone: the meeting sat, and is recorded afterwards.")
  var past = false

  @Flag(help: "Confirm a second meeting on a day that already has one.")
  var another = false

  @OptionGroup var options: StoreOptions

  func validate() throws { _ = try PreparationArguments.day(date, "--date") }

  func run() throws {
    let day = try PreparationArguments.day(date, "--date")
    let today = StoreOptions.today()
    if day < today, !past {
      throw CommandFailure.usage(
        "--date: \(day) is before today (\(today)); add --past to record a meeting that already sat"
      )
    }
    let store = try options.open()
    // A meeting called off that day does not count: this one replaces it.
    let sameDay = try store.meetingIDs().filter {
      Meeting.date(fromID: $0) == day && (try? store.meeting($0).isCancelled) != true
    }.sorted()
    if let first = sameDay.first, !another {
      throw CommandFailure.usage(
        "--date: \(first) already sits on \(day); add --another for a second meeting that day")
    }
    for _ in 0..<5 {
      let id = MeetingNumbering.nextID(on: day, existing: try store.meetingIDs())
      let meeting = Meeting(
        id: id, date: day, location: location.trimmed, chair: chair.trimmed,
        secretary: secretary.trimmed)
      do {
        let taken = try store.createMeeting(meeting, by: options.author)
        print(id)
        for evaluation in taken {
          print(
            "  \(evaluation.family): drang evaluation (deadline \(evaluation.deadline), \(Decision.shortID(evaluation.decision, family: evaluation.family)))"
          )
        }
        return
      } catch StoreError.refused {
        continue  // someone created this id a moment ago: take the next one
      }
    }
    throw CommandFailure.data("--date: could not find a free meeting id for \(day)")
  }
}
