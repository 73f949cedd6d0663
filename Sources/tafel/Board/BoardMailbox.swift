// The one way a worker reaches the board's loop: the watcher, the filter's
// search, the background sync and the commit thread each post a typed
// message here and wake the loop; the loop takes every message at once, in
// the order posted, on the main thread. No worker touches the board.

import Synchronization
import TafelCore
import TafelStore
import TafelTerminal
import TafelUI

/// What a worker tells the loop.
enum BoardMessage: Sendable {
  /// The watcher saw these store files change.
  case filesChanged(Set<StoreFile>)
  /// The filter's search answered `query`.
  case searched(query: String, matches: [ContentMatch])
  /// A sync ended: its state for the header (nil: no remote) and lines to tell.
  case synced(status: SyncStatus?, notes: [String])
  /// A commit made off the key's path ended (its problems are the store's to give).
  case committed
  /// The families on file, read again off the key's path.
  case summaries(Result<[FamilySummary], any Error>)
}

final class BoardMailbox: Sendable {
  private let messages = Mutex<[BoardMessage]>([])
  let wakePipe: WakePipe

  init(wakePipe: WakePipe) {
    self.wakePipe = wakePipe
  }

  /// Called on any thread.
  func post(_ message: BoardMessage) {
    messages.withLock { $0.append(message) }
    wakePipe.wake()
  }

  /// Called on the main thread: every message posted since the last call, oldest first.
  func take() -> [BoardMessage] {
    messages.withLock { messages in
      defer { messages = [] }
      return messages
    }
  }
}
