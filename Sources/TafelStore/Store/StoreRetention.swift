// Closing a family's file (archive) and removing it after the retention
// period, keeping a record that it was removed — not what it held.

import Foundation
import TafelCore

extension Store {
  /// Archives the family: read-only from now on, off the lists. Refused for
  /// an archived family and for one on the agenda of a meeting not closed.
  public func archiveFamily(_ id: String, by: String) throws {
    let family = try self.family(id)
    if let archived = family.archived {
      throw StoreError.refused("\(id) is archived already (\(archived.at.utcDay), \(archived.by))")
    }
    for meetingID in try meetingIDs() {
      guard let meeting = try? self.meeting(meetingID), meeting.closedAt == nil,
        meeting.items.contains(where: { $0.family == id })
      else { continue }
      throw StoreError.refused(
        "\(id) is on the agenda of \(meetingID), which is not closed; take it off or close the "
          + "meeting first")
    }
    try updateFamily(id, by: by, what: "archived the family (file closed)") { family in
      family.archived = ChangeRecord(by: by, at: clock(), what: "archived")
    }
  }

  /// Archived families whose file was closed more than `years` years before `now`.
  public func pastRetention(years: Int, now: Timestamp) throws -> [Family] {
    let limit = now.utcDay.adding(months: -12 * years)
    return try familyIDs().compactMap { id in
      guard let family = try? self.family(id), let archived = family.archived,
        archived.at.utcDay <= limit
      else { return nil }
      return family
    }
  }

  /// Removes an archived family's file; store.json records that it was.
  public func removeFamily(_ id: String, by: String) throws {
    try FileLock.withLock(StoreLayout.familyLock(id), in: path) {
      let family = try self.family(id)
      guard let archived = family.archived else {
        throw StoreError.refused("\(id) is not archived; only an archived family is removed")
      }
      try logAccess([(id, .remove, "retention")], who: by)
      let relative = relativePath(family: id)
      try FileLock.withLock(StoreLayout.infoLock, in: path) {
        let (value, original) = try read(StoreInfo.self, StoreLayout.info)
        var info = value
        info.removed.append(
          RemovedFamily(id: id, archivedAt: archived.at, removedAt: clock(), by: by))
        info.changes.append(
          ChangeRecord(by: by, at: clock(), what: "removed \(id) after the retention period"))
        willChange([relative, StoreLayout.info])
        try write(info, to: StoreLayout.info, original: original)
        familyCache.forget(id)
        try AtomicFile.remove(absolute(relative))
        commitChange(
          [relative, StoreLayout.info], by: by, what: "removed \(id) after the retention period")
      }
      try? removeIndexEntry(id)
    }
  }
}
