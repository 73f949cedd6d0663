// The last few families this process read or wrote, with the signature of the
// file they came from. When the file still has that signature (size, mtime,
// inode; every Tafel write makes a new inode), an update or a reload skips
// reading and decoding it, which is most of the cost of saving a decision.

import Foundation
import TafelCore

final class FamilyCache: @unchecked Sendable {
  struct Entry {
    var signature: FileSignature
    var family: Family
    var data: Data
    /// True when `data` holds only fields the model knows (Tafel wrote it);
    /// nil when not yet known.
    var clean: Bool?
  }

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  private var order: [String] = []
  private let capacity = 16

  func entry(_ id: String, matching signature: FileSignature?) -> Entry? {
    guard let signature else { return nil }
    lock.lock()
    defer { lock.unlock() }
    guard let entry = entries[id], entry.signature == signature else { return nil }
    return entry
  }

  func store(_ id: String, _ entry: Entry) {
    lock.lock()
    defer { lock.unlock() }
    if entries.updateValue(entry, forKey: id) == nil {
      order.append(id)
      if order.count > capacity { entries[order.removeFirst()] = nil }
    }
  }

  func forget(_ id: String) {
    lock.lock()
    defer { lock.unlock() }
    entries[id] = nil
    order.removeAll { $0 == id }
  }
}
