// Closing a meeting as one use case for `tafel meeting close` and the board's
// X: the meeting is closed under its lock (a case at the table leaves it
// discussed, the rest not reached), and with a meeting to carry to, every
// case it did not finish moves there with why and its kind — one change, one
// commit under git. The refusals (a closed or called-off meeting, one that
// is not later) are kept here, inside the change.

import TafelCore

/// What closing did: the closed meeting, and the families carried over.
package struct MeetingClosed: Sendable {
  package var meeting: Meeting
  package var carried: [String]
}

extension Store {
  package func closeMeeting(_ id: String, carryTo: String?, by: String, at now: Timestamp)
    throws -> MeetingClosed
  {
    try asOneChange {
      if let carryTo {
        let target = try meeting(carryTo)
        try target.refuseIfClosed("--carry-to")
        let source = try meeting(id)
        guard target.id != source.id, target.date >= source.date else {
          throw ArgumentRefusal("--carry-to", "\(carryTo) is not a later meeting than \(id)")
        }
      }
      let closed: Meeting = try updateMeeting(id, by: by, what: "closed the meeting") { found in
        try found.close(at: now, by: by)
        if let carryTo {
          let unfinished = Set(found.unfinished.map(\.family))
          for index in found.items.indices where unfinished.contains(found.items[index].family) {
            found.items[index].carriedTo = carryTo
          }
        }
        return found
      }
      var carried: [String] = []
      if let carryTo, !closed.unfinished.isEmpty {
        try updateMeeting(carryTo, by: by, what: "carried over the unfinished cases of \(id)") {
          target in
          for item in closed.unfinished {
            let why =
              item.status == .notReached
              ? "not reached at \(id)" : "discussed without a decision at \(id)"
            try target.carryOver(item, from: id, reason: why)
            carried.append(item.family)
          }
        }
      }
      return MeetingClosed(meeting: closed, carried: carried)
    }
  }
}
