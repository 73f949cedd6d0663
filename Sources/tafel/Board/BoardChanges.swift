// The hand-over from the store watcher's thread to the board's loop: the
// watcher adds the paths that changed under a lock and wakes the loop; the
// loop takes them all at once on the main thread.

import Foundation
import TafelTerminal

final class BoardChanges: Sendable {
  private let state = Locked()
  private let wakePipe: WakePipe

  init(wakePipe: WakePipe) {
    self.wakePipe = wakePipe
  }

  /// Called on the watcher's thread.
  func add(_ paths: Set<String>) {
    state.add(paths)
    wakePipe.wake()
  }

  /// Called on the main thread: every path queued since the last call.
  func take() -> Set<String> { state.take() }

  private final class Locked: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func add(_ new: Set<String>) {
      lock.lock()
      paths.formUnion(new)
      lock.unlock()
    }

    func take() -> Set<String> {
      lock.lock()
      defer { lock.unlock() }
      let taken = paths
      paths = []
      return taken
    }
  }
}
