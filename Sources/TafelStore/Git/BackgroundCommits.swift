// The board's commits, made on a thread of their own. A signed commit costs
// several git processes and an ssh signature (about 10 ms); on the board
// that would sit between the chair's Ctrl-S and the next frame. With
// `Store.commitInBackground()` a save still writes its file atomically and
// marks it pending before the write, under its lock, on the key's path;
// the commit is queued and made here, holding the same file locks and the
// git lock as a commit made at once, so it holds the files as they are.
//
// Two changes to one file queued before the first is committed become one
// commit naming both (the file holds only the second by then, and a commit
// never claims words for content it does not hold). A sync in this process
// first waits for the queue, so it never takes a queued change as a
// leftover under another message; the board waits for it before it quits.

import Foundation
import Synchronization
import TafelCore

final class BackgroundCommits: Sendable {
  struct Entry: Sendable {
    var paths: [String]
    var by: String
    var message: String
    var at: Timestamp
  }

  private struct State {
    var enabled = false
    var queue: [Entry] = []
    var busy = false
    /// The paths of the commit being made.
    var inFlight: Set<String> = []
  }

  private let state = Mutex(State())
  private let condition = NSCondition()
  /// Held by the thread while it commits, and by `Store.asOneChange` while
  /// its writes are made and queued: a commit never takes a file that one
  /// change wrote before that change's words are queued.
  let gate = NSLock()

  var enabled: Bool { state.withLock { $0.enabled } }

  /// Starts the thread (once); `work` is called whenever entries are queued.
  func enable(_ work: @escaping @Sendable () -> Void) {
    let start = state.withLock { state in
      defer { state.enabled = true }
      return !state.enabled
    }
    guard start else { return }
    let thread = Thread { [self] in
      while true {
        condition.lock()
        while state.withLock({ $0.queue.isEmpty }) { condition.wait() }
        state.withLock { $0.busy = true }
        condition.unlock()
        work()
        condition.lock()
        state.withLock {
          $0.busy = false
          $0.inFlight = []
        }
        condition.broadcast()
        condition.unlock()
      }
    }
    thread.name = "tafel-commit"
    thread.start()
  }

  func add(_ entry: Entry) {
    condition.lock()
    state.withLock { $0.queue.append(entry) }
    condition.broadcast()
    condition.unlock()
  }

  /// Takes the queued entries that share a file with `paths` (or, for nil,
  /// the first entry), and every entry that shares a file with those, as
  /// one entry in the order they were made; nil when there is none.
  func take(touching paths: Set<String>?) -> Entry? {
    state.withLock { state in
      var chosen: Set<Int> = []
      var files = paths ?? []
      if paths == nil, let first = state.queue.first {
        chosen.insert(0)
        files.formUnion(first.paths)
      }
      var found = true
      while found {
        found = false
        for (index, entry) in state.queue.enumerated()
        where !chosen.contains(index) && !files.isDisjoint(with: entry.paths) {
          chosen.insert(index)
          files.formUnion(entry.paths)
          found = true
        }
      }
      guard !chosen.isEmpty else { return nil }
      let taken = chosen.sorted().map { state.queue[$0] }
      state.queue = state.queue.enumerated().filter { !chosen.contains($0.offset) }.map(\.element)
      state.inFlight.formUnion(files)
      return BackgroundCommits.merged(taken)
    }
  }

  /// The paths of commits queued or being made.
  var waiting: Set<String> {
    state.withLock { $0.inFlight.union($0.queue.flatMap(\.paths)) }
  }

  /// Returns when every queued commit is made (or failed and was told).
  func finish() {
    condition.lock()
    while state.withLock({ $0.enabled && (!$0.queue.isEmpty || $0.busy) }) {
      condition.wait()
    }
    condition.unlock()
  }

  /// Entries as one commit: every path, the first change's words as the
  /// subject and the others after it, the last one's time.
  static func merged(_ entries: [Entry]) -> Entry {
    var whole = entries[0]
    for next in entries.dropFirst() {
      whole.paths = Array(Set(whole.paths + next.paths)).sorted()
      if !whole.message.contains("\n\n") { whole.message += "\n" }
      whole.message += next.message
      whole.at = max(whole.at, next.at)
    }
    return whole
  }
}

extension Store {
  /// From now on this store's commits are made on a thread of their own
  /// (the board; see BackgroundCommits). Commands commit at once.
  /// `made` is called on that thread after each run of commits (the board
  /// wakes its loop to tell a commit that failed).
  package func commitInBackground(then made: @escaping @Sendable () -> Void = {}) {
    let queue = backgroundCommits
    queue.enable { [self] in
      defer { made() }
      guard let repository else { return }
      queue.gate.lock()
      defer { queue.gate.unlock() }
      while var entry = queue.take(touching: nil) {
        // Under the files' locks, a change written since its entry was taken
        // has its words queued already: they join this commit, whose files
        // hold that change. More files mean more locks: taken again.
        var settled = false
        while !settled {
          let locks = Array(Set(entry.paths.compactMap(Store.lockName))).sorted()
          do {
            settled = try FileLock.withLocks(locks, in: path) {
              if let more = queue.take(touching: Set(entry.paths)) {
                entry = BackgroundCommits.merged([entry, more])
                guard Set(entry.paths.compactMap(Store.lockName)).isSubset(of: locks) else {
                  return false
                }
              }
              commitNow(
                entry.paths, by: entry.by, message: entry.message, at: entry.at, in: repository)
              return true
            }
          } catch {
            commitProblems.add(
              "saved, but not yet committed to git (\(error)); `tafel sync` commits it")
            settled = true
          }
        }
      }
    }
  }

  /// Returns when the commits queued so far are made (a sync first, and the
  /// board before it quits).
  package func finishCommits() { backgroundCommits.finish() }
}
