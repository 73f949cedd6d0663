// The board's background sync: when the store syncs over git and has a
// remote, a thread of its own runs `tafel sync`'s work every few seconds,
// so no key ever waits for the network. What the merge writes arrives like
// any other change (the watcher sees it); the state and what the sync says
// are posted to the loop's mailbox, and the header shows the state. A
// change on this replica (a save here, or `tafel decide` in a second
// terminal) starts the next sync at once, so it leaves within a moment.

import Foundation
import Synchronization
import TafelCore
import TafelStore
import TafelTerminal
import TafelUI

final class BoardSync: Sendable {
  private struct State {
    var stopped = false
    var lastSynced: Timestamp?
    var nudged = false
  }

  private let state = Mutex(State())
  private let store: Store
  private let recorder: Mutex<String>
  private let interval: Double
  private let mailbox: BoardMailbox

  init(store: Store, author: String, interval: Double, mailbox: BoardMailbox) {
    self.store = store
    self.recorder = Mutex(author)
    self.interval = interval
    self.mailbox = mailbox
  }

  /// Starts the thread when the store is under git and the interval is not 0.
  func start() {
    guard store.isGit, interval > 0 else { return }
    let thread = Thread { [self] in work() }
    thread.name = "tafel-sync"
    thread.start()
  }

  /// Who the sync's merges are by (the board's person, once chosen).
  var author: String {
    get { recorder.withLock { $0 } }
    set { recorder.withLock { $0 = newValue } }
  }

  func stop() { state.withLock { $0.stopped = true } }

  /// Something changed in the store here: sync now rather than at the next interval.
  func nudge() { state.withLock { $0.nudged = true } }

  private func work() {
    while !state.withLock({ $0.stopped }) {
      let started = Monotonic.milliseconds()
      let outcome: SyncOutcome?
      var notes: [String] = []
      do {
        outcome = try store.sync(by: author)
      } catch {
        outcome = nil
        let line = "\(error)"
        notes.append(line.hasPrefix("sync") ? line : "sync: " + line)
      }
      let noRemote = outcome?.state == .noRemote
      let status = state.withLock { state -> SyncStatus? in
        guard let outcome else {
          // Not offline: the sync reached the remote and said no (a commit it
          // refused, a disk full); the notice line says why.
          return SyncStatus(state: .refused, lastSynced: state.lastSynced)
        }
        switch outcome.state {
        case .synced:
          state.lastSynced = SystemClock.now()
          return SyncStatus(
            state: outcome.conflicts.isEmpty ? .synced : .conflict(outcome.conflicts.count),
            lastSynced: state.lastSynced)
        case .offline:
          return SyncStatus(state: .offline, lastSynced: state.lastSynced)
        case .pushRefused:
          return SyncStatus(state: .pushRefused, lastSynced: state.lastSynced)
        case .noRemote:
          return nil
        }
      }
      mailbox.post(.synced(status: status, notes: (outcome?.notes ?? []) + notes))
      // A store without a remote is asked again now and then (one may be added).
      let wait = (noRemote ? max(interval, 30) : interval) * 1000
      while !state.withLock({ $0.stopped }),
        Double(Monotonic.milliseconds() - started) < wait
      {
        if state.withLock({ state in
          defer { state.nudged = false }
          return state.nudged && !noRemote
        }) {
          break
        }
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
  }
}
