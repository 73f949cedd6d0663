// `tafel edit`: opens a family, a meeting or organisations.json in $VISUAL /
// $EDITOR on a private copy, the way visudo and crontab -e do; see
// EditorSession for what happens when the editor exits.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Edit a family, a meeting or organisations.json in your editor, validated.",
    discussion: """
      The editor is $VISUAL, else $EDITOR, else vi, on a private copy (0600). On exit: \
      an unchanged copy writes nothing; an invalid one shows path:line:column for each \
      problem and asks (e)dit again or (d)iscard; a valid one is written, unless the file \
      changed on disk meanwhile: then nothing is written and your copy is kept. \
      --part plan|involvements|assessments edits only that part of a family.
      """)

  @Argument(
    help: ArgumentHelp(
      "A family id, a meeting id, or organisations.", valueName: "family|meeting|organisations"))
  var target: String

  @Option(
    help: ArgumentHelp(
      "Only this part of a family: plan, involvements or assessments.", valueName: "part"))
  var part: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if let part { _ = try PreparationArguments.choice(part, "--part", as: FamilyPart.self) }
  }

  func run() throws {
    let part = try self.part.map {
      try PreparationArguments.choice($0, "--part", as: FamilyPart.self)
    }
    let store = try options.open()
    let relativePath = try Self.relativePath(of: target, in: store)
    if part != nil, !StoreFile(relativePath).isFamily {
      throw CommandFailure.usage("--part: only a family has parts, not \(target)")
    }
    if case .family(let id) = StoreFile(relativePath) {
      try options.logAccess(
        store, [id], .view, part: "edit " + (part?.rawValue ?? "the whole file"))
    }
    let result = EditorSession.run(
      store: store, relativePath: relativePath, part: part, by: options.author,
      input: { readLine() },
      output: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) })
    switch result {
    case .saved, .unchanged: print(result.message)
    default: throw CommandFailure.data(result.message)
    }
  }

  /// The store file a user names: "organisations", a family id or a meeting id.
  static func relativePath(of target: String, in store: Store) throws -> String {
    let name = target.trimmed
    if name == "organisations" || name == StoreLayout.directory { return StoreLayout.directory }
    if try store.familyIDs().contains(name) { return store.relativePath(family: name) }
    if try store.meetingIDs().contains(name) { return store.relativePath(meeting: name) }
    throw CommandFailure.data(
      "TARGET: \(name) is no family, meeting or organisations in \(store.path)")
  }
}
