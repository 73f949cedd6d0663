// What `tafel check` verifies of a store's git side: commits made where the
// store had people are signed by one of them, and no git lock is left by a
// git that is gone.

import Foundation
import TafelCore

extension Store {
  /// A commit made where the store had people that is not signed by one of
  /// them (CommitSignatures). Commits found sound are remembered
  /// (.git/tafel-signatures-verified), so a check reads only what is new.
  func signatureProblems() -> [StoreProblem] {
    guard let repository else { return [] }
    let memory = repository.gitDirectory + "/tafel-signatures-verified"
    let known = (try? FileReading.read(memory).data).map {
      String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard let head = try? repository.must(["rev-parse", "HEAD"]).text else { return [] }
    if known == head { return [] }
    var range = ["HEAD"]
    var trusted: People?
    if let known, (try? repository.git(["cat-file", "-e", known]))?.succeeded == true {
      range.append("^" + known)
      if let object = (try? GitBatch.read([known + ":" + StoreLayout.people], in: repository))?
        .first ?? nil
      {
        trusted = try? StoreJSON.decode(People.self, from: Data(object.bytes))
      }
    }
    do {
      let listed = try repository.must(["rev-list", "--reverse", "--topo-order"] + range)
      let commits = listed.text.split(separator: "\n").map(String.init)
      if let problem = try CommitSignatures.firstRefusal(
        repository, commits: commits, trusted: trusted)
      {
        return [StoreProblem(path: repository.gitDirectory, message: problem)]
      }
      try AtomicFile.write(Data((head + "\n").utf8), to: memory)
    } catch {
      return [StoreProblem(path: repository.gitDirectory, message: "\(error)")]
    }
    return []
  }

  /// git's lock files that a running git holds (those left by a killed git
  /// are removed here, as a commit or sync would).
  func gitLockProblems() -> [StoreProblem] {
    guard let repository else { return [] }
    let left =
      (try? FileLock.withLock(StoreLayout.gitLock, in: path) { repository.clearStaleLocks() })
      ?? repository.gitLockFiles()
    return left.map {
      StoreProblem(
        path: absolute($0),
        message: "git's lock is held by a git running in this store; commits wait until it ends")
    }
  }
}
