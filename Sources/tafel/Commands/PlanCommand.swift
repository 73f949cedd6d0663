// `tafel plan`: the family plan's words from the command line — concerns,
// strengths, goals and safety agreements added or removed (a secretary
// preparing the table need not open an editor), or listed numbered.

import ArgumentParser
import TafelCore
import TafelStore

struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract:
      "Add to or remove from a family plan's concerns, strengths, goals and safety agreements.",
    discussion: """
      Without options, prints the plan's lists numbered. --remove-… takes the number \
      printed there or the exact text. Agreements made at the table become actions \
      through `tafel decide`, not here.
      """)

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("Add a concern (zorg); repeatable.", valueName: "text"))
  var concern: [String] = []
  @Option(help: ArgumentHelp("Add a strength (kracht); repeatable.", valueName: "text"))
  var strength: [String] = []
  @Option(help: ArgumentHelp("Add a goal (doel); repeatable.", valueName: "text"))
  var goal: [String] = []
  @Option(
    help: ArgumentHelp(
      "Add a safety agreement (veiligheidsafspraak); repeatable.", valueName: "text"))
  var safety: [String] = []

  @Option(help: ArgumentHelp("Remove a concern by number or text.", valueName: "N|text"))
  var removeConcern: [String] = []
  @Option(help: ArgumentHelp("Remove a strength by number or text.", valueName: "N|text"))
  var removeStrength: [String] = []
  @Option(help: ArgumentHelp("Remove a goal by number or text.", valueName: "N|text"))
  var removeGoal: [String] = []
  @Option(help: ArgumentHelp("Remove a safety agreement by number or text.", valueName: "N|text"))
  var removeSafety: [String] = []

  @OptionGroup var options: StoreOptions

  /// The plan's lists: their key path, their word, their options.
  static var lists: [(WritableKeyPath<FamilyPlan, [String]>, String, String)] {
    [
      (\.concerns, "concerns", "concern"), (\.strengths, "strengths", "strength"),
      (\.goals, "goals", "goal"), (\.safetyAgreements, "safety agreements", "safety"),
    ]
  }

  var additions: [[String]] { [concern, strength, goal, safety] }
  var removals: [[String]] { [removeConcern, removeStrength, removeGoal, removeSafety] }

  func validate() throws {
    for (values, list) in zip(additions + removals, Self.lists + Self.lists) {
      for value in values { _ = try PreparationArguments.text(value, "--" + list.2) }
    }
  }

  func run() throws {
    let store = try options.open()
    let current = try PreparationArguments.family(family, in: store)
    guard additions.contains(where: { !$0.isEmpty }) || removals.contains(where: { !$0.isEmpty })
    else {
      try options.logAccess(store, [current.id], .view, part: "plan")
      for (path, word, _) in Self.lists {
        print("\(word):")
        let items = current.plan[keyPath: path]
        if items.isEmpty { print("  none") }
        for (index, item) in items.enumerated() { print("  \(index + 1). \(Sanitized.line(item))") }
      }
      return
    }
    var summary: [String] = []
    for (index, (_, word, _)) in Self.lists.enumerated() {
      for (verb, count) in [("added", additions[index].count), ("removed", removals[index].count)]
      where count > 0 {
        summary.append("\(verb) \(count) \(count == 1 ? String(word.dropLast()) : word)")
      }
    }
    let what = "plan: " + summary.joined(separator: ", ")
    let changes = Self.lists.enumerated().map { index, list in
      PlanListChange(
        list: list.0, word: list.1, option: list.2, add: additions[index], remove: removals[index])
    }
    try store.changePlan(
      changes, what: what, family: current.id, by: options.author, at: StoreOptions.now()
    ).receipt.warn()
    print("\(current.id): \(what)")
  }
}
