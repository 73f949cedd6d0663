// A thread of the board's that does one kind of work off the key's path and
// posts its answer to the mailbox: only the latest request is worked on, and
// one asked for while it works waits for it (a query typed over, an index
// that changed again). The filter's search and the list of families use it.

import Foundation
import Synchronization

final class BoardWorker<Input: Sendable>: Sendable {
  private struct State {
    var pending: Input?
    var running = false
  }

  private let state = Mutex(State())
  private let name: String
  private let work: @Sendable (Input) -> Void

  /// `work` runs on the worker's thread, one request at a time.
  init(name: String, work: @escaping @Sendable (Input) -> Void) {
    self.name = name
    self.work = work
  }

  /// Called on the main thread: work on `input` (replacing one not yet begun).
  func ask(_ input: Input) {
    let start = state.withLock { state -> Bool in
      state.pending = input
      if state.running { return false }
      state.running = true
      return true
    }
    guard start else { return }
    let thread = Thread { [self] in run() }
    thread.name = name
    thread.start()
  }

  private func run() {
    while let input = state.withLock({ state -> Input? in
      defer { state.pending = nil }
      if state.pending == nil { state.running = false }
      return state.pending
    }) {
      work(input)
    }
  }
}
