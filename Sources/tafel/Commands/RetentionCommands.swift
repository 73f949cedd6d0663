// `tafel archive`, `tafel retention` and `tafel consent`: closing a file,
// removing files past the retention period (20 years after closing, the
// Dutch youth-care norm), and the family's consent to share at the table.

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
    abstract: "List archived families past the retention period, and remove them with --remove.",
    discussion: """
      The period runs from the day the file was archived (default 20 years, the Dutch norm for \
      youth-care files; --years sets another). --remove deletes each \
      family's file and records in store.json that it was removed — its id, when it was \
      archived and removed, by whom — never what it held. Under git the file stays in the \
      history until that is rewritten (docs/store-format.md).
      """)

  @Option(help: ArgumentHelp("Years after archiving (default 20).", valueName: "n"))
  var years: Int = 20

  @Flag(help: "Remove the families listed.")
  var remove = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if !(1...100).contains(years) { throw CommandFailure.usage("--years: 1 to 100") }
  }

  func run() throws {
    let store = try options.open()
    let past = try store.pastRetention(years: years, now: StoreOptions.now())
    if past.isEmpty {
      print("no archived family is past \(years) years")
      return
    }
    for family in past {
      let archived = family.archived!.at.utcDay
      if remove {
        try store.removeFamily(family.id, by: options.author)
        print("\(family.id): removed (archived \(archived)); store.json records that it was")
      } else {
        print("\(family.id): archived \(archived), past \(years) years")
      }
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
