// Temporary files a write left behind. An atomic write makes `.tmp-<name>-…`
// first and renames it over the file; a write killed between the two leaves a
// full 0600 copy of the family behind. Such orphans older than a minute (no
// write takes that long) are reported by `tafel check`, removed by
// `check --fix`, and removed by the next write in their directory (at most
// once a minute per directory and process, so a save stays one rename).

import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum TemporaryFiles {
  /// A temporary file older than this is no write in progress.
  static let orphanAgeSeconds = 60

  /// The directories of a store where writes happen (relative; "" is the store).
  static func directories(store: String) -> [String] {
    ["", StoreLayout.families, StoreLayout.meetings, StoreLayout.drafts]
      + DirectoryListing.familyDirectories(store: store)
  }

  /// The orphaned temporary files in `directory` (absolute paths), oldest first.
  static func orphans(in directory: String, now: Int = Int(time(nil))) -> [String] {
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var found: [(Int, String)] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      guard name.hasPrefix(AtomicFile.temporaryPrefix) else { continue }
      var info = stat()
      guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0,
        (info.st_mode & S_IFMT) == S_IFREG
      else { continue }
      let modified = Int(info.st_mtim.tv_sec)
      if now - modified >= orphanAgeSeconds {
        found.append((modified, directory + "/" + name))
      }
    }
    return found.sorted { $0 < $1 }.map(\.1)
  }

  /// Removes the orphans of `directory`; returns how many went.
  @discardableResult
  static func removeOrphans(in directory: String) -> Int {
    orphans(in: directory).filter { unlink($0) == 0 }.count
  }

  private static let lastSweep = SweepTimes()

  /// Called after a write into `directory`: sweeps it when it was not swept in the last minute.
  static func sweepAfterWrite(in directory: String) {
    guard lastSweep.isDue(directory) else { return }
    removeOrphans(in: directory)
  }
}

/// When each directory was last swept by this process.
private final class SweepTimes: Sendable {
  private let times = Mutex<[String: Int]>([:])

  func isDue(_ directory: String) -> Bool {
    let now = Int(time(nil))
    return times.withLock { times in
      if let last = times[directory], now - last < TemporaryFiles.orphanAgeSeconds { return false }
      times[directory] = now
      return true
    }
  }
}

extension Store {
  /// One problem per orphaned temporary file in the store.
  func orphanProblems() -> [StoreProblem] {
    TemporaryFiles.directories(store: path).flatMap { relative in
      TemporaryFiles.orphans(in: relative.isEmpty ? path : absolute(relative)).map {
        StoreProblem(
          path: $0,
          message:
            "a temporary file an unfinished write left behind; `tafel check --fix` removes it")
      }
    }
  }

  /// Removes every orphaned temporary file in the store (`tafel check --fix`).
  package func removeOrphanedTemporaryFiles() -> Int {
    TemporaryFiles.directories(store: path).reduce(0) {
      $0 + TemporaryFiles.removeOrphans(in: $1.isEmpty ? path : absolute($1))
    }
  }
}
