// The root command: every subcommand, the board as the default, and
// `tafel --version` (Tafel's version and the store format it reads and writes).

import ArgumentParser
import TafelCore

@main
struct Tafel: ParsableCommand {
  /// Tafel's own version; the store format has a version of its own (store.json).
  static let version = "0.6.0"

  static let configuration = CommandConfiguration(
    commandName: "tafel",
    abstract: "A terminal board for the chair of a youth protection table (JBT).",
    version: "tafel \(version) (store format \(StoreInfo.formatName) \(StoreInfo.currentVersion))",
    subcommands: [
      BoardCommand.self,
      DemoCommand.self,
      InitCommand.self, UpgradeCommand.self, CloneCommand.self, SyncCommand.self,
      RemoteCommand.self, VerifyPushCommand.self, PeopleCommand.self, WhoamiCommand.self,
      ResolveCommand.self, MergeFileCommand.self, LogCommand.self, ExportCommand.self,
      ArchiveCommand.self, RetentionCommand.self, EraseCommand.self, ConsentCommand.self,
      SafetyCommand.self,
      CheckCommand.self, CheckPartCommand.self,
      DecideCommand.self, RvdKCommand.self, AgreementCommand.self, VTOCommand.self,
      HistoryCommand.self,
      ReportCommand.self, SettingsCommand.self,
      SignalsCommand.self,
      MinutesCommand.self,
      MeetingCommand.self,
      FamilyCommand.self,
      OrganisationCommand.self,
      PlanCommand.self,
      InvolveCommand.self,
      AssessCommand.self,
      EventCommand.self,
      RequestCommand.self,
      EditCommand.self,
      BenchCommand.self, BenchFirstFrameCommand.self, BenchGenerateCommand.self,
      BenchSearchCommand.self,
    ],
    defaultSubcommand: BoardCommand.self
  )
}
