// The last few families this process read or wrote, with the signature of the
// file they came from. When the file still has that signature (size, mtime,
// inode; every Tafel write makes a new inode), an update or a reload skips
// reading and decoding it, which is most of the cost of saving a decision.

import Foundation
import Synchronization
import TafelCore

final class FamilyCache: Sendable {
  struct Entry: Sendable {
    var signature: FileSignature
    var family: Family
    var data: Data
    /// True when `data` holds only fields the model knows (Tafel wrote it);
    /// nil when not yet known.
    var clean: Bool?
  }

  private struct Cache {
    var entries: [String: Entry] = [:]
    var order: [String] = []
  }

  private let cache = Mutex(Cache())
  private let capacity = 16

  func entry(_ id: String, matching signature: FileSignature?) -> Entry? {
    guard let signature else { return nil }
    return cache.withLock { cache in
      guard let entry = cache.entries[id], entry.signature == signature else { return nil }
      return entry
    }
  }

  func store(_ id: String, _ entry: Entry) {
    cache.withLock { cache in
      if cache.entries.updateValue(entry, forKey: id) == nil {
        cache.order.append(id)
        if cache.order.count > capacity { cache.entries[cache.order.removeFirst()] = nil }
      }
    }
  }

  func forget(_ id: String) {
    cache.withLock { cache in
      cache.entries[id] = nil
      cache.order.removeAll { $0 == id }
    }
  }
}
