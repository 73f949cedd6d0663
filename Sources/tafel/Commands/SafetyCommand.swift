// `tafel safety`: who holds responsibility for the child's safety now (zicht
// op veiligheid), the agreements that hold while the family waits, and a
// handover the receiving organisation accepts or refuses (Family.safety,
// SafetyResponsibility). Signal V marks a waiting family whose safety nobody
// holds, and a handover left unanswered.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct SafetyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "safety",
    abstract: "Show or record who holds the child's safety, and hand it over.",
    discussion: """
      Without options: who holds it, since when, the agreements while waiting, and every \
      handover. --holder ORG records who holds it from --date (the first holder, or a change \
      the table made). --handover-to ORG offers it to another organisation; the holder keeps \
      it until that one answers with --accept, or --refuse --reason TEXT (--by names who \
      answers for it; an acceptance may name its --professional). --agreement (more than \
      once) records what holds while the family waits: with --holder or --handover-to, or \
      alone to add to the current holder's.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("The organisation that holds it (id or name).", valueName: "org"))
  var holder: String?

  @Option(
    name: .customLong("handover-to"),
    help: ArgumentHelp("Offer it to this organisation (id or name).", valueName: "org"))
  var handoverTo: String?

  @Flag(help: "Accept the handover waiting for an answer.")
  var accept = false

  @Flag(help: "Refuse the handover waiting for an answer (with --reason).")
  var refuse = false

  @Option(help: ArgumentHelp("Its professional (id or name).", valueName: "professional"))
  var professional: String?

  @Option(help: ArgumentHelp("Who answers for the receiving organisation.", valueName: "name"))
  var by: String?

  @Option(help: ArgumentHelp("Why it was refused, or a note.", valueName: "text"))
  var reason: String?

  @Option(help: ArgumentHelp("What holds while the family waits.", valueName: "text"))
  var agreement: [String] = []

  @Option(help: ArgumentHelp("The day (default today).", valueName: "YYYY-MM-DD"))
  var date: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    let chosen = [holder != nil, handoverTo != nil, accept, refuse].filter { $0 }.count
    if chosen > 1 {
      throw CommandFailure.usage("one of --holder, --handover-to, --accept, --refuse")
    }
    if (accept || refuse) && !agreement.isEmpty {
      throw CommandFailure.usage("--accept/--refuse take --by, --reason, --professional and --date")
    }
    if refuse, professional != nil {
      throw CommandFailure.usage("--professional: a refusal names nobody to hold it")
    }
    if chosen == 0, professional != nil || by != nil || reason != nil {
      throw CommandFailure.usage(
        "say what to record: --holder, --handover-to, --accept, --refuse, or --agreement alone")
    }
    if chosen == 0, !agreement.isEmpty, date != nil {
      throw CommandFailure.usage(
        "--agreement alone adds to the current holder's; it takes no --date")
    }
    if let date { _ = try PreparationArguments.pastDay(date, "--date") }
    for value in [reason, by].compactMap({ $0 }) + agreement where Sanitized.hasControl(value) {
      throw CommandFailure.usage("a control character in --reason, --by or --agreement")
    }
  }

  func run() throws {
    let store = try options.open()
    let day =
      try date.map { try PreparationArguments.pastDay($0, "--date") } ?? StoreOptions.today()
    let directory = try store.directory()
    guard holder != nil || handoverTo != nil || accept || refuse || !agreement.isEmpty else {
      let found = try PreparationArguments.family(family, in: store)
      try options.logAccess(store, [family], .view, part: "safety")
      CommandOutput.write(
        SafetyCommand.status(of: found, directory: directory, on: day).joined(separator: "\n")
          + "\n")
      return
    }
    let agreements = agreement.map(\.trimmed).filter { !$0.isEmpty }
    let person = try professional.map {
      try PreparationArguments.professional(
        $0, option: "--professional", store: store, author: options.author, adding: false)
    }
    let what: String
    let change: SafetyChange
    if let name = holder ?? handoverTo {
      let organisation = try PreparationArguments.organisation(
        name, in: directory, option: holder != nil ? "--holder" : "--handover-to")
      if let person, person.organisation != organisation.id {
        throw CommandFailure.usage(
          "--professional: \(person.name) works for \(person.organisation), not \(organisation.id)")
      }
      if holder != nil {
        what = "\(organisation.id) holds the child's safety from \(day)"
        change = .take(
          organisation: organisation.id, professional: person?.id, agreements: agreements)
      } else {
        what = "offered the child's safety to \(organisation.id) on \(day)"
        change = .offer(
          organisation: organisation.id, professional: person?.id, agreements: agreements)
      }
    } else if !accept && !refuse {
      what = "agreed while waiting: " + agreements.map(Sanitized.line).joined(separator: "; ")
      change = .agree(agreements)
    } else {
      let answer: HandoverAnswer = accept ? .accepted : .refused
      what =
        "\(answer == .accepted ? "accepted" : "refused") the safety handover on \(day)"
        + (reason.map { " (\(Sanitized.line($0.trimmed)))" } ?? "")
      change = .answer(
        answer, who: by?.trimmed.nonEmpty ?? options.author, reason: reason, professional: person)
    }
    let familyID = family
    let recorded: SafetyResponsibility
    do {
      let changed = try store.changeSafety(
        change, on: day, what: what, family: familyID, by: options.author)
      changed.receipt.warn()
      recorded = changed.value
    } catch let refusal as SafetyRefusal {
      throw CommandFailure.data("\(familyID): not recorded: \(refusal.description)")
    }
    print("\(familyID): \(what) (\(recorded.id))")
  }

  /// Who holds it now, what holds while waiting, and the record, oldest first.
  static func status(of family: Family, directory: Directory, on day: Day) -> [String] {
    func organisation(_ id: String?) -> String {
      guard let id else { return "—" }
      return Sanitized.line(directory.organisation(id)?.name ?? id)
    }
    var lines = ["\(family.id) · \(Sanitized.line(family.name))"]
    if let holder = family.safetyHolder(on: day) {
      lines.append(
        "  held by \(organisation(holder.organisation))"
          + (holder.professional.map {
            " · " + Sanitized.line(directory.professional($0)?.name ?? $0)
          }
            ?? "") + " since \(holder.from?.description ?? "?")")
      for agreement in holder.agreements ?? [] {
        lines.append("    while waiting: \(Sanitized.line(agreement))")
      }
    } else {
      lines.append("  nobody holds the child's safety")
    }
    if let offer = family.openSafetyOffer {
      lines.append(
        "  handover to \(organisation(offer.organisation)) offered \(offer.offeredOn?.description ?? "?"): not answered"
      )
    }
    for record in family.safety ?? [] {
      var line = "  \(record.id) \(organisation(record.organisation))"
      if let by = record.offeredBy {
        line += " · offered by \(organisation(by)) on \(record.offeredOn?.description ?? "?")"
        switch record.answer {
        case .accepted?:
          line +=
            " · accepted \(record.answeredOn?.description ?? "") by \(Sanitized.line(record.answeredBy ?? ""))"
        case .refused?:
          line +=
            " · refused \(record.answeredOn?.description ?? "") by \(Sanitized.line(record.answeredBy ?? ""))"
        case nil: line += " · not answered"
        }
      }
      if let from = record.from { line += " · from \(from)" }
      if let to = record.to { line += " to \(to)" }
      if let reason = record.reason { line += " · \(Sanitized.line(reason))" }
      lines.append(line)
    }
    return lines
  }
}
