// `tafel meeting create`: a new sitting of the table; prints its id
// ("JBT-2026-12-03", "-2" for a second one that day).

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

  @OptionGroup var options: StoreOptions

  func validate() throws { _ = try PreparationArguments.day(date, "--date") }

  func run() throws {
    let day = try PreparationArguments.day(date, "--date")
    let store = try options.open()
    for _ in 0..<5 {
      let id = MeetingNumbering.nextID(on: day, existing: try store.meetingIDs())
      let meeting = Meeting(
        id: id, date: day, location: location.trimmed, chair: chair.trimmed,
        secretary: secretary.trimmed)
      do {
        try store.createMeeting(meeting, by: options.author)
        print(id)
        return
      } catch StoreError.refused {
        continue  // someone created this id a moment ago: take the next one
      }
    }
    throw CommandFailure.data("--date: could not find a free meeting id for \(day)")
  }
}
