// The hand-over from the store watcher's thread to the board's loop: the
// watcher adds the store files that changed under a lock and wakes the loop; the
// loop takes them all at once on the main thread.

import Foundation
import TafelStore
import TafelTerminal

final class BoardChanges: Sendable {
  private let state = Locked()
  private let wakePipe: WakePipe

  init(wakePipe: WakePipe) {
    self.wakePipe = wakePipe
  }

  /// Called on the watcher's thread.
  func add(_ paths: Set<StoreFile>) {
    state.add(paths)
    wakePipe.wake()
  }

  /// Called on the main thread: every file queued since the last call.
  func take() -> Set<StoreFile> { state.take() }

  private final class Locked: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<StoreFile> = []

    func add(_ new: Set<StoreFile>) {
      lock.lock()
      paths.formUnion(new)
      lock.unlock()
    }

    func take() -> Set<StoreFile> {
      lock.lock()
      defer { lock.unlock() }
      let taken = paths
      paths = []
      return taken
    }
  }
}
