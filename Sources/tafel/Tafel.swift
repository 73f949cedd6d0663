import ArgumentParser

@main
struct Tafel: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tafel",
    abstract: "A terminal board for the chair of a youth protection table (JBT).",
    subcommands: [
      BoardCommand.self,
      DemoCommand.self,
      InitCommand.self,
      CheckCommand.self, CheckPartCommand.self,
      DecideCommand.self,
      HistoryCommand.self,
      ReportCommand.self,
      MinutesCommand.self,
      MeetingCommand.self,
      FamilyCommand.self,
      OrganisationCommand.self,
      InvolveCommand.self,
      AssessCommand.self,
      EventCommand.self,
      RequestCommand.self,
      EditCommand.self,
      BenchCommand.self, BenchFirstFrameCommand.self, BenchGenerateCommand.self,
    ],
    defaultSubcommand: BoardCommand.self
  )
}
