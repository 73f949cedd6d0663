// Two replicas of one demo store and the bare repository between them, with
// the real `git`: A is the store the region started with (`tafel init --git`),
// B a laptop that cloned it (`tafel clone --replica b`). Each has its own
// home, so no git configuration of this machine takes part.

import Foundation
import TafelCore
import TafelStore
import Testing

final class GitReplicas: @unchecked Sendable {
  let a: CliStore
  let b: CliStore
  /// The bare repository (a region server's, here on the file system).
  let remote: String

  init(remoteURL: ((String) -> String)? = nil) throws {
    a = try CliStore()
    remote = a.scratch.file("remote.git")
    b = try CliStore(demo: false)
    try GitReplicas.require(a.tafel(["init", "--git"]))
    try GitReplicas.require(GitReplicas.git(["init", "-q", "--bare", "-b", "main", remote], a))
    let url = remoteURL?(remote) ?? "file://" + remote
    try GitReplicas.require(GitReplicas.git(["-C", a.path, "remote", "add", "origin", url], a))
    try GitReplicas.require(a.tafel(["sync"]))
    try GitReplicas.require(b.tafel(["clone", url, "--replica", "b"]))
  }

  @discardableResult
  static func require(_ result: CliResult, _ comment: String = "") throws -> CliResult {
    guard result.status == 0 else {
      throw CliRunnerError.launch("\(comment) failed: \(result)")
    }
    return result
  }

  /// Runs the real git with a replica's home.
  static func git(_ arguments: [String], _ store: CliStore) throws -> CliResult {
    try CliRunner.run(["/usr/bin/env", "git"] + arguments, home: store.home)
  }

  func git(_ store: CliStore, _ arguments: [String]) throws -> CliResult {
    try GitReplicas.git(["-C", store.path] + arguments, store)
  }

  /// The store's own check and git's: both must be clean.
  func expectSound(_ store: CliStore, allowing allowed: [String] = []) throws {
    let check = try store.tafel(["check"])
    let problems = check.stdoutLines.filter { line in
      !line.hasPrefix("ok:") && !allowed.contains { line.contains($0) }
    }
    #expect(problems.filter { !$0.hasPrefix("tafel:") }.isEmpty, "\(check)")
    let fsck = try git(store, ["fsck", "--no-progress"])
    #expect(fsck.status == 0, "\(fsck)")
    let status = try git(store, ["status", "--porcelain"])
    #expect(status.stdout.isEmpty, "git status: \(status.stdout)")
  }

  /// A decision for `family` at `meeting` recorded on `store` by `by`.
  func decide(
    _ store: CliStore, _ family: String, meeting: String, outcome: String, by: String,
    rationale: String
  ) throws -> CliResult {
    var arguments = [
      "decide", family, "--meeting", meeting, "--outcome", outcome, "--rationale", rationale,
      "--as", by, "--child-not-heard", "Niet aanwezig op de tafel.",
    ]
    if outcome == "drang" {
      arguments += [
        "--deadline", TestClock.today.adding(days: 42).description,
        "--agreement",
        "Wekelijks huisbezoek|gezinscoach|"
          + TestClock.today.adding(days: 14).description,
      ]
    }
    return try store.tafel(arguments)
  }
}
