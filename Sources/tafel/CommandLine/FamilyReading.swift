// Every family of a store, for the commands that look at all of them (the
// region report, the signals): read on all cores, each through the store's
// strict reader; a family that cannot be read is left out and named in one
// warning line, never silently.

import Foundation
import TafelCore
import TafelStore

enum FamilyReading {
  /// Every readable family; `leftOutOf` names what the unreadable ones are missing from.
  static func all(in store: Store, leftOutOf what: String) throws -> [Family] {
    let ids = try store.familyIDs()
    let slots = ResultSlots<Result<Family, any Error>>(count: ids.count)
    DispatchQueue.concurrentPerform(iterations: ids.count) { position in
      slots.set(position, Result { try store.family(ids[position]) })
    }
    var families: [Family] = []
    var failures: [String] = []
    for result in slots.values {
      switch result {
      case .success(let family): families.append(family)
      case .failure(let error):
        failures.append(CommandFailure.lineAndCode(for: error, root: Tafel.self).line)
      case nil: break
      }
    }
    if let first = failures.first {
      let more = failures.count > 1 ? " (and \(failures.count - 1) more; run tafel check)" : ""
      CommandFailure.warn("warning: left out of \(what): \(first)\(more)")
    }
    return families
  }
}
