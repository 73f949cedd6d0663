// The hand-over from the store watcher's thread to the board's loop: the
// watcher adds the store files that changed under a lock and wakes the loop; the
// loop takes them all at once on the main thread.

import Synchronization
import TafelStore
import TafelTerminal

final class BoardChanges: Sendable {
  private let files = Mutex<Set<StoreFile>>([])
  private let wakePipe: WakePipe

  init(wakePipe: WakePipe) {
    self.wakePipe = wakePipe
  }

  /// Called on the watcher's thread.
  func add(_ changed: Set<StoreFile>) {
    files.withLock { $0.formUnion(changed) }
    wakePipe.wake()
  }

  /// Called on the main thread: every file queued since the last call.
  func take() -> Set<StoreFile> {
    files.withLock { files in
      defer { files = [] }
      return files
    }
  }
}
