// `tafel family create`: a new family with its children and parents or
// caregivers, numbered in the region's pattern (FV-2026-0042); prints the id.

import ArgumentParser
import TafelCore
import TafelStore

struct FamilyCreateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "create",
    abstract: "Create a family; prints its id (<prefix>-<year>-<number>).",
    discussion: """
      The id is the next free number of this year with the store's prefix. \
      The family starts in phase "reported" unless --phase says otherwise; `tafel event` moves it on.
      """)

  @Option(
    help: ArgumentHelp("The name shown on the board, e.g. \"Familie de Vries\".", valueName: "text")
  )
  var name: String

  @Option(help: ArgumentHelp("The municipality the family lives in.", valueName: "name"))
  var municipality: String

  @Option(
    name: .customLong("child"),
    help: ArgumentHelp(
      "A child as \"name|YYYY-MM-DD\" (birth date); repeatable.", valueName: "name|date"))
  var children: [String] = []

  @Option(
    name: .customLong("caregiver"),
    help: ArgumentHelp(
      "A parent or caregiver as \"name|yes\" or \"name|no\" (holds custody; ja/nee too), optionally \"|caregiver\" for one who is not a parent; repeatable.",
      valueName: "name|custody"))
  var caregivers: [String] = []

  @Option(
    help: ArgumentHelp(
      "Where the family is in the chain: \(Phase.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "phase"))
  var phase: String = Phase.reported.rawValue

  @OptionGroup var options: StoreOptions

  func validate() throws { _ = try members() }

  func members() throws -> (name: String, municipality: String, phase: Phase, members: [Member]) {
    let name = try PreparationArguments.text(self.name, "--name")
    let municipality = try PreparationArguments.text(self.municipality, "--municipality")
    let phase = try PreparationArguments.choice(self.phase, "--phase", as: Phase.self)
    var members: [Member] = []
    for text in caregivers {
      let parsed: (name: String, custody: Bool, role: MemberRole)
      do { parsed = try MemberInput.caregiver(text) } catch { throw error.usage }
      members.append(
        Member(
          id: "M\(members.count + 1)", name: parsed.name, role: parsed.role,
          custody: parsed.custody))
    }
    for text in children {
      let parsed: (name: String, birth: Day)
      do { parsed = try MemberInput.child(text) } catch { throw error.usage }
      members.append(
        Member(
          id: "M\(members.count + 1)", name: parsed.name, role: .child, birthDate: parsed.birth))
    }
    return (name, municipality, phase, members)
  }

  func run() throws {
    let typed = try members()
    let store = try options.open()
    let prefix = try store.info().familyPrefix
    let year = StoreOptions.today().year
    for _ in 0..<5 {
      let id = FamilyNumbering.nextID(
        prefix: prefix, year: year, existing: try store.familyIDs(), replica: store.replica)
      let family = Family(
        id: id, name: typed.name, municipality: typed.municipality, members: typed.members,
        phase: typed.phase)
      do {
        try store.createFamily(family, by: options.author)
        print(id)
        return
      } catch StoreError.refused {
        continue  // another secretary took this number a moment ago: take the next one
      }
    }
    throw CommandFailure.data("could not find a free family id for \(prefix)-\(year)")
  }
}
