// What a sync commits of this replica's own before it merges: changes whose
// own commit did not happen (pending marks, each taken under its file's
// lock) and store files changed by hand that read as what they are.

import Foundation
import TafelCore

extension Store {
  /// Commits pending paths left by earlier changes, holding their locks;
  /// a path whose mark went meanwhile (its own commit came) is left out.
  func commitLeftovers(_ paths: [String], _ message: String, by: String) throws -> String? {
    guard let repository else { return nil }
    let locks = Array(Set(paths.compactMap(Store.lockName))).sorted()
    return try FileLock.withLocks(locks, in: path) {
      let still = Set(repository.pending())
      let left = paths.filter(still.contains)
      guard !left.isEmpty else { return nil }
      return try FileLock.withLock(StoreLayout.gitLock, in: path) {
        _ = repository.clearStaleLocks()
        return try repository.commit(left, by: by, message: message, at: clock())
      }
    }
  }

  /// Store files changed by hand since git last saw them (`git diff`: git's
  /// index against the files, by stat data, then by content): each that reads as
  /// what it is is committed as a change by hand; one that does not, or a
  /// file removed by hand, is said and left (a family leaves only by
  /// retention, and another replica would refuse the removal).
  func commitHandEdits(
    _ repository: StoreRepository, by: String, into outcome: inout SyncOutcome
  )
    throws
  {
    let listed = try repository.git(
      [
        "diff", "--no-ext-diff", "--no-renames", "--name-only", "-z", "--", StoreLayout.info,
        StoreLayout.directory, StoreLayout.families, StoreLayout.meetings,
      ])
    guard listed.succeeded else { return }
    let pending = Set(repository.pending())
    var valid: [String] = []
    for name in listed.output.split(separator: 0) {
      let relative = String(decoding: name, as: UTF8.self)
      guard let kind = TrackedPath(relative), !pending.contains(relative) else { continue }
      guard let data = try? readIfPresent(relative) else {
        outcome.notes.append(
          "\(relative) was removed by hand; not committed (restore it with "
            + "`git -C \(path) checkout -- \(relative)`)")
        continue
      }
      do {
        switch kind {
        case .family(let id): _ = try decodeFamily(data, id: id)
        case .meeting(let id): _ = try decodeMeeting(data, id: id)
        case .directory:
          _ = try FileDecoding.decode(Directory.self, from: data, path: absolute(relative))
        case .info:
          _ = try FileDecoding.decode(StoreInfo.self, from: data, path: absolute(relative))
        default: continue
        }
        valid.append(relative)
      } catch {
        outcome.notes.append(
          "\(Sanitized.line("\(error)")); changed by hand and not committed (repair it with "
            + "`tafel edit`)")
      }
    }
    guard !valid.isEmpty else { return }
    let locks = Array(Set(valid.compactMap(Store.lockName))).sorted()
    try FileLock.withLocks(locks, in: path) {
      if let warning = try FileLock.withLock(
        StoreLayout.gitLock, in: path,
        {
          try repository.commit(
            valid, by: by, message: "store: changes made by hand, committed by sync\n", at: clock())
        })
      {
        outcome.notes.append(warning)
      }
    }
    outcome.notes.append(
      valid.count == 1
        ? "\(valid[0]) was changed by hand; committed"
        : "\(valid.count) files were changed by hand; committed")
  }
}
