// `tafel family list`: the families in the store from the index, filtered by
// phase or municipality; --private shows ids and initials only, for a screen
// that others can see.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct FamilyListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the families (id, name, municipality, phase).")

  @Option(help: ArgumentHelp("Only families in this phase.", valueName: "phase"))
  var phase: String?

  @Option(help: ArgumentHelp("Only families in this municipality.", valueName: "name"))
  var municipality: String?

  @Flag(help: "Print ids and initials only, no names or places.")
  var `private` = false

  @Flag(help: "List the archived families (off the list otherwise).")
  var archived = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if let phase { _ = try PreparationArguments.choice(phase, "--phase", as: Phase.self) }
  }

  func run() throws {
    let wantedPhase = try phase.map {
      try PreparationArguments.choice($0, "--phase", as: Phase.self)
    }
    let store = try options.open()
    let summaries = try store.summaries()
    // A family whose file cannot be read is not in the index: say so, one line each.
    let listed = Set(summaries.map(\.id))
    for id in try store.familyIDs() where !listed.contains(id) {
      do {
        _ = try store.family(id)
      } catch {
        CommandFailure.warn("warning: left out of the list: \(error)")
      }
    }
    let families = summaries.filter { summary in
      summary.archived == archived
        && (wantedPhase.map { summary.phase == $0 } ?? true)
        && (municipality.map {
          summary.municipality.compare($0.trimmed, options: .caseInsensitive) == .orderedSame
        } ?? true)
    }.sorted { $0.id < $1.id }
    if families.isEmpty {
      print("no families")
      return
    }
    if !`private` {
      try options.logAccess(store, families.map(\.id), .view, part: "family list")
    }
    if `private` {
      for family in families { print("\(family.id)  \(family.initials)") }
      return
    }
    // Columns in terminal cells, so a CJK name does not push the next column.
    let nameWidth = families.map { DisplayWidth.of(Sanitized.line($0.name)) }.max() ?? 0
    let placeWidth = families.map { DisplayWidth.of(Sanitized.line($0.municipality)) }.max() ?? 0
    for family in families {
      print(
        "\(family.id)  \(pad(family.name, nameWidth))  \(pad(family.municipality, placeWidth))  \(family.phase.rawValue)"
      )
    }
  }

  private func pad(_ text: String, _ width: Int) -> String { DisplayWidth.pad(text, to: width) }
}
