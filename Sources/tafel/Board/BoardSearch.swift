// The filter's search of every family file, on a thread of its own so that
// no key waits for it: the loop hands it the query typed, the thread reads
// the families through the store's strict reader and matches them
// (TafelCore's FamilyContent), and wakes the loop with the answer. Only the
// latest query is searched; one typed over while a search runs waits for it.

import Foundation
import Synchronization
import TafelCore
import TafelStore
import TafelTerminal

final class BoardSearch: Sendable {
  private struct State {
    var pending: String?
    var running = false
    var answers: [(query: String, matches: [ContentMatch])] = []
  }

  /// At most this many families are answered (the filter shows a page).
  static let limit = 200

  private let state = Mutex(State())
  private let index: SearchIndex
  private let wakePipe: WakePipe

  init(store: Store, cache: String, wakePipe: WakePipe) {
    self.index = SearchIndex(store: store, directory: cache)
    self.wakePipe = wakePipe
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

  /// Called on the main thread: the answers since the last call.
  func take() -> [(query: String, matches: [ContentMatch])] {
    state.withLock { state in
      defer { state.answers = [] }
      return state.answers
    }
  }

  private func work() {
    while true {
      let query = state.withLock { state -> String? in
        defer { state.pending = nil }
        if state.pending == nil { state.running = false }
        return state.pending
      }
      guard let query else { return }
      let matches = search(query)
      state.withLock { $0.answers.append((query, matches)) }
      wakePipe.wake()
    }
  }

  /// Every readable family whose fields hold every word of `query`: from
  /// the search index (in memory after the first query; a shard whose
  /// directory changed is read again first).
  func search(_ query: String) -> [ContentMatch] {
    index.search(query, limit: BoardSearch.limit)
  }
}
