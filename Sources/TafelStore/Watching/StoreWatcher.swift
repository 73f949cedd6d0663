// Tells the board which store files changed (as StoreFile values), within a second, whoever changed
// them (a second terminal, `tafel decide`, an editor, a sync tool). Uses
// inotify on Linux on its own thread; falls back to comparing modification
// times every 500 ms where inotify is missing. Temporary files, locks and
// drafts are never reported.

import Foundation
import Synchronization

package final class StoreWatcher: Sendable {
  package enum Mode: Sendable, Equatable {
    case inotify
    case polling
  }

  let store: Store
  let onChange: @Sendable (Set<StoreFile>) -> Void
  private let state = WatcherState()

  /// `onChange` is called on the watcher's thread with the files that changed.
  package init(store: Store, onChange: @escaping @Sendable (Set<StoreFile>) -> Void) {
    self.store = store
    self.onChange = onChange
  }

  /// The changed paths as store files; nil when none is one.
  private func report(_ paths: Set<String>) {
    let files = Set(paths.map(StoreFile.init)).subtracting([.other])
    if !files.isEmpty, !state.isStopped { onChange(files) }
  }

  /// Starts watching: inotify where available, else polling.
  package func start() throws {
    try start(polling: false)
  }

  /// `polling: true` skips inotify (for tests and file systems without it).
  package func start(polling: Bool) throws {
    guard state.begin() else { return }
    #if os(Linux)
      if !polling, let watch = InotifyWatch(store: store) {
        state.setMode(.inotify)
        runThread { [self] in
          watch.run(isStopped: { self.state.isStopped }, report: report)
        }
        return
      }
    #endif
    let snapshot = try PollingSnapshot.take(store)
    state.setMode(.polling)
    runThread { [self] in
      var times = snapshot
      while !state.isStopped {
        Thread.sleep(forTimeInterval: 0.5)
        guard let next = try? PollingSnapshot.take(store) else { continue }
        let changed = PollingSnapshot.difference(times, next)
        times = next
        report(changed)
      }
    }
  }

  /// How the watcher learns of changes, once started.
  package var mode: Mode? { state.mode }

  /// Stops reporting; the thread ends within half a second.
  package func stop() { state.stop() }

  private func runThread(_ body: @escaping @Sendable () -> Void) {
    let thread = Thread(block: body)
    thread.name = "tafel-store-watcher"
    thread.start()
  }

  /// Whether a relative path is one the watcher reports.
  static func isReported(_ relativePath: String) -> Bool {
    let parts = relativePath.split(separator: "/")
    guard let name = parts.last, name.hasSuffix(".json"), !name.hasPrefix(".") else { return false }
    switch parts.count {
    case 1: return true
    case 2: return parts[0] == Substring(StoreLayout.meetings)
    case 3:
      return parts[0] == Substring(StoreLayout.families) && StoreLayout.isFamilyShard(parts[1])
    default: return false
    }
  }
}

final class WatcherState: Sendable {
  private struct State {
    var started = false
    var stopped = false
    var mode: StoreWatcher.Mode?
  }

  private let state = Mutex(State())

  var isStopped: Bool { state.withLock { $0.stopped } }

  var mode: StoreWatcher.Mode? { state.withLock { $0.mode } }

  /// False when the watcher was already started.
  func begin() -> Bool {
    state.withLock { state in
      if state.started { return false }
      state.started = true
      return true
    }
  }

  func setMode(_ mode: StoreWatcher.Mode) { state.withLock { $0.mode = mode } }

  func stop() { state.withLock { $0.stopped = true } }
}

/// Modification time and inode of every watched file, for the polling fallback.
enum PollingSnapshot {
  struct Stamp: Equatable {
    var modified: Int
    var inode: UInt64
  }

  static func take(_ store: Store) throws -> [String: Stamp] {
    var result: [String: Stamp] = [:]
    for name in [StoreLayout.info, StoreLayout.directory, StoreLayout.index] {
      if let signature = FileReading.signature(store.absolute(name)) {
        result[name] = Stamp(modified: signature.modified, inode: signature.inode)
      }
    }
    for entry in try DirectoryListing.familyFiles(store: store.path) {
      result[StoreLayout.familyFile(entry.id)] = Stamp(modified: entry.modified, inode: entry.inode)
    }
    for entry in try DirectoryListing.jsonFiles(store.absolute(StoreLayout.meetings)) {
      result[StoreLayout.meetingFile(entry.id)] = Stamp(
        modified: entry.modified, inode: entry.inode)
    }
    return result
  }

  static func difference(_ old: [String: Stamp], _ new: [String: Stamp]) -> Set<String> {
    var changed: Set<String> = []
    for (path, time) in new where old[path] != time { changed.insert(path) }
    for path in old.keys where new[path] == nil { changed.insert(path) }
    return changed
  }
}
