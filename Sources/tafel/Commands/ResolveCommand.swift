// `tafel resolve`: settles a conflict a sync kept (a value two replicas
// changed differently): one of the two values, or a new one, with who and when.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct ResolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Settle a conflict a sync kept: take one of the two values, or give one.",
    discussion: """
      `tafel check` lists every conflict with its field and values, numbered 1 and 2. \
      Without --take or --value, prints the conflicts of the family or meeting.
      """)

  @Argument(
    help: ArgumentHelp(
      "A family id, a meeting id, or 'organisations'.", valueName: "id"),
    completion: Completions.families)
  var id: String

  @Argument(help: ArgumentHelp("The field, as check names it (plan.director).", valueName: "field"))
  var field: String?

  @Option(help: ArgumentHelp("Take value 1 or 2.", valueName: "n"))
  var take: Int?

  @Option(
    help: ArgumentHelp("Put this JSON value in place instead (\"P-0012\", 3).", valueName: "json"))
  var value: String?

  @Option(
    help: ArgumentHelp(
      "en or nl for what is printed (default: from LANG).", valueName: "language"),
    completion: Completions.languages)
  var lang: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try CommandLanguage.pick(lang)
    if take != nil, value != nil { throw CommandFailure.usage("--take and --value: give one") }
    if let take, !(1...2).contains(take) { throw CommandFailure.usage("--take: 1 or 2") }
    if field != nil, take == nil, value == nil {
      throw CommandFailure.usage("\(field!): say which value with --take 1|2 or --value JSON")
    }
    if let value, Sanitized.hasControl(value) {
      throw CommandFailure.usage("--value: a control character")
    }
  }

  func run() throws {
    let language = try CommandLanguage.pick(lang)
    let store = try options.open()
    let relative: String
    if id == "organisations" {
      relative = StoreLayout.directory
    } else if (try? store.meetingIDs().contains(id)) == true {
      relative = store.relativePath(meeting: id)
    } else {
      _ = try store.family(id)
      relative = store.relativePath(family: id)
    }
    guard let field else {
      let conflicts = try store.conflicts(in: relative)
      if conflicts.isEmpty { print("\(id): " + language.pick("no conflicts", "geen conflicten")) }
      for conflict in conflicts {
        print("\(id): " + conflict.line(subject: id, zone: SystemClock.zone, language: language))
      }
      return
    }
    var chosen: JSONValue?
    if let value {
      do {
        chosen = try FragmentDecoding.decode(
          JSONValue.self, from: Data(value.utf8), path: "--value")
      } catch StoreError.problem(let problem) {
        // "--value:1:2: unexpected 'b', …": where in the argument, as for a file.
        throw CommandFailure.usage("\(problem); a text is \"in quotes\"")
      } catch {
        throw CommandFailure.usage("--value: not JSON; a text is \"in quotes\"")
      }
    }
    let settled = try store.resolveConflict(in: relative, field: field, by: options.author) {
      conflict in
      if let chosen { return chosen }
      return conflict.values[take! - 1]
    }
    let placed = chosen ?? settled.values[take! - 1]
    print(
      "\(id): "
        + language.pick(
          "\(field) is \(MergeConflict.shown(placed)); the conflict is settled",
          "\(ConflictWords.field(field, language)) is nu \(MergeConflict.shown(placed)); "
            + "het conflict is beslist"))
  }
}
