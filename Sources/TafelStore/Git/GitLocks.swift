// git's own lock files (.git/index.lock, HEAD.lock, a branch's .lock) left
// behind by a git that was killed: while one is there every commit and
// sync fails. A lock file names no process, so a lock counts as left
// behind when no git process is running in this store (Linux: /proc, each
// process's name and working directory); Tafel's own gits all run under
// its git lock, which the caller holds. Such a lock is removed; one a
// running git holds is left and named (`check` reports it).

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension StoreRepository {
  /// The git lock files in this repository now (relative to the store).
  func gitLockFiles() -> [String] {
    var found: [String] = []
    for name in ["index.lock", "HEAD.lock", "packed-refs.lock", "config.lock", "shallow.lock"]
    where FileReading.signature(path + "/.git/" + name) != nil {
      found.append(".git/" + name)
    }
    let heads = path + "/.git/refs/heads"
    for name in (try? FileManager.default.contentsOfDirectory(atPath: heads)) ?? []
    where name.hasSuffix(".lock") {
      found.append(".git/refs/heads/" + name)
    }
    return found.sorted()
  }

  /// Removes git's lock files when no git runs in this store; returns those
  /// that stay (a git is running). Called under the store's git lock.
  func clearStaleLocks() -> [String] {
    let locks = gitLockFiles()
    guard !locks.isEmpty else { return [] }
    if StoreRepository.gitRunning(in: path) { return locks }
    for lock in locks { unlink(path + "/" + lock) }
    return []
  }

  /// Whether a process named git* has its working directory in `store`.
  static func gitRunning(in store: String) -> Bool {
    let resolved = URL(fileURLWithPath: StoreRepository.absolute(store))
      .resolvingSymlinksInPath().path
    let own = getpid()
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
      guard let pid = Int32(entry), pid != own,
        let name = try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8),
        name.hasPrefix("git")
      else { continue }
      guard
        let directory = try? FileManager.default.destinationOfSymbolicLink(
          atPath: "/proc/\(entry)/cwd")
      else { continue }
      if directory == resolved || directory.hasPrefix(resolved + "/") { return true }
    }
    return false
  }
}
