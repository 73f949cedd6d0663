// `tafel check`: validates every file and every reference of the store and
// says so in one line, or prints one `path:line:column: message` line per
// problem on stdout (so that it can be piped into an editor's quickfix list)
// and exits 1. Store files are never rewritten; git's lock files that a killed
// git left are removed, as a commit or sync would. `--fix` also rebuilds a
// stale or missing index and removes orphaned temporary files, nothing else.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate every file and every reference of the store.",
    discussion: """
      Exit 0 with a one-line summary when all is well. Otherwise one line per problem \
      on stdout as path:line:column: message, the summary on stderr, and exit 1. \
      Store files are only read, never rewritten; in a store under git, lock files a killed \
      git left behind are removed, as a commit or sync would. \
      --fix also rebuilds index.json, the one cache, and removes temporary files that \
      unfinished writes left behind.
      """)

  @OptionGroup var options: StoreOptions

  @Flag(
    help:
      "Rebuild a stale or missing index (index.json) and remove temporary files unfinished writes left; no store file is changed."
  )
  var fix = false

  /// From how many family and meeting files on helper processes share the work
  /// (hidden: for the tests, which cannot afford a store of 20,000 families).
  @Option(help: .private)
  var helpersFrom = Store.filesForHelpers

  func run() throws {
    let store = try options.open()
    let storePath = store.path
    let check = {
      store.check(helpers: CheckHelpers.count, minimumFiles: helpersFrom) { relatives in
        CheckHelpers.run(storePath: storePath, relatives: relatives)
      }
    }
    var result = check()
    var fixed = false
    let indexPath = store.absolute(StoreLayout.index)
    var fixes: [String] = []
    if fix, result.problems.contains(where: { $0.path == indexPath }) {
      try store.rebuildIndex()
      fixes.append("index rebuilt")
    }
    if fix {
      let removed = store.removeOrphanedTemporaryFiles()
      if removed > 0 {
        fixes.append("\(removed) temporary \(removed == 1 ? "file" : "files") removed")
      }
    }
    if !fixes.isEmpty {
      result = check()
      fixed = true
    }
    if result.isClean {
      print(result.summary + (fixed ? "; " + fixes.joined(separator: ", ") : ""))
      return
    }
    for problem in result.problems { print(problem.description) }
    throw CommandFailure.data(result.summary + (fixed ? "; " + fixes.joined(separator: ", ") : ""))
  }
}
