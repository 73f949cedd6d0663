// `tafel remote init PATH`: the bare repository on the region's server that
// every replica syncs with, made so that its history only grows.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct RemoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remote",
    abstract: "Set up the region's server side of a store.",
    subcommands: [RemoteInitCommand.self])
}

struct RemoteInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Make the bare git repository replicas sync with.",
    discussion: """
      PATH must be missing or empty. The repository refuses a push that is not a fast-forward \
      (a force-push would drop other replicas' commits) unless it is an erasure (`tafel erase`), \
      checked commit by commit, a push that deletes the branch, and \
      objects git's fsck finds broken; its pre-receive hook (`tafel verify-push`) refuses a \
      commit not signed by a person on the store's list (once the store has people), or by one \
      whose key was revoked. Then, on the store that starts the region: \
      `git -C STORE remote add origin USER@SERVER:PATH` and `tafel sync`; each laptop: \
      `tafel clone USER@SERVER:PATH --replica TAG`.
      """)

  @Argument(help: ArgumentHelp("Where to make the bare repository.", valueName: "path"))
  var path: String

  @Flag(help: "Bring a repository made by an earlier `tafel remote init` up to date.")
  var update = false

  func validate() throws {
    if Sanitized.hasControl(path) { throw CommandFailure.usage("path: a control character") }
  }

  func run() throws {
    if update {
      try RemoteRepository.update(at: path, tafel: OwnExecutable.path)
      print("updated \(path): its settings and hooks are this Tafel's (erasures pass, checked)")
      return
    }
    try RemoteRepository.create(at: path, tafel: OwnExecutable.path)
    print(
      "made \(path): a bare repository that refuses force-pushes, deletions and broken objects; "
        + "add it with `git -C STORE remote add origin \(path)`, then `tafel sync`")
  }
}

/// `tafel verify-push`: the region's pre-receive hook (written by `tafel
/// remote init`); git runs it in the bare repository with the pushed refs
/// on stdin. Exit 1 refuses the push with one line.
struct VerifyPushCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify-push",
    abstract: "The region's pre-receive hook (run by git, not by hand).",
    shouldDisplay: false)

  @Flag(help: "Run as the post-receive hook: prune what an erasure left unreachable.")
  var after = false

  func run() throws {
    var lines: [String] = []
    while let line = readLine() { lines.append(line) }
    if after {
      try RemoteRepository.afterPush(at: FileManager.default.currentDirectoryPath, lines: lines)
      return
    }
    if let problem = try RemoteRepository.verifyPush(
      at: FileManager.default.currentDirectoryPath, lines: lines)
    {
      throw CommandFailure.data("push refused: \(problem)")
    }
  }
}
