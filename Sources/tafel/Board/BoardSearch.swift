// The filter's search of every family file, on a thread of its own so that
// no key waits for it: the loop hands it the query typed, the thread reads
// the families through the store's strict reader and matches them
// (TafelCore's FamilyContent), and posts the answer to the loop's mailbox.
// Only the latest query is searched; one typed over while a search runs
// waits for it.

import Foundation
import Synchronization
import TafelCore
import TafelStore

final class BoardSearch: Sendable {
  private struct State {
    var pending: String?
    var running = false
  }

  /// At most this many families are answered (the filter shows a page).
  static let limit = 200

  private let state = Mutex(State())
  private let index: SearchIndex
  private let mailbox: BoardMailbox

  init(store: Store, cache: String, mailbox: BoardMailbox) {
    self.index = SearchIndex(store: store, directory: cache)
    self.mailbox = mailbox
  }

  /// Called on the main thread: search for `query` (replacing one not yet begun).
  func ask(_ query: String) {
    let start = state.withLock { state -> Bool in
      state.pending = query
      if state.running { return false }
      state.running = true
      return true
    }
    guard start else { return }
    let thread = Thread { [self] in work() }
    thread.name = "tafel-search"
    thread.start()
  }

  /// A family file changed on disk (the watcher): searched again as it is now.
  func changed(family id: String) { index.changed(family: id) }

  private func work() {
    while true {
      let query = state.withLock { state -> String? in
        defer { state.pending = nil }
        if state.pending == nil { state.running = false }
        return state.pending
      }
      guard let query else { return }
      mailbox.post(.searched(query: query, matches: search(query)))
    }
  }

  /// Every readable family whose fields hold every word of `query`: from
  /// the search index (in memory after the first query; a shard whose
  /// directory changed is read again first).
  func search(_ query: String) -> [ContentMatch] {
    index.search(query, limit: BoardSearch.limit)
  }
}
