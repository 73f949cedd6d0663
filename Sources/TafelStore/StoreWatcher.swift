// Tells the board which store files changed, within a second, whoever changed
// them. Polls modification times every 500 ms; inotify is added on Linux.

import Foundation

public final class StoreWatcher: Sendable {
  let store: Store
  let onChange: @Sendable (Set<String>) -> Void
  private let state = WatcherState()

  public init(store: Store, onChange: @escaping @Sendable (Set<String>) -> Void) {
    self.store = store
    self.onChange = onChange
  }

  public func start() throws {
    try start(polling: false)
  }

  /// `polling: true` skips inotify (for tests and file systems without it).
  public func start(polling: Bool) throws {
    let snapshot = try WatcherState.snapshot(store)
    state.begin(snapshot)
    let thread = Thread { [self] in
      while !state.isStopped {
        Thread.sleep(forTimeInterval: 0.5)
        guard let next = try? WatcherState.snapshot(store) else { continue }
        let changed = state.swap(next)
        if !changed.isEmpty, !state.isStopped { onChange(changed) }
      }
    }
    thread.name = "tafel-store-watcher"
    thread.start()
  }

  public func stop() { state.stop() }
}

final class WatcherState: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false
  private var times: [String: Int] = [:]

  var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  func begin(_ snapshot: [String: Int]) {
    lock.lock()
    times = snapshot
    stopped = false
    lock.unlock()
  }

  func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }

  /// Stores the new snapshot and returns the relative paths that differ.
  func swap(_ snapshot: [String: Int]) -> Set<String> {
    lock.lock()
    defer { lock.unlock() }
    var changed: Set<String> = []
    for (path, time) in snapshot where times[path] != time { changed.insert(path) }
    for path in times.keys where snapshot[path] == nil { changed.insert(path) }
    times = snapshot
    return changed
  }

  static func snapshot(_ store: Store) throws -> [String: Int] {
    var result: [String: Int] = [:]
    for name in [StoreLayout.info, StoreLayout.directory] {
      if let signature = FileReading.signature(store.absolute(name)) { result[name] = signature.modified }
    }
    for directory in [StoreLayout.families, StoreLayout.meetings] {
      for entry in try DirectoryListing.jsonFiles(store.absolute(directory)) {
        result[directory + "/" + entry.id + ".json"] = entry.modified
      }
    }
    return result
  }
}
