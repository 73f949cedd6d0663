// `tafel archive`, `tafel retention` and `tafel consent`: closing a file,
// listing and erasing what is past its retention period (20 years after the
// last change, the Jeugdwet's term; access-log files after 5), and the
// family's consent to share at the table.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct ArchiveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "archive",
    abstract: "Close a family's file: read-only, off the agenda and the lists, kept for reports.",
    discussion: """
      Refused (exit 1) for a family archived already and for one on the agenda of a meeting \
      that is not closed. `tafel family list --archived` lists archived families.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try options.open()
    try store.archiveFamily(family, by: options.author)
    try options.logAccess(store, [family], .archive, part: "archive")
    print("\(family): archived; its file is read-only and off the lists")
  }
}

struct RetentionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retention",
    abstract: "List what is due for destruction, with its clock; erase it with --remove.",
    discussion: """
      A family's file is kept 20 years after its last change (the Jeugdwet's term; archiving \
      is a change too), or as store.json's `retention` sets it for the kind of organisation \
      that keeps the store; --years sets another period for this run. An access-log file is \
      kept 5 years after its month (`retention.accessLogYears`), whatever became of the \
      families in it. --remove erases each family listed as `tafel erase --ground retention` \
      does (its data out of the files and the history, a record that it was in store.json) \
      and removes each access-log file listed the same way. Where the store lists people this \
      is an administrator's act.
      """)

  @Option(
    help: ArgumentHelp("Years after the last change (default: the store's, 20).", valueName: "n"))
  var years: Int?

  @Flag(help: "Erase the families and remove the access-log files listed.")
  var remove = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if let years, !(1...100).contains(years) { throw CommandFailure.usage("--years: 1 to 100") }
  }

  func run() throws {
    let store = try options.open()
    let info = try store.info()
    if let problem = info.retention.problem {
      throw CommandFailure.data("\(store.absolute(StoreLayout.info)): \(problem)")
    }
    let period = years ?? info.retention.familyYears
    let today = StoreOptions.today()
    var due: [(Family, RetentionClock)] = []
    var waiting = 0
    var next: Day?
    for id in try store.familyIDs() {
      guard let family = try? store.family(id), let clock = RetentionClock(family, years: period)
      else { continue }
      if clock.isDue(on: today) {
        due.append((family, clock))
      } else {
        waiting += 1
        next = min(next ?? clock.due, clock.due)
      }
    }
    let logs = try store.dueAccessLogs(on: today, years: info.retention.accessLogYears)
    if remove { try EraseCommand.requireAdministrator(store) }
    var failed = 0
    for (family, clock) in due {
      let line =
        "\(family.id): last changed \(clock.lastChange.utcDay), due \(clock.due) "
        + "(\(period) years)"
      guard remove else {
        print(line)
        continue
      }
      let request = ErasureRequest(
        family: family.id, ground: .retention,
        reason: "\(period) years after the last change (\(clock.lastChange.utcDay)) ran out")
      do {
        print(try EraseCommand.erase(request, in: store, by: options.author))
      } catch {
        CommandFailure.warn("\(family.id): not erased: \(error)")
        failed += 1
      }
    }
    for (path, day) in logs where !remove {
      print("\(path): due \(day) (\(info.retention.accessLogYears) years after its month)")
    }
    if remove, !logs.isEmpty {
      let removed = try store.expireAccessLogs(by: options.author)
      print(
        "\(removed.count) access-log file(s) removed after \(info.retention.accessLogYears) years")
      if store.isGit { _ = try store.sync(by: options.author) }
    }
    if failed > 0 {
      // Each was said above; a scheduled run must notice that some are left.
      throw CommandFailure.data(
        "\(failed) of \(due.count) due famil\(due.count == 1 ? "y was" : "ies were") not erased")
    }
    if due.isEmpty && logs.isEmpty {
      print(
        "nothing is due: \(waiting) famil\(waiting == 1 ? "y" : "ies") kept, the first due "
          + "\(next.map(\.description) ?? "—") (\(period) years after the last change)")
    }
  }
}

struct ConsentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "consent",
    abstract: "Record the family's consent to share data at the table, or its withdrawal.",
    discussion: """
      A family on the agenda without consent that holds today is marked on the board (signal P). \
      --withdraw N marks the N-th consent (as `tafel export` lists them, from 1) withdrawn.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @Option(name: .customLong("given-by"), help: ArgumentHelp("Who gave it.", valueName: "name"))
  var givenBy: String?

  @Option(help: ArgumentHelp("What it covers.", valueName: "text"))
  var scope: String?

  @Option(help: ArgumentHelp("The day (default today).", valueName: "YYYY-MM-DD"))
  var date: String?

  @Option(help: ArgumentHelp("Withdraw consent number N.", valueName: "n"))
  var withdraw: Int?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if withdraw != nil, givenBy != nil || scope != nil {
      throw CommandFailure.usage("--withdraw N, or --given-by and --scope: not both")
    }
    if withdraw == nil, givenBy?.trimmed.isEmpty ?? true || scope?.trimmed.isEmpty ?? true {
      throw CommandFailure.usage("--given-by and --scope, or --withdraw N")
    }
    if let date, let day = Day(date), day > StoreOptions.today() {
      throw CommandFailure.usage("--date: \(date) is after today")
    }
    if let date, Day(date) == nil {
      throw CommandFailure.usage("--date: \"\(date)\" is not a day (YYYY-MM-DD)")
    }
    for value in [givenBy, scope].compactMap({ $0 }) where Sanitized.hasControl(value) {
      throw CommandFailure.usage("a control character in --given-by or --scope")
    }
  }

  func run() throws {
    let store = try options.open()
    let day = date.flatMap(Day.init) ?? StoreOptions.today()
    if let withdraw {
      // The record names the consent, not only its number.
      let given = (try? store.family(family))?.consent.dropFirst(withdraw - 1).first
      let what =
        given.map {
          "withdrew consent \(withdraw), given by \(Sanitized.line($0.givenBy)) on \($0.date)"
        } ?? "consent \(withdraw) withdrawn"
      try store.updateFamily(family, by: options.author, what: what) {
        found in
        guard found.consent.indices.contains(withdraw - 1) else {
          throw CommandFailure.data("\(family) has no consent number \(withdraw)")
        }
        let consent = found.consent[withdraw - 1]
        if let withdrawn = consent.withdrawn {
          throw CommandFailure.data(
            "consent \(withdraw) of \(family) was withdrawn on \(withdrawn)")
        }
        if day < consent.date {
          throw CommandFailure.usage(
            "--date: \(day) is before the consent was given (\(consent.date))")
        }
        found.consent[withdraw - 1].withdrawn = day
      }
      print("\(family): consent \(withdraw) withdrawn on \(day)")
      return
    }
    try store.updateFamily(family, by: options.author, what: "consent recorded") { found in
      found.consent.append(Consent(givenBy: givenBy!.trimmed, date: day, scope: scope!.trimmed))
    }
    print("\(family): consent from \(givenBy!.trimmed) on \(day) recorded")
  }
}
