// Every family of a store, for the commands that look at all of them (the
// region report, the signals): read on all cores, each through the store's
// strict reader; a family that cannot be read is left out and named in one
// warning line, never silently.

import Foundation
import TafelCore
import TafelStore

enum FamilyReading {
  /// What `body` makes of every family read, in id order, on all cores; the
  /// family is dropped as soon as `body` is done with it.
  static func map<Value: Sendable>(
    in store: Store, _ body: @Sendable (Result<Family, any Error>) -> Value?
  ) throws -> [Value] {
    let ids = try store.familyIDs()
    let slots = ResultSlots<Value>(count: ids.count)
    DispatchQueue.concurrentPerform(iterations: ids.count) { position in
      if let value = body(Result { try store.family(ids[position]) }) { slots.set(position, value) }
    }
    return slots.values.compactMap { $0 }
  }

  /// Every readable family; `leftOutOf` names what the unreadable ones are missing from.
  static func all(in store: Store, leftOutOf what: String) throws -> [Family] {
    var families: [Family] = []
    var failures: [String] = []
    for result in try map(in: store, { $0 }) {
      switch result {
      case .success(let family): families.append(family)
      case .failure(let error):
        failures.append(CommandFailure.lineAndCode(for: error, root: Tafel.self).line)
      }
    }
    if let first = failures.first {
      let more = failures.count > 1 ? " (and \(failures.count - 1) more; run tafel check)" : ""
      CommandFailure.warn("warning: left out of \(what): \(first)\(more)")
    }
    return families
  }
}
