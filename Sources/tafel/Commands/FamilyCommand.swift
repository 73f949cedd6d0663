// `tafel family`: the families the table discusses, created, renamed and
// listed from the command line.

import ArgumentParser
import TafelCore
import TafelStore

struct FamilyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "family",
    abstract: "Create, rename and list families.",
    subcommands: [FamilyCreateCommand.self, FamilyRenameCommand.self, FamilyListCommand.self])
}

/// A family's name or municipality corrected (a typing error, a move): the
/// id stays, the index follows, and the change is recorded.
struct FamilyRenameCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rename", abstract: "Change a family's name or municipality; the id stays.")

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("The new name, e.g. \"Familie de Vries\".", valueName: "text"))
  var name: String?

  @Option(help: ArgumentHelp("The new municipality.", valueName: "name"))
  var municipality: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    guard name != nil || municipality != nil else {
      throw CommandFailure.usage("--name or --municipality: say what changes")
    }
    if let name { _ = try PreparationArguments.text(name, "--name") }
    if let municipality { _ = try PreparationArguments.text(municipality, "--municipality") }
  }

  func run() throws {
    let store = try options.open()
    let current = try PreparationArguments.family(family, in: store)
    let newName = name?.trimmed ?? current.name
    let newPlace = municipality?.trimmed ?? current.municipality
    guard newName != current.name || newPlace != current.municipality else {
      print("\(current.id): unchanged")
      return
    }
    var words: [String] = []
    if newName != current.name { words.append("renamed \"\(current.name)\" to \"\(newName)\"") }
    if newPlace != current.municipality {
      words.append("moved from \(current.municipality) to \(newPlace)")
    }
    try store.renameFamily(
      current.id, name: newName, municipality: newPlace, what: words.joined(separator: "; "),
      by: options.author
    ).receipt.warn()
    print("\(current.id): \(words.joined(separator: "; "))")
  }
}
