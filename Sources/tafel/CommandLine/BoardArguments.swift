// The options `tafel board` and `tafel demo` share: which meeting, the mouse,
// privacy mode, the theme and the language.

import ArgumentParser
import Foundation
import TafelCore

struct BoardArguments: ParsableArguments {
  @Option(
    name: .customLong("meeting"),
    help: ArgumentHelp(
      "The meeting to open (default: today's, else the next, else the latest).",
      valueName: "id"), completion: Completions.meetings)
  var meeting: String?

  @Flag(
    name: .customLong("no-mouse"),
    help: "Leave mouse reporting off, so text on the screen can be selected and copied.")
  var noMouse = false

  @Flag(
    name: .customLong("no-read-back"),
    help:
      "Ctrl-S stores a decision at once, without reading it back first (for an experienced chair).")
  var noReadBack = false

  @Flag(
    name: .customLong("private"),
    help: "Start in privacy mode: other families show as id and initials only.")
  var privateMode = false

  @Option(
    name: .customLong("theme"),
    help: ArgumentHelp(
      "A built-in theme (default, light, high-contrast, monochrome) or a theme file.",
      valueName: "name|path"), completion: Completions.themes)
  var theme: String?

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The language of the board: en or nl (default: from LANG).",
      valueName: "en|nl"), completion: Completions.languages)
  var language: String?

  @Option(
    name: .customLong("sync-every"),
    help: ArgumentHelp(
      "With a store under git that has a remote: sync in the background every this many "
        + "seconds (default 5; 0: never).",
      valueName: "seconds"))
  var syncEvery: Double = 5

  @Option(
    name: .customLong("script"),
    help: ArgumentHelp(
      "Run the board without a terminal on the keys of this script (docs/commands.md: board).",
      valueName: "file"), completion: .file())
  var script: String?

  @Option(
    name: .customLong("dump"),
    help: ArgumentHelp(
      "With --script: the directory the script's screens are written to (default: here).",
      valueName: "dir"), completion: .directory)
  var dump: String?

  func validate() throws {
    if dump != nil, script == nil {
      throw CommandFailure.usage("--dump: writes the screens of a --script; name the script")
    }
    if !(syncEvery >= 0 && syncEvery <= 86_400) {
      throw CommandFailure.usage("--sync-every: \(syncEvery) is not 0 to 86400 seconds")
    }
    if let language, Language(rawValue: language.lowercased()) == nil {
      throw CommandFailure.usage("--lang: \"\(language)\" is not a language; use en or nl")
    }
    if let meeting, meeting.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure.usage("--meeting: empty id")
    }
  }

  /// `--lang`, else LC_ALL, LC_MESSAGES or LANG (the first that is set), else English.
  func resolvedLanguage(environment: [String: String]) -> Language {
    if let language, let chosen = Language(rawValue: language.lowercased()) { return chosen }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty { return Language.from(locale: value) }
    }
    return .en
  }
}
