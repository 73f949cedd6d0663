// What the shell completions offer beyond the option names: the values an
// option takes (outcomes, formats, languages, themes), paths for --store and
// --output, and the family and meeting ids of the store the command line
// names (its --store, else the usual default). The shell runs the binary to
// ask; a store that cannot be read completes nothing, silently.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

enum Completions {
  static let languages = CompletionKind.list(Language.allCases.map(\.rawValue))
  static let outcomes = CompletionKind.list(Outcome.offered.map(\.rawValue))
  static let themes = CompletionKind.list(ThemeLoader.builtInNames)
  static let store = CompletionKind.directory
  static let output = CompletionKind.file()

  /// Family ids of the store named on the command line being completed.
  static let families = CompletionKind.custom { words, _, prefix in
    ids(words: words, prefix: prefix) { try $0.familyIDs() }
  }

  /// Meeting ids of the store named on the command line being completed.
  static let meetings = CompletionKind.custom { words, _, prefix in
    ids(words: words, prefix: prefix) { try $0.meetingIDs() }
  }

  private static func ids(
    words: [String], prefix: String, _ list: (Store) throws -> [String]
  ) -> [String] {
    var explicit: String?
    for (index, word) in words.enumerated() {
      if word == "--store", index + 1 < words.count { explicit = words[index + 1] }
      if word.hasPrefix("--store=") { explicit = String(word.dropFirst("--store=".count)) }
    }
    let path = Store.locate(explicit: explicit, environment: ProcessInfo.processInfo.environment)
      .path
    guard let store = try? Store.open(path), let ids = try? list(store) else { return [] }
    return ids.filter { $0.hasPrefix(prefix) }.sorted()
  }
}
