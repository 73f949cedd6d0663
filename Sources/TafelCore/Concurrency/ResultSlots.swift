// One result per iteration of a DispatchQueue.concurrentPerform: each slot is
// written by one iteration and read once they have all ended. The one lock
// box of the project is the standard library's Mutex; this is the shape most
// of its uses take.

import Synchronization

package final class ResultSlots<Value: Sendable>: Sendable {
  private let storage: Mutex<[Value?]>

  package init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

  package func set(_ position: Int, _ value: Value) {
    storage.withLock { $0[position] = value }
  }

  package var values: [Value?] { storage.withLock { $0 } }
}
