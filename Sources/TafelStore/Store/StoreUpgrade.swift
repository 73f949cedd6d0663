// Brings a store of an older format version up to the current one, in place,
// losing nothing. Format 1 → 2 moves every family file from families/ into its
// shard (families/43/): a rename each, made durable, and store.json is written
// last, so an upgrade cut short is finished by running it again.

import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Store {
  /// What an upgrade did.
  package struct Upgrade: Sendable, Equatable {
    package var from: Int
    package var to: Int
    package var moved: Int
  }

  /// Upgrades the store at `path` to the current format, under the store's
  /// settings lock. A store already current is left as it is (`moved` 0,
  /// `from == to`).
  package static func upgrade(
    _ path: String, by: String, clock: @escaping @Sendable () -> Timestamp = SystemClock.now
  ) throws -> Upgrade {
    let store = Store(path: path, clock: clock, warnings: [])
    guard let data = try store.readIfPresent(StoreLayout.info) else {
      throw StoreError.notAStore(path)
    }
    var info = try FileDecoding.decode(
      StoreInfo.self, from: data, path: store.absolute(StoreLayout.info))
    guard info.format == StoreInfo.formatName else { throw StoreError.notAStore(path) }
    guard info.version <= StoreInfo.currentVersion else {
      throw StoreError.refused(
        "\(store.absolute(StoreLayout.info)): format version \(info.version) is newer than "
          + "this Tafel reads (\(StoreInfo.currentVersion))")
    }
    let from = info.version
    guard from < StoreInfo.currentVersion else {
      return Upgrade(from: from, to: from, moved: 0)
    }
    return try FileLock.withLock(StoreLayout.infoLock, in: path) {
      let families = store.absolute(StoreLayout.families)
      var moved = 0
      var paths: [String] = []
      for entry in try DirectoryListing.jsonFiles(families, withTimes: false) {
        guard StoreLayout.isValidID(entry.id) else { continue }
        try FileLock.withLock(StoreLayout.familyLock(entry.id), in: path) {
          let target = store.absolute(StoreLayout.familyFile(entry.id))
          let shard = PathText.parent(target)
          try AtomicFile.makeDirectory(shard)
          AtomicFile.syncDirectory(families)
          if FileReading.signature(target) != nil {
            throw StoreError.refused(
              "\(families)/\(entry.id).json: \(target) exists too; keep one and run upgrade again")
          }
          // Under git both paths are one change of the upgrade's commit.
          let pair = [
            StoreLayout.families + "/" + entry.id + ".json", StoreLayout.familyFile(entry.id),
          ]
          store.willChange(pair)
          paths += pair
          guard rename(families + "/" + entry.id + ".json", target) == 0 else {
            throw StoreError.io(path: target, message: errnoMessage())
          }
          AtomicFile.syncDirectory(shard)
          AtomicFile.syncDirectory(families)
          moved += 1
        }
      }
      info.version = StoreInfo.currentVersion
      info.changes.append(
        ChangeRecord(
          by: by, at: clock(),
          what: "upgraded the store from format \(from) to \(StoreInfo.currentVersion)"))
      store.willChange([StoreLayout.info])
      try store.write(info, to: StoreLayout.info, original: data)
      if let repository = store.repository {
        let all = paths + [StoreLayout.info]
        _ = try FileLock.withLock(StoreLayout.gitLock, in: path) {
          try repository.commit(
            all, by: by,
            message: "store: upgraded from format \(from) to \(StoreInfo.currentVersion)\n",
            at: clock())
        }
      }
      return Upgrade(from: from, to: StoreInfo.currentVersion, moved: moved)
    }
  }
}
