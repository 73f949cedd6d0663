// `tafel meeting`: the sittings of the table and their agendas, prepared by
// the secretary before the table sits.

import ArgumentParser

struct MeetingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meeting",
    abstract: "Create meetings of the table and put families on their agenda.",
    subcommands: [
      MeetingCreateCommand.self, MeetingAddCommand.self, MeetingRemoveCommand.self,
      MeetingListCommand.self, MeetingAdjournCommand.self, MeetingCloseCommand.self,
    ])
}
