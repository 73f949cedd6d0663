// `tafel erase FAMILY --ground retention|request --reason TEXT`: a family's
// data made unrecoverable — its file, drafts, index entry and agenda items,
// and in a store under git every version of them in the history, on this
// replica at once and, through the sync that follows, on the region's
// server and on every replica at its next sync. What stays: the record that
// it was erased (store.json) and the access log's lines (ids only).

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

extension ErasureGround: ExpressibleByArgument {}
extension ErasureRequester: ExpressibleByArgument {}

struct EraseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "erase",
    abstract: "Erase a family's data from the store, its history and every replica.",
    discussion: """
      --ground retention: the retention period ran out (`tafel retention` lists what is due); \
      --ground request: destruction asked for earlier (a parent, a youth from 12): name who \
      by their place (--requested-by parent|youth|guardian|representative; the record holds no name) and the day with --requested-on. Where the store lists people this is \
      an administrator's act. Refused, with nothing changed: a family erased before, one on the \
      agenda of a meeting not closed, and on the ground of retention one not yet due. In a store \
      under git with a remote, the sync that follows sends the rewritten history; a replica \
      offline now follows at its next sync, and its later change to this family is not taken.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("retention or request.", valueName: "ground"))
  var ground: ErasureGround

  @Option(help: ArgumentHelp("Why, in words (kept in store.json).", valueName: "text"))
  var reason: String

  @Option(
    name: .customLong("requested-by"),
    help: ArgumentHelp(
      "Who asked, by their place (parent, youth, guardian, representative; never a name).",
      valueName: "who"))
  var requestedBy: ErasureRequester?

  @Option(
    name: .customLong("requested-on"),
    help: ArgumentHelp("The day they asked (default today).", valueName: "YYYY-MM-DD"))
  var requestedOn: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    for value in [reason, requestedOn ?? ""] where Sanitized.hasControl(value) {
      throw CommandFailure.usage("a control character in --reason or --requested-on")
    }
    if reason.trimmed.isEmpty { throw CommandFailure.usage("--reason: say why, in words") }
    if ground == .request, requestedBy == nil {
      throw CommandFailure.usage("--ground request needs --requested-by: who asked")
    }
    if ground == .retention, requestedBy != nil || requestedOn != nil {
      throw CommandFailure.usage("--requested-by and --requested-on go with --ground request")
    }
    if let requestedOn {
      guard let day = Day(requestedOn) else {
        throw CommandFailure.usage("--requested-on: \"\(requestedOn)\" is not a day (YYYY-MM-DD)")
      }
      if day > StoreOptions.today() {
        throw CommandFailure.usage("--requested-on: \(requestedOn) is after today")
      }
    }
  }

  func run() throws {
    let store = try options.open()
    try EraseCommand.requireAdministrator(store)
    let request = ErasureRequest(
      family: family, ground: ground, reason: reason.trimmed,
      requestedBy: requestedBy,
      requestedOn: ground == .request ? requestedOn.flatMap(Day.init) ?? StoreOptions.today() : nil)
    let outcome = try EraseCommand.erase(request, in: store, by: options.author)
    print(outcome)
  }

  /// Where the store lists people, erasing is an administrator's act.
  static func requireAdministrator(_ store: Store) throws {
    if let refusal = StoreOptions.notAdministrator("erases a family's data") {
      throw CommandFailure.usage(refusal)
    }
  }

  /// The erasure, then (under git, with a remote) the sync that carries it
  /// to the server. Returns the lines to print.
  static func erase(_ request: ErasureRequest, in store: Store, by: String) throws -> String {
    let outcome = try store.erase(request, by: by)
    var said =
      "\(outcome.family): erased (\(request.ground.rawValue)); store.json records that it was"
    if !outcome.meetings.isEmpty {
      said += "; taken off the agendas of \(outcome.meetings.joined(separator: ", "))"
    }
    if outcome.drafts > 0 { said += "; \(outcome.drafts) draft(s) removed" }
    guard store.isGit else { return said }
    said += "; \(outcome.rewritten) commit(s) written again without it, the rest pruned"
    let synced = try store.sync(by: by)
    for note in synced.notes { CommandFailure.warn(note) }
    switch synced.state {
    case .synced where synced.pushed:
      said += "; sent to the remote, which pruned it; every replica follows at its next sync"
    case .synced: break
    case .noRemote: said += "; no remote: nothing else holds it"
    case .offline(let reason):
      said += "; offline (\(reason)): the next `tafel sync` sends it"
    case .pushRefused(let reason):
      throw CommandFailure.data(
        "\(said); but the remote refused it (\(reason)): the next `tafel sync` tries again")
    }
    return said
  }
}
