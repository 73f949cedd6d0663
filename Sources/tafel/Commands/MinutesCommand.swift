// `tafel minutes`: the minutes of one meeting, per case its attendance, the
// decisions with their agreements and views, and any corrections, as
// Markdown or as one self-contained HTML file that prints on A4. Written to
// stdout, or atomically (0600) to --output.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

enum MinutesFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown
  case html
}

struct MinutesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "minutes",
    abstract: "Write the minutes of a meeting as Markdown or HTML.",
    discussion: """
      Per case: attendance, outcome, rationale, agreements (what, who, by when), the \
      parents' and the child's views, dissent, and corrections. --family limits the \
      minutes to one family's case, for sending to that family. The language is --lang, \
      else from LC_ALL, LC_MESSAGES or LANG (nl… gives Dutch), else English.
      """)

  @Argument(
    help: ArgumentHelp("The meeting id, e.g. JBT-2026-11-29.", valueName: "meeting"),
    completion: Completions.meetings)
  var meeting: String

  @Option(help: "markdown or html.")
  var format: MinutesFormat = .markdown

  @Option(
    help: ArgumentHelp("Only this family's case.", valueName: "id"),
    completion: Completions.families)
  var family: String?

  @Option(
    help: ArgumentHelp(
      "Instead of the minutes: the one-page decision letter for this family.", valueName: "id"),
    completion: Completions.families)
  var letter: String?

  @Option(
    help: ArgumentHelp(
      "Write to this file (atomically, mode 0600) instead of stdout.", valueName: "path"),
    completion: Completions.output)
  var output: String?

  @Option(
    help: ArgumentHelp("en or nl (default: from LANG).", valueName: "language"),
    completion: Completions.languages)
  var lang: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try language()
    if let output, output.isEmpty { throw CommandFailure.usage("--output: empty path") }
    if letter != nil, family != nil {
      throw CommandFailure.usage("--letter names its family; it takes no --family")
    }
  }

  func run() throws {
    let store = try options.open()
    let found = try store.meeting(meeting)
    let family = self.family ?? letter
    if let family, !found.items.contains(where: { $0.family == family }) {
      throw CommandFailure.data("\(family) is not on the agenda of \(meeting)")
    }
    var families: [String: Family] = [:]
    for item in found.items where family == nil || item.family == family {
      families[item.family] = try store.family(item.family)
    }
    try options.logAccess(
      store, families.keys.sorted(), .print,
      part: (letter == nil ? "minutes " : "decision letter ") + meeting)
    var input = MinutesInput(
      meeting: found, families: families, directory: try? store.directory(),
      region: (try? store.info().region) ?? "", onlyFamily: family, language: try language(),
      zone: SystemClock.zone)
    input.people = try? store.people()
    input.madeAt = StoreOptions.now()
    // A case left unfinished here and put on a later agenda since: its next step.
    for id in try store.meetingIDs().sorted()
    where (Meeting.date(fromID: id).map { $0 > found.date } ?? false) {
      guard let later = try? store.meeting(id), !later.isCancelled else { continue }
      for item in later.items where input.nextMeetings[item.family] == nil {
        input.nextMeetings[item.family] = id
      }
    }
    // The document is for parents and the RvdK: no control byte from the data in it.
    let text: String
    if let letter {
      text = Sanitized.text(
        (format == .markdown
          ? Minutes.letterMarkdown(input, family: letter)
          : Minutes.letterHTML(input, family: letter))
          ?? "")
    } else {
      text = Sanitized.text(format == .markdown ? Minutes.markdown(input) : Minutes.html(input))
    }
    if let output {
      try MinutesCommand.writeAtomically(Data(text.utf8), to: output)
    } else {
      CommandOutput.write(text, endingLine: false)
    }
  }

  private func language() throws -> Language { try CommandLanguage.pick(lang) }

  /// A temporary file beside the target (0600), fsync, rename: a reader sees
  /// the old file or the new one, never half.
  static func writeAtomically(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw CommandFailure.data("\(path): is a directory")
    }
    let directory = url.deletingLastPathComponent().path
    let temporary = directory + "/.tmp-" + url.lastPathComponent + "-" + String(getpid())
    guard
      FileManager.default.createFile(
        atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600])
    else {
      throw CommandFailure.data("\(path): cannot write here")
    }
    do {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
      try handle.write(contentsOf: data)
      try handle.synchronize()
      try handle.close()
      guard rename(temporary, path) == 0 else {
        throw CommandFailure.data("\(path): \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      if error is CommandFailure { throw error }
      throw CommandFailure.data("\(path): \(error.localizedDescription)")
    }
  }
}
