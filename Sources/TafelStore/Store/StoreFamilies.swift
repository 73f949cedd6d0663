// Families: one file each. Reading one never reads another; every update is a
// read–modify–write under the family's lock, so concurrent writers all land.

import Foundation
import TafelCore

extension Store {
  /// The family ids, sorted, from the listing of families/ (no file is opened).
  package func familyIDs() throws -> [String] {
    try DirectoryListing.familyFiles(store: path, withTimes: false).map(\.id)
  }

  package func family(_ id: String) throws -> Family {
    try StoreLayout.validateID(id, kind: "family")
    return try loadFamily(id).family
  }

  /// The family and the bytes it was read from: from the cache when the file
  /// still has the signature it had then, else read and decoded (and cached).
  func loadFamily(_ id: String) throws -> FamilyCache.Entry {
    let relative = relativePath(family: id)
    let path = absolute(relative)
    if let cached = familyCache.entry(id, matching: FileReading.signature(path)) { return cached }
    let data: Data
    let signature: FileSignature
    try refuseLinks(relative)
    do {
      (data, signature) = try FileReading.read(path)
    } catch let failure {
      switch failure {
      case .missing:
        // A family removed after its retention period says so, not "unknown".
        if let removed = (try? info())?.removed.first(where: { $0.id == id }) {
          let why =
            removed.ground == .request
            ? "erased on \(removed.removedAt.utcDay) on request"
            : "removed on \(removed.removedAt.utcDay) after the retention period"
          throw StoreError.refused(
            "\(id) was \(why) (by \(removed.by)); store.json keeps only that it was")
        }
        throw StoreError.unknownFamily(id)
      case .failed(let message): throw StoreError.io(path: path, message: message)
      }
    }
    let entry = FamilyCache.Entry(
      signature: signature, family: try decodeFamily(data, id: id), data: data, clean: nil)
    familyCache.store(id, entry)
    return entry
  }

  /// Decodes a family file and checks that its id is its file name.
  func decodeFamily(_ data: Data, id: String) throws(StoreError) -> Family {
    try FileDecoding.decodeNamed(
      Family.self, from: data, id: id, path: absolute(relativePath(family: id)))
  }

  package func createFamily(_ family: Family, by: String) throws {
    try StoreLayout.validateID(family.id, kind: "family")
    try FileLock.withLock(StoreLayout.familyLock(family.id), in: path) {
      let relative = relativePath(family: family.id)
      if FileReading.signature(absolute(relative)) != nil {
        throw StoreError.refused("family \(family.id) already exists (\(absolute(relative)))")
      }
      var family = family
      family.changes.append(ChangeRecord(by: by, at: clock(), what: "created the family"))
      try writeChange(
        try TafelJSON.encode(family), to: relative, by: by, what: "created the family",
        summary: FamilySummary(family))
    }
  }

  /// Locks the family, re-reads it, applies `change`, records who and when,
  /// keeps unknown fields, and writes it atomically. A bad file is never rewritten.
  @discardableResult
  package func updateFamily<T>(
    _ id: String, by: String, what: String, _ change: (inout Family) throws -> T
  ) throws -> T {
    try StoreLayout.validateID(id, kind: "family")
    return try FileLock.withLock(StoreLayout.familyLock(id), in: path) {
      let path = absolute(relativePath(family: id))
      let current = try loadFamily(id)
      let before = current.family
      if let archived = before.archived {
        throw StoreError.refused(
          "\(id) was archived on \(archived.at.utcDay) by \(archived.by): its file is read-only")
      }
      var family = before
      let result = try change(&family)
      guard family.id == id else {
        throw StoreError.refused("the id of family \(id) cannot be changed")
      }
      family.changes.append(ChangeRecord(by: by, at: clock(), what: what))
      let encoded = try TafelJSON.encode(family)
      let clean = current.clean ?? KeyPaths.covers(original: current.data, encoded: encoded)
      let data =
        clean ? encoded : try StoreEncoding.preserving(family, current.data)
      familyCache.forget(id)
      try writeChange(data, to: relativePath(family: id), by: by, what: what)
      if let signature = FileReading.signature(path) {
        familyCache.store(
          id, FamilyCache.Entry(signature: signature, family: family, data: data, clean: clean))
      }
      // A new name or place goes into the index at once (the filter finds it).
      // A new phase alone does not: every decision can move the phase, and a
      // rewrite of the whole index cost a save 46 ms at 50,000 families. The
      // file is now newer than the index's verifiedBefore, so the next load
      // re-reads it, and `tafel check` does not call such an entry stale.
      let summary = FamilySummary(family)
      let previous = FamilySummary(before)
      if summary.name != previous.name || summary.municipality != previous.municipality
        || summary.id != previous.id
      {
        try updateIndexEntry(summary)
      }
      return result
    }
  }

  func listIDs(_ directoryName: String) throws -> [String] {
    try DirectoryListing.ids(absolute(directoryName))
  }
}
