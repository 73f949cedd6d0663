// The list of every family on file (index.json, checked against families/),
// read on a thread of its own: at 50,000 families the listing takes long
// enough to be felt on a key. The answer is posted to the loop's mailbox.
// A load asked for while one runs is made once more when it ends.

import Foundation
import Synchronization
import TafelStore

final class BoardSummaries: Sendable {
  private struct State {
    var running = false
    var again = false
  }

  private let state = Mutex(State())
  private let store: Store
  private let mailbox: BoardMailbox

  init(store: Store, mailbox: BoardMailbox) {
    self.store = store
    self.mailbox = mailbox
  }

  /// Called on the main thread: read the list (again).
  func load() {
    let start = state.withLock { state -> Bool in
      if state.running {
        state.again = true
        return false
      }
      state.running = true
      return true
    }
    guard start else { return }
    let thread = Thread { [self] in work() }
    thread.name = "tafel-summaries"
    thread.start()
  }

  private func work() {
    repeat {
      mailbox.post(.summaries(Result { try store.summaries() }))
    } while state.withLock { state in
      defer { state.again = false }
      if !state.again { state.running = false }
      return state.again
    }
  }
}
