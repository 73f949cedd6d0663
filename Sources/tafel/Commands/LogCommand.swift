// `tafel log FAMILY` and `tafel log --user NAME`: the access log in plain
// words — for a parent who asked who looked at their file, and for the
// privacy officer who asks what one person looked at.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

enum AccessFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case markdown
  case html
  case json
}

/// An export is a document or the data: no plain-text form.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case html
  case markdown
  case json
}

struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Who looked at or changed a family's data, when, and what (the access log).",
    discussion: """
      Reads every replica's log files (access/<replica>/<month>.jsonl). With --user: what one \
      person accessed, across families. Dates are days where the table sits, both included.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String?

  @Option(help: ArgumentHelp("What this person accessed (as --as named them).", valueName: "name"))
  var user: String?

  @Option(help: ArgumentHelp("From this day.", valueName: "YYYY-MM-DD"))
  var from: String?

  @Option(help: ArgumentHelp("Up to and including this day.", valueName: "YYYY-MM-DD"))
  var to: String?

  @Option(help: "text, markdown, html or json.")
  var format: AccessFormat = .text

  @Option(
    help: ArgumentHelp("en or nl (default: from LANG).", valueName: "language"),
    completion: Completions.languages)
  var lang: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if (family == nil) == (user == nil) {
      throw CommandFailure.usage("give a family, or --user NAME (not both)")
    }
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, Day(value) == nil {
        throw CommandFailure.usage("\(name): \"\(value)\" is not a day (YYYY-MM-DD)")
      }
    }
    _ = try CommandLanguage.pick(lang)
  }

  func run() throws {
    let store = try options.open()
    let language = try CommandLanguage.pick(lang)
    let directory = (try? store.directory()) ?? Directory()
    var title: String
    var entries: [AccessEntry]
    if let family {
      entries = try store.accessEntries(family: family)
      let known = (try? store.family(family)).map { "\($0.name) (\(family))" }
      guard known != nil || !entries.isEmpty else {
        throw CommandFailure.data("unknown family: \(family)")
      }
      // Changes are accesses too, and the title says so.
      title =
        language.pick(
          "Who looked at or changed the file of ", "Wie het dossier inzag of wijzigde van ")
        + (known ?? family)
    } else {
      entries = try store.accessEntries(who: user!)
      title =
        language.pick("What ", "Welke dossiers ") + user!
        + language.pick(" looked at or changed", " inzag of wijzigde")
    }
    let zone = SystemClock.zone
    let first = from.flatMap(Day.init)
    let last = to.flatMap(Day.init)
    entries = entries.filter { entry in
      let day = zone.day(of: entry.at)
      return (first.map { day >= $0 } ?? true) && (last.map { day <= $0 } ?? true)
    }
    // The privacy officer's query is an access too: to each family it shows,
    // logged before it is shown.
    let shown = family.map { [$0] } ?? Array(Set(entries.map(\.family))).sorted()
    try options.logAccess(
      store, shown, .view,
      part: family == nil ? "access log of \(Sanitized.line(user!))" : "access log")
    if let first { title += language.pick(", from ", ", vanaf ") + first.description }
    if let last { title += language.pick(" up to ", " tot en met ") + last.description }
    var lookup = DirectoryLookup(directory)
    lookup.people = try? store.people()
    // The log of one person names each entry's family.
    var families: [String: String]?
    if user != nil {
      families = [:]
      for id in Set(entries.map(\.family)) {
        families?[id] = (try? store.family(id))?.name ?? language.pick("removed", "verwijderd")
      }
    }
    switch format {
    case .json:
      CommandOutput.writeJSON(String(decoding: try TafelJSON.encode(entries), as: UTF8.self))
    case .text:
      CommandOutput.write(
        AccessLogText.text(
          entries, title: title, lookup: lookup, language: language, zone: zone, families: families),
        endingLine: false)
    case .markdown:
      CommandOutput.write(
        AccessLogText.markdown(
          entries, title: title, lookup: lookup, language: language, zone: zone,
          families: families), endingLine: false)
    case .html:
      CommandOutput.write(
        AccessLogText.html(
          entries, title: title, lookup: lookup, language: language, zone: zone,
          families: families),
        endingLine: false)
    }
  }
}

/// `tafel export FAMILY`: everything held about one family, for an access request.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Everything the store holds about one family, as one document (AVG art. 15).",
    discussion: """
      People, consent, the plan, involvements, assessments, chain history, decisions with their \
      corrections, the family's part of each meeting's minutes, change records and the access \
      log. The export itself is logged. --output writes a file (0600, atomically). --encrypt \
      writes it encrypted with a passphrase (OpenPGP by gpg, AES-256; `gpg --decrypt FILE` reads \
      it): to --output, else to FAMILY-export.<format>.gpg here; the passphrase is asked twice on \
      the terminal, or read from the first line of --passphrase-file, and must be sent another way.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @Option(help: "html, markdown or json.")
  var format: ExportFormat = .html

  @Option(
    help: ArgumentHelp("en or nl (default: from LANG).", valueName: "language"),
    completion: Completions.languages)
  var lang: String?

  @Option(
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"),
    completion: Completions.output)
  var output: String?

  @Flag(help: "Encrypt the export with a passphrase (OpenPGP, readable with `gpg --decrypt`).")
  var encrypt = false

  @Option(
    name: .customLong("passphrase-file"),
    help: ArgumentHelp(
      "With --encrypt: read the passphrase from this file's first line.", valueName: "path"),
    completion: .file())
  var passphraseFile: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try CommandLanguage.pick(lang)
    if passphraseFile != nil, !encrypt {
      throw CommandFailure.usage("--passphrase-file goes with --encrypt")
    }
  }

  func run() throws {
    let store = try options.open()
    let found = try store.family(family)
    // Asked before anything is logged or made: a wrong answer changes nothing.
    let passphrase = encrypt ? try ExportEncryption.passphrase(file: passphraseFile) : nil
    try options.logAccess(
      store, [found.id], .export, part: format.rawValue + (encrypt ? ", encrypted" : ""))
    var meetings: [Meeting] = []
    for id in try store.meetingIDs() {
      if let meeting = try? store.meeting(id),
        meeting.items.contains(where: { $0.family == found.id })
      {
        meetings.append(meeting)
      }
    }
    var input = FamilyExportInput(
      family: found, meetings: meetings, directory: (try? store.directory()) ?? Directory(),
      access: try store.accessEntries(family: found.id), region: (try? store.info().region) ?? "",
      language: try CommandLanguage.pick(lang), zone: SystemClock.zone, made: SystemClock.now())
    input.people = try? store.people()
    let text: String
    switch format {
    case .json:
      text = String(decoding: try TafelJSON.encode(FamilyExport.json(input)), as: UTF8.self)
    case .markdown: text = Sanitized.text(FamilyExport.markdown(input))
    case .html: text = Sanitized.text(FamilyExport.html(input))
    }
    if let passphrase {
      let path = output ?? "\(found.id)-export.\(format == .markdown ? "md" : format.rawValue).gpg"
      try MinutesCommand.writeAtomically(
        try ExportEncryption.encrypt(Data(text.utf8), passphrase: passphrase), to: path)
      print("\(path): the export of \(found.id), encrypted; `gpg --decrypt \(path)` reads it")
    } else if let output {
      try MinutesCommand.writeAtomically(Data(text.utf8), to: output)
    } else if format == .json {
      CommandOutput.writeJSON(text)
    } else {
      CommandOutput.write(text, endingLine: false)
    }
  }
}
