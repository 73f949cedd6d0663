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
    abstract:
      "Show whose consent a family's route needs, record a person's consent, or its withdrawal.",
    discussion: """
      Consent is per person: under 12 the parents with custody decide, from 12 the child \
      too, from 16 the youth alone. Voluntary help, the table and drang rest on consent; \
      Veilig Thuis after a report, the RvdK's investigation and a measure rest on the law. \
      Without options: who is needed and whose consent holds. --member (an id such as M2, \
      or a name; more than once for several people) records one consent per person; \
      --given-by NAME records one as before. --withdraw N marks the N-th consent (as this \
      command and `tafel export` list them, from 1) withdrawn. Signal P marks a family whose \
      route rests on consent while someone needed has none.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("Who gives it: a member id or name.", valueName: "member"))
  var member: [String] = []

  @Option(
    name: .customLong("given-by"), help: ArgumentHelp("Who gave it, in words.", valueName: "name"))
  var givenBy: String?

  @Option(help: ArgumentHelp("What it covers.", valueName: "text"))
  var scope: String?

  @Option(help: ArgumentHelp("The day (default today).", valueName: "YYYY-MM-DD"))
  var date: String?

  @Option(help: ArgumentHelp("Withdraw consent number N.", valueName: "n"))
  var withdraw: Int?

  @OptionGroup var options: StoreOptions

  var giving: Bool { !member.isEmpty || givenBy != nil || scope != nil }

  func validate() throws {
    if withdraw != nil, giving {
      throw CommandFailure.usage("--withdraw N, or --member/--given-by and --scope: not both")
    }
    if let withdraw, withdraw < 1 {
      throw CommandFailure.usage("--withdraw: \(withdraw) is no consent number; they count from 1")
    }
    if Set(member.map(\.trimmed)).count < member.count {
      throw CommandFailure.usage("--member: someone is named twice")
    }
    if !member.isEmpty, givenBy != nil {
      throw CommandFailure.usage("--member or --given-by: not both")
    }
    if giving,
      (member.isEmpty && givenBy?.trimmed.isEmpty ?? true) || scope?.trimmed.isEmpty ?? true
    {
      throw CommandFailure.usage("--member (or --given-by) and --scope, or --withdraw N")
    }
    if let date, let day = Day(date), day > StoreOptions.today() {
      throw CommandFailure.usage("--date: \(date) is after today")
    }
    if let date, Day(date) == nil {
      throw CommandFailure.usage("--date: \"\(date)\" is not a day (YYYY-MM-DD)")
    }
    for value in [givenBy, scope].compactMap({ $0 }) + member where Sanitized.hasControl(value) {
      throw CommandFailure.usage("a control character in --member, --given-by or --scope")
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
      // Said before anything is written, as a wrong option.
      if let given, day < given.date {
        throw CommandFailure.usage("--date: \(day) is before the consent was given (\(given.date))")
      }
      try store.withdrawConsent(withdraw, on: day, what: what, family: family, by: options.author)
        .receipt.warn()
      print("\(family): consent \(withdraw) withdrawn on \(day)")
      return
    }
    guard giving else {
      let found = try PreparationArguments.family(family, in: store)
      try options.logAccess(store, [family], .view, part: "consent")
      CommandOutput.write(ConsentCommand.status(of: found, on: day).joined(separator: "\n") + "\n")
      return
    }
    let found = try PreparationArguments.family(family, in: store)
    let people = try member.map { try ConsentCommand.member($0, in: found) }
    if Set(people.map(\.id)).count < people.count {
      throw CommandFailure.usage("--member: someone is named twice")
    }
    // A child under 12 may say yes; the parents with custody decide.
    for person in people where person.role == .child {
      if let age = person.age(on: day), age < ConsentRules.ownConsentAge {
        CommandFailure.warn(
          "note: \(person.name) is \(age): under 12 the parents with custody decide; recorded as given"
        )
      }
    }
    let names =
      people.isEmpty ? givenBy!.trimmed : people.map(\.name).joined(separator: ", ")
    let given =
      people.isEmpty
      ? [Consent(givenBy: givenBy!.trimmed, date: day, scope: scope!.trimmed)]
      : people.map {
        Consent(givenBy: $0.name, member: $0.id, date: day, scope: scope!.trimmed)
      }
    try store.recordConsent(
      given, what: "consent recorded from \(Sanitized.line(names))", family: family,
      by: options.author
    ).receipt.warn()
    print("\(family): consent from \(names) on \(day) recorded")
  }

  /// A member named by id ("M2") or by name (whole, ignoring case).
  static func member(_ text: String, in family: Family) throws -> Member {
    let wanted = text.trimmed
    if let found = family.members.first(where: { $0.id == wanted }) { return found }
    let matches = family.members.filter { $0.name.lowercased() == wanted.lowercased() }
    if matches.count == 1 { return matches[0] }
    let known = family.members.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
    throw CommandFailure.usage(
      "--member: \"\(Sanitized.line(wanted))\" is no member of \(family.id) (\(known))")
  }

  /// The route's basis, whose consent it needs and whether it holds, and
  /// every consent on record, numbered as --withdraw counts them.
  static func status(of family: Family, on day: Day) -> [String] {
    let basis = LegalBasis.of(family.phase)
    var lines = ["\(family.id) · \(Sanitized.line(family.name)) · basis: \(basis.words(.en))"]
    if basis == .consent {
      let needed = ConsentRules.needed(in: family, on: day)
      if needed.isEmpty {
        lines.append(
          family.members.isEmpty
            ? "  no members recorded: one consent that holds is needed"
            : "  no member is recorded whose consent the rules name (a parent with custody, a child of 12 or older): one consent that holds is needed"
        )
      }
      for person in needed {
        let why: String
        switch person.why {
        case .custody: why = "parent with custody"
        case .childFrom12: why = "child of 12 or older, beside the parents"
        case .youthFrom16: why = "16 or older, alone"
        }
        let holds = ConsentRules.holds(for: person.member, in: family, on: day)
        lines.append(
          "  \(holds ? "✓" : "✗") \(person.member.id) \(Sanitized.line(person.member.name)) (\(why))"
            + (holds ? "" : ": no consent that holds"))
      }
    } else {
      lines.append("  consent is not the basis of this route: none is asked")
    }
    for (index, consent) in family.consent.enumerated() {
      lines.append(
        "  \(index + 1). \(consent.date) · \(Sanitized.line(consent.givenBy))"
          + (consent.member.map { " (\($0))" } ?? "") + " · \(Sanitized.line(consent.scope))"
          + (consent.withdrawn.map { " · withdrawn \($0)" } ?? ""))
    }
    return lines
  }
}
