// The region's server side of a store: a bare git repository made by
// `tafel remote init PATH`, set up so that history on it only grows and
// what arrives is checked (git's fsck), whatever replica pushes.

import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
#endif

package enum RemoteRepository {
  /// What a remote Tafel sets up refuses: a push that deletes a branch,
  /// and objects git's fsck finds broken. A push that is not a fast-forward
  /// is refused by the hook (`verifyPush`), which lets one kind through: an
  /// erasure, checked commit by commit.
  static let settings: [(String, String)] = [
    ("receive.denyNonFastForwards", "false"),
    ("receive.denyDeletes", "true"),
    ("receive.fsckObjects", "true"),
    ("transfer.fsckObjects", "true"),
    ("core.sharedRepository", "0600"),
  ]

  /// Makes a bare repository at `path` (missing or empty) with branch main,
  /// whose pre-receive hook runs `<tafel> verify-push` (`driver`: the
  /// binary that set it up, else `tafel` on PATH).
  package static func create(at path: String, tafel driver: String) throws {
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
    try configure(at: path, tafel: driver)
  }

  /// Brings a region's bare repository made by an earlier `tafel remote
  /// init` up to date: its settings and both hooks. Refused for a directory
  /// that is not such a repository.
  package static func update(at path: String, tafel driver: String) throws {
    guard FileManager.default.fileExists(atPath: path + "/HEAD"),
      let hook = FileManager.default.contents(atPath: path + "/hooks/pre-receive"),
      String(decoding: hook, as: UTF8.self).contains("tafel verify-push")
    else {
      throw StoreError.refused(
        "\(path) is not a repository made by `tafel remote init` (no tafel pre-receive hook)")
    }
    try configure(at: path, tafel: driver)
  }

  private static func configure(at path: String, tafel driver: String) throws {
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
    let after = """
      #!/bin/sh
      # Written by `tafel remote init`: after an erasure replaced history,
      # what is no longer reachable is pruned (tafel verify-push --after).
      t=\(Store.quoted(driver)); [ -x "$t" ] || t=tafel
      exec "$t" verify-push --after

      """
    let hooks = path + "/hooks"
    try AtomicFile.makeDirectory(hooks)
    try AtomicFile.write(Data(hook.utf8), to: hooks + "/pre-receive", mode: 0o700)
    try AtomicFile.write(Data(after.utf8), to: hooks + "/post-receive", mode: 0o700)
  }

  /// The post-receive hook: after an update that replaced history (an
  /// erasure the pre-receive hook checked), every object no longer
  /// reachable is pruned, so the erased family is gone from the server too.
  package static func afterPush(at path: String, lines: [String]) throws {
    let repository = StoreRepository(bare: path)
    for line in lines {
      let fields = line.split(separator: " ").map(String.init)
      guard fields.count == 3, !fields[0].allSatisfy({ $0 == "0" }),
        !fields[1].allSatisfy({ $0 == "0" })
      else { continue }
      if try !repository.isAncestor(fields[0], of: fields[1]) {
        try repository.purgeUnreachable()
        return
      }
    }
  }

  /// The pre-receive hook's check of one push (`old new ref` lines from git
  /// on stdin, in the bare repository at `path`): the first refusal, or nil.
  package static func verifyPush(at path: String, lines: [String]) throws -> String? {
    let repository = StoreRepository(bare: path)
    for line in lines {
      let fields = line.split(separator: " ").map(String.init)
      guard fields.count == 3 else { continue }
      let (old, new, ref) = (fields[0], fields[1], fields[2])
      if new.allSatisfy({ $0 == "0" }) { return "\(ref): a branch is not deleted here" }
      let fresh = old.allSatisfy({ $0 == "0" })
      if !fresh, try !repository.isAncestor(old, of: new) {
        // Not a fast-forward: only an erasure, checked, replaces history here.
        switch try repository.checkErasure(old: old, new: new) {
        case .failure(let refusal):
          return "\(ref): \(try repository.commitLabel(refusal.commit)) \(refusal.why)"
        case .success(let checked) where checked.families.isEmpty:
          return "\(ref): not a fast-forward (a force-push would drop other replicas' commits)"
        case .success(let checked):
          let objects = try GitBatch.read([new + ":" + StoreLayout.info], in: repository)
          let info = (objects.first ?? nil).flatMap {
            try? StoreJSON.decode(StoreInfo.self, from: Data($0.bytes))
          }
          if let problem = ErasureRecords.unrecorded(checked.families, in: info) {
            return "\(ref): \(problem)"
          }
        }
      }
      // The list of people as it stood where the new commits start: the old
      // tip, or for an erasure the last commit both histories share.
      var trusted: People?
      var start: String? = fresh ? nil : old
      if !fresh, try !repository.isAncestor(old, of: new) {
        let base = try repository.git(["merge-base", old, new])
        start = base.succeeded && !base.text.isEmpty ? base.text : nil
      }
      let range = start.map { [new, "^" + $0] } ?? [new, "--not", "--all"]
      let listed = try repository.must(["rev-list", "--reverse", "--topo-order"] + range)
      let commits = listed.text.split(separator: "\n").map(String.init)
      if let start,
        let object = try GitBatch.read([start + ":" + StoreLayout.people], in: repository).first
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
