// The region's server side of a store: a bare git repository made by
// `tafel remote init PATH`, set up so that history on it only grows and
// what arrives is checked (git's fsck), whatever replica pushes.

import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
#endif

public enum RemoteRepository {
  /// What a remote Tafel sets up refuses: a push that is not a
  /// fast-forward (a force-push), one that deletes a branch, and objects
  /// git's fsck finds broken.
  static let settings: [(String, String)] = [
    ("receive.denyNonFastForwards", "true"),
    ("receive.denyDeletes", "true"),
    ("receive.fsckObjects", "true"),
    ("transfer.fsckObjects", "true"),
    ("core.sharedRepository", "0600"),
  ]

  /// Makes a bare repository at `path` (missing or empty) with branch main,
  /// whose pre-receive hook runs `<tafel> verify-push` (`driver`: the
  /// binary that set it up, else `tafel` on PATH).
  public static func create(at path: String, tafel driver: String) throws {
    guard GitProcess.isAvailable else {
      throw StoreError.refused("git is not installed (Debian: apt install git)")
    }
    try Store.requireMissingOrEmpty(path)
    let parent = PathText.parent(path)
    let previous = umask(0o077)
    defer { umask(previous) }
    let made = try GitProcess.run(
      ["init", "-q", "--bare", "-b", "main", "--", path], in: parent.isEmpty ? "." : parent)
    guard made.succeeded else {
      throw StoreError.refused("git init --bare \(path): \(Sanitized.line(made.firstError))")
    }
    for (key, value) in settings {
      let set = try GitProcess.run(["config", key, value], in: path)
      guard set.succeeded else {
        throw StoreError.refused("git config \(key): \(Sanitized.line(set.firstError))")
      }
    }
    let hook = """
      #!/bin/sh
      # Written by `tafel remote init`: every pushed commit made where the
      # store has people must be signed by one of them (tafel verify-push).
      t=\(Store.quoted(driver)); [ -x "$t" ] || t=tafel
      exec "$t" verify-push

      """
    let hooks = path + "/hooks"
    try AtomicFile.makeDirectory(hooks)
    try AtomicFile.write(Data(hook.utf8), to: hooks + "/pre-receive", mode: 0o700)
  }

  /// The pre-receive hook's check of one push (`old new ref` lines from git
  /// on stdin, in the bare repository at `path`): the first refusal, or nil.
  public static func verifyPush(at path: String, lines: [String]) throws -> String? {
    let repository = StoreRepository(bare: path)
    for line in lines {
      let fields = line.split(separator: " ").map(String.init)
      guard fields.count == 3 else { continue }
      let (old, new, ref) = (fields[0], fields[1], fields[2])
      if new.allSatisfy({ $0 == "0" }) { return "\(ref): a branch is not deleted here" }
      let range =
        old.allSatisfy({ $0 == "0" }) ? [new, "--not", "--all"] : [new, "^" + old]
      let listed = try repository.must(["rev-list", "--reverse", "--topo-order"] + range)
      let commits = listed.text.split(separator: "\n").map(String.init)
      var trusted: People?
      if !old.allSatisfy({ $0 == "0" }),
        let object = try GitBatch.read([old + ":" + StoreLayout.people], in: repository).first
          ?? nil
      {
        trusted = try? StoreJSON.decode(People.self, from: Data(object.bytes))
      }
      if let problem = try CommitSignatures.firstRefusal(
        repository, commits: commits, trusted: trusted)
      {
        return "\(ref): \(problem)"
      }
    }
    return nil
  }
}
