// The one way Tafel writes a store file. Every kind (family, meeting,
// organisations, people, store.json, a file edited by hand, a conflict
// settled) goes through `writeChange`, and every kind that is one document
// with a change log through `updateDocument`, so each rule of a write is kept
// in one place:
//   lock (taken by the caller, or here) → read strictly (a bad file is never
//   rewritten) → change → a change record (who, when, what) → encode keeping
//   unknown fields → marked pending → atomic write, never through a link →
//   one commit under git, an access-log entry for a family → its index entry.

import Foundation
import TafelCore

/// A store file that is one document with its own change log.
protocol StoreDocument: Codable {
  var changes: [ChangeRecord] { get set }
}

extension Meeting: StoreDocument {}
extension Directory: StoreDocument {}
extension People: StoreDocument {}
extension StoreInfo: StoreDocument {}
extension Family: StoreDocument {}

extension Store {
  /// Writes `data` to `relative` as one change by `by` saying `what`: marked
  /// pending first (a process killed after the write loses nothing to the
  /// other replicas), written atomically, committed and logged. With
  /// `summary` (a family), its entry in the index follows. The caller holds
  /// the file's lock.
  func writeChange(
    _ data: Data, to relative: String, by: String, what: String, summary: FamilySummary? = nil
  ) throws {
    willChange([relative])
    try writeFile(data, relative)
    commitChange([relative], by: by, what: what)
    if let summary { try updateIndexEntry(summary) }
  }

  /// Changes the document at `relative` under the lock `lock`: read strictly
  /// (`decode` checks what the kind needs, e.g. a meeting's id; a missing
  /// file is `missing`, or an error when nil), changed, given its change
  /// record, encoded keeping its unknown fields, and written by `writeChange`.
  /// `written` gets the document as it was written (its change record too),
  /// so a caller need not read back what it wrote.
  func updateDocument<Value: StoreDocument, T>(
    _ relative: String, lock: String, by: String, what: String,
    missing: (() throws -> Value)? = nil,
    decode: (Data) throws -> Value, written: ((Value) -> Void)? = nil,
    change: (inout Value) throws -> T
  ) throws -> T {
    try FileLock.withLock(lock, in: path) {
      let original = try readIfPresent(relative)
      var value: Value
      if let original {
        value = try decode(original)
      } else if let missing {
        value = try missing()
      } else {
        throw StoreError.io(path: absolute(relative), message: "no such file")
      }
      let result = try change(&value)
      value.changes.append(ChangeRecord(by: by, at: clock(), what: what))
      try writeChange(
        try StoreEncoding.encode(value, original: original), to: relative, by: by, what: what)
      written?(value)
      return result
    }
  }
}
