// `tafel family`: the families the table discusses, created and listed from
// the command line.

import ArgumentParser

struct FamilyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "family",
    abstract: "Create and list families.",
    subcommands: [FamilyCreateCommand.self, FamilyListCommand.self])
}
