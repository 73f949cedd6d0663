// Adjourning a case at a meeting, with the reason said at the table, and
// carrying it over to the later meeting it moves to: the one operation
// behind the board's adjourn form and `tafel meeting adjourn`. Both
// meetings' locks are held from the first check to the last write, so the
// later meeting cannot close in between; one change, one commit under git.

import TafelCore

/// What adjourning did.
package struct AdjournReceipt: Sendable {
  /// The meeting the case was carried over to; nil without one.
  package var carriedTo: String?
  /// The case is adjourned, but the later meeting could not take it in.
  package var carryProblem: String?
  package var receipt: Receipt
}

extension Store {
  /// Adjourns `familyID` at `meetingID` for `reason`; with `target`, carries
  /// it over there (its kind, planned length and documents travel with it).
  /// Throws `ArgumentRefusal` (no reason, a target in the past or closed, a
  /// family not on the agenda) or a store error; nothing is written then.
  package func adjournCase(
    _ familyID: String, at meetingID: String, reason: String, to target: String?,
    by author: String, at now: Timestamp, today: Day
  ) throws -> AdjournReceipt {
    try StoreLayout.validateID(meetingID, kind: "meeting")
    if let target { try StoreLayout.validateID(target, kind: "meeting") }
    let locks = Array(Set([meetingID] + (target.map { [$0] } ?? []))).map(StoreLayout.meetingLock)
      .sorted()
    return try asOneChange {
      try FileLock.withLocks(locks, in: path) {
        if let target { try meeting(target).refuseIfClosed("--to") }
        let item = try updateMeeting(meetingID, by: author, what: "\(familyID) adjourned") {
          meeting in
          let item = meeting.items.first { $0.family == familyID }
          try meeting.adjourn(familyID, reason: reason, to: target, today: today, at: now)
          return item
        }
        var written = [relativePath(meeting: meetingID)]
        var answer = AdjournReceipt(receipt: Receipt())
        if let target, let item {
          answer.carryProblem = following(target, written: &written) {
            try updateMeeting(
              target, by: author, what: "\(familyID) carried over from \(meetingID)"
            ) { meeting in
              try meeting.carryOver(item, from: meetingID, reason: reason.trimmed.nonEmpty)
            }
          }
          if answer.carryProblem == nil { answer.carriedTo = target }
        }
        answer.receipt = receipt(written)
        return answer
      }
    }
  }
}
