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
  /// At most this many families are answered (the filter shows a page).
  static let limit = 200

  private let index: SearchIndex
  private let worker: BoardWorker<String>

  init(store: Store, cache: String, mailbox: BoardMailbox) {
    let index = SearchIndex(store: store, directory: cache)
    self.index = index
    worker = BoardWorker(name: "tafel-search") { query in
      mailbox.post(
        .searched(query: query, matches: index.search(query, limit: BoardSearch.limit)))
    }
  }

  /// Called on the main thread: search for `query` (replacing one not yet begun).
  func ask(_ query: String) { worker.ask(query) }

  /// A family file changed on disk (the watcher): searched again as it is now.
  func changed(family id: String) { index.changed(family: id) }
}
