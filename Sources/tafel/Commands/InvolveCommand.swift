// `tafel involve`: records who works with a family, in which functions and
// from when, so that the board can show overlap and who holds direction
// (regie); also ends an involvement. A professional who is not yet known is
// added to organisations.json, under an organisation that must exist.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct InvolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "involve",
    abstract: "Record a professional's involvement with a family, or end one.",
    discussion: """
      Start: tafel involve FAMILY --professional ID|"name|organisation|role" --functions intake,direction --from YYYY-MM-DD [--to YYYY-MM-DD]
      End:   tafel involve FAMILY --end INVOLVEMENT --to YYYY-MM-DD
      Change: tafel involve FAMILY --change INVOLVEMENT [--functions LIST] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
      Functions: \(CaseFunction.allCases.map(\.rawValue).joined(separator: ", ")). \
      The organisation of a new professional is named by its id or exact name. \
      The first involvement with the function direction becomes the plan's director when it has none.
      """)

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(
    help: ArgumentHelp(
      "A professional: id (P-0001) or name on file, or a new one as \"name|organisation|role\".",
      valueName: "id|name|org|role"))
  var professional: String?

  @Option(
    help: ArgumentHelp("Comma-separated functions, e.g. intake,direction.", valueName: "list"))
  var functions: String?

  @Option(help: ArgumentHelp("First day of the involvement.", valueName: "YYYY-MM-DD"))
  var from: String?

  @Option(help: ArgumentHelp("Last day (inclusive); required with --end.", valueName: "YYYY-MM-DD"))
  var to: String?

  @Option(help: ArgumentHelp("End this involvement (e.g. I2) on --to.", valueName: "id"))
  var end: String?

  @Option(
    help: ArgumentHelp(
      "Change this involvement's functions or days (e.g. I2), with --functions, --from, --to.",
      valueName: "id"))
  var change: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if change != nil {
      if professional != nil || end != nil {
        throw CommandFailure.usage(
          "--change: takes --functions, --from and --to, not --professional or --end")
      }
      guard functions != nil || from != nil || to != nil else {
        throw CommandFailure.usage("--change: say what changes with --functions, --from or --to")
      }
      if functions != nil { _ = try parsedFunctions() }
      _ = try PreparationArguments.optionalDay(from, "--from")
      _ = try PreparationArguments.optionalDay(to, "--to")
      return
    }
    if end != nil {
      if professional != nil || functions != nil || from != nil {
        throw CommandFailure.usage(
          "--end: takes only --to, not --professional, --functions or --from")
      }
      guard let to else { throw CommandFailure.usage("--to: required with --end") }
      _ = try PreparationArguments.day(to, "--to")
      return
    }
    guard let professional else {
      throw CommandFailure.usage("--professional: required (or --end INVOLVEMENT --to DATE)")
    }
    _ = try PreparationArguments.text(professional, "--professional")
    _ = try parsedFunctions()
    guard let from else { throw CommandFailure.usage("--from: required") }
    let start = try PreparationArguments.day(from, "--from")
    try PreparationArguments.requireOrder(
      from: start, to: try PreparationArguments.optionalDay(to, "--to"))
  }

  func parsedFunctions() throws -> [CaseFunction] {
    guard let functions else {
      throw CommandFailure.usage("--functions: required, e.g. intake,direction")
    }
    let names = functions.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
    guard !names.isEmpty else { throw CommandFailure.usage("--functions: empty") }
    var result: [CaseFunction] = []
    for name in names {
      let function = try PreparationArguments.choice(name, "--functions", as: CaseFunction.self)
      if !result.contains(function) { result.append(function) }
    }
    return result
  }

  func run() throws {
    let store = try options.open()
    let current = try PreparationArguments.family(family, in: store)
    if let end { return try finish(end, family: current, store: store) }
    if let change { return try alter(change, family: current, store: store) }
    let functions = try parsedFunctions()
    let start = try PreparationArguments.day(from!, "--from")
    let stop = try PreparationArguments.optionalDay(to, "--to")
    let person = try PreparationArguments.professional(
      professional!, option: "--professional", store: store, author: options.author)
    let involved = try store.involve(
      person.id, named: person.name, functions: functions, from: start, to: stop,
      family: family, by: options.author)
    involved.receipt.warn()
    let (involvement, director) = involved.value
    let period = "from \(start)" + (stop.map { " to \($0)" } ?? "")
    print(
      "\(involvement.id): \(person.name) (\(person.id), \(person.organisation)) "
        + "\(functions.map(\.rawValue).joined(separator: ", ")) \(period)"
        + (director ? "; director of the family plan" : ""))
  }

  /// Another set of functions or other days for one involvement (typed
  /// wrong, or the work changed): the id stays, the change is recorded. Who
  /// holds direction for the plan follows: an involvement that no longer
  /// directs is no longer the plan's director.
  private func alter(_ id: String, family: Family, store: Store) throws {
    let newFunctions = try functions.map { _ in try parsedFunctions() }
    let start = try PreparationArguments.optionalDay(from, "--from")
    let stop = try PreparationArguments.optionalDay(to, "--to")
    // Said before anything is written, as a wrong option: the day typed is before its start.
    if let involvement = family.involvements.first(where: { $0.id == id }),
      let end = stop ?? involvement.to, end < (start ?? involvement.from)
    {
      throw CommandFailure.usage("--to: \(end) is before its start \(start ?? involvement.from)")
    }
    let changed = try store.changeInvolvement(
      id, functions: newFunctions, from: start, to: stop, family: family.id, by: options.author)
    changed.receipt.warn()
    let (involvement, noLongerDirector) = changed.value
    let said =
      "\(id): \(involvement.functions.map(\.rawValue).joined(separator: ", ")) from \(involvement.from)"
      + (involvement.to.map { " to \($0)" } ?? "")
      + (noLongerDirector ? "; no longer director of the family plan" : "")
    print(said)
  }

  private func finish(_ id: String, family: Family, store: Store) throws {
    let stop = try PreparationArguments.day(to!, "--to")
    guard let involvement = family.involvements.first(where: { $0.id == id }) else {
      throw CommandFailure.data("--end: \(family.id) has no involvement \(id)")
    }
    try PreparationArguments.requireOrder(from: involvement.from, to: stop, fromOption: "its start")
    try store.endInvolvement(id, on: stop, family: family.id, by: options.author).receipt.warn()
    print("\(id): ended on \(stop)")
  }
}
