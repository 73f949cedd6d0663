// `tafel meeting add`: puts a family on a meeting's agenda, once, at a time
// and for a length the table can sit (AgendaRules).

import ArgumentParser
import TafelCore
import TafelStore

struct MeetingAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Put a family on a meeting's agenda.",
    discussion: """
      Without --at the case starts when the one before it ends (09:00 on an empty agenda). \
      A family is on an agenda once; --minutes is 1 to 480.
      """)

  @Argument(
    help: ArgumentHelp("The meeting id, e.g. JBT-2026-12-03.", valueName: "meeting"),
    completion: Completions.meetings)
  var meeting: String

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("Planned start.", valueName: "HH:MM"))
  var at: String?

  @Option(help: ArgumentHelp("Planned length, 1 to 480 (default 60).", valueName: "N"))
  var minutes: Int?

  @Option(
    help: ArgumentHelp(
      "first, ots-review, ots-end, ots-extension or drang-evaluation (default first).",
      valueName: "kind"))
  var kind: String = AgendaKind.first.rawValue

  @Option(
    help: ArgumentHelp(
      "A document present for an ots-end case (request-to-end, evaluation, decision-letter); repeatable.",
      valueName: "document"))
  var document: [String] = []

  @OptionGroup var options: StoreOptions

  func documents() throws -> [OTSDocument] {
    try document.map { try PreparationArguments.choice($0, "--document", as: OTSDocument.self) }
  }

  func validate() throws {
    let chosen = try PreparationArguments.choice(kind, "--kind", as: AgendaKind.self)
    let documents = try documents()
    if !documents.isEmpty, chosen.requiredDocuments.isEmpty {
      throw CommandFailure.usage(
        "--document: a \(chosen.rawValue) case is scheduled without documents")
    }
    var probe = Meeting(id: "probe", date: Day(ordinal: 0))
    do {
      try probe.addItem(family: family, start: at, minutes: minutes, kind: .first)
    } catch {
      throw error.usage
    }
  }

  func run() throws {
    let kind = try PreparationArguments.choice(kind, "--kind", as: AgendaKind.self)
    let store = try options.open()
    let kinds = try store.info().settings.agendaKinds
    guard kinds.contains(kind) else {
      throw CommandFailure.usage(
        "--kind: this table does not hold \(kind.rawValue) items (its agenda kinds: "
          + kinds.map(\.rawValue).joined(separator: ", ") + "; store.json settings.agendaKinds)")
    }
    var current = try PreparationArguments.meeting(meeting, in: store)
    let found = try PreparationArguments.family(family, in: store)
    if kind == .drangEvaluation, found.drangToEvaluate == nil {
      throw CommandFailure.data(
        "--kind drang-evaluation: \(family) has no drang decision in force to evaluate")
    }
    if let archived = found.archived {
      throw CommandFailure.data(
        "\(family) was archived on \(archived.at.utcDay): an archived family is off the agenda")
    }
    do {
      try current.addItem(
        family: family, start: at, minutes: minutes, kind: kind, documents: try documents())
    } catch let refusal as ArgumentRefusal {
      throw refusal.data
    }
    let familyID = family
    let added = try store.addToAgenda(
      familyID, meeting: meeting, start: at, minutes: minutes, kind: kind,
      documents: try documents(), by: options.author)
    added.receipt.warn()
    let item = added.value
    print("\(familyID) on \(meeting) at \(item.start), \(item.minutes) min (\(item.kind.rawValue))")
  }
}
