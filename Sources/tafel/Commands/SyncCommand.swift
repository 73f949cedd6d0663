// `tafel sync`: fetch, merge and push the store through its git remote, and
// say in one line what happened (what came in, conflicts kept, offline).

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Share the store with its git remote: fetch, merge by id, push.",
    discussion: """
      The store must be under git (`tafel init --git`, or a replica made by `tafel clone`). \
      Family and meeting files merge by id; a value changed differently on both sides is kept \
      as a conflict (`tafel check` lists it, `tafel resolve` settles it). Offline is no error: \
      commits wait for the next sync. Exit 0 when synced or offline, 1 when the remote refused \
      the push or a file could not be merged.
      """)

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try options.open(lenient: true)
    let outcome = try store.sync(by: options.author)
    for note in outcome.notes { CommandFailure.warn(note) }
    for conflict in outcome.conflicts {
      CommandFailure.warn(
        "conflict kept: \(conflict); see `tafel check`, settle with `tafel resolve`")
    }
    let received = outcome.changed.count
    let summary =
      "\(received) \(received == 1 ? "file" : "files") received"
      + (outcome.pushed ? ", changes sent" : "")
    switch outcome.state {
    case .synced: print("synced: \(summary)")
    case .noRemote:
      print(
        "no remote: add one with `git -C \(store.path) remote add origin URL`; "
          + "every change is committed meanwhile")
    case .offline(let reason):
      print("offline (\(reason)): changes wait for the next sync")
    case .pushRefused(let reason):
      throw CommandFailure.data("the remote refused the push (\(reason)); \(summary)")
    }
  }
}

/// `tafel merge-file BASE OURS THEIRS PATH`: the merge driver git runs for
/// store files (registered in .git/config and .gitattributes). Writes the
/// merge into OURS; exit 1 leaves git's conflict for a file it cannot merge.
struct MergeFileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-file",
    abstract: "git's merge driver for store files (run by git, not by hand).",
    shouldDisplay: false)

  @Argument var base: String
  @Argument var ours: String
  @Argument var theirs: String
  @Argument var path: String

  func run() throws {
    func read(_ file: String) throws -> Data {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw CommandFailure.data("\(file): cannot be read")
      }
      return data
    }
    let baseData = try read(base)
    let result = try StoreFileMerge.merge(
      base: baseData.isEmpty ? nil : baseData, ours: try read(ours), theirs: try read(theirs),
      relativePath: path, at: StoreOptions.now())
    try AtomicFile.write(result.data, to: ours)
    for conflict in result.conflicts {
      CommandFailure.warn("\(path): conflict kept on \(conflict.id)")
    }
  }
}
