// What the header says about the store's git sync: synced N s ago, offline,
// a conflict kept, or a push the remote refused. Only a store with a remote
// has one; the loop sends it after every background sync.

import TafelCore

package struct SyncStatus: Sendable, Equatable {
  package enum State: Sendable, Equatable {
    case synced
    case offline
    case conflict(Int)
    case pushRefused
    /// The sync stopped: a commit it refused, a disk full (the notice says which).
    case refused
  }

  package var state: State
  /// When a sync last reached the remote (nil: not yet).
  package var lastSynced: Timestamp?

  package init(state: State, lastSynced: Timestamp?) {
    self.state = state
    self.lastSynced = lastSynced
  }

  /// "synced 4 s ago", "offline · synced 12:01", "conflict", "push refused".
  package func text(now: Timestamp, zone: TimeZoneRule, language: Language) -> String {
    var since = ""
    if let lastSynced {
      let seconds = max(0, now.seconds - lastSynced.seconds)
      if seconds < 60 {
        since = language.pick("synced \(seconds) s ago", "gesynchroniseerd \(seconds) s geleden")
      } else if seconds < 3600 {
        since = language.pick(
          "synced \(seconds / 60) min ago", "gesynchroniseerd \(seconds / 60) min geleden")
      } else {
        since = language.pick("synced ", "gesynchroniseerd ") + zone.local(lastSynced).clock
      }
    }
    let state: String
    switch self.state {
    case .synced: return since.isEmpty ? language.pick("synced", "gesynchroniseerd") : since
    case .offline: state = language.pick("offline", "offline")
    case .conflict(let count):
      state = language.pick(
        count == 1 ? "1 conflict" : "\(count) conflicts",
        count == 1 ? "1 conflict" : "\(count) conflicten")
    case .pushRefused: state = language.pick("push refused", "verzenden geweigerd")
    case .refused: state = language.pick("sync refused", "synchronisatie geweigerd")
    }
    return since.isEmpty ? state : state + " · " + since
  }
}
