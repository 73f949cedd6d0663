// Recording a decision of the table: the one operation behind the board's
// decision form and `tafel decide`.
//
// Under the locks of the family and, at a meeting, of the meeting (taken in
// the store's lock order, held to the end): the meeting still open, or the
// decision a correction with its reason; the family on its agenda; the
// decision by the rules of the region as they are on disk now; the agenda
// item marked decided (or adjourned). One change: one commit under git.

import TafelCore

/// What recording a decision did.
package struct DecisionReceipt: Sendable {
  package var decision: Decision
  /// The meeting whose agenda item was marked.
  package var markedMeeting: String?
  /// The decision stands, but its agenda item could not be marked.
  package var agendaProblem: String?
  /// Attendance was not taken for the case: the minutes will say so.
  package var attendanceNotTaken = false
  package var receipt: Receipt
}

extension Store {
  /// Records `draft` for `familyID` by `author` at `now` (`today` is its day
  /// in the store's zone). With `draft.meeting` its agenda item is marked,
  /// and an empty `draft.present` becomes those ticked present there.
  /// Throws `DecisionRefusal` (a field of the draft), `OperationRefusal`
  /// (the meeting), or a store error; nothing is written then.
  package func recordDecision(
    _ draft: DecisionDraft, family familyID: String, by author: String, at now: Timestamp,
    today: Day
  ) throws -> DecisionReceipt {
    try StoreLayout.validateID(familyID, kind: "family")
    if let meetingID = draft.meeting { try StoreLayout.validateID(meetingID, kind: "meeting") }
    // The meeting of the decision a correction corrects is read for a rule
    // too (closed: say why), so its lock is held as well. A decision never
    // changes once recorded, so which meeting it was taken at is known
    // before the family's lock is taken.
    let corrected = draft.supersedes.flatMap { id in
      (try? family(familyID))?.decision(id)?.meeting
    }
    let meetings = Set([draft.meeting, corrected].compactMap { $0 })
    for meeting in meetings { try StoreLayout.validateID(meeting, kind: "meeting") }
    let locks = ([StoreLayout.familyLock(familyID)] + meetings.map(StoreLayout.meetingLock))
      .sorted()
    return try asOneChange {
      try FileLock.withLocks(locks, in: path) {
        try recordDecisionHoldingLocks(draft, familyID: familyID, by: author, at: now, today: today)
      }
    }
  }

  private func recordDecisionHoldingLocks(
    _ draft: DecisionDraft, familyID: String, by author: String, at now: Timestamp, today: Day
  ) throws -> DecisionReceipt {
    var draft = draft
    var item: AgendaItem?
    var open = true
    if let meetingID = draft.meeting {
      let meeting = try meeting(meetingID)
      guard let found = meeting.items.first(where: { $0.family == familyID }) else {
        throw OperationRefusal.notOnAgenda(family: familyID, meeting: meetingID)
      }
      item = found
      if let closedAt = meeting.closedAt {
        // After closing, the record of the meeting only takes corrections, and says why.
        guard draft.supersedes != nil else {
          throw OperationRefusal.meetingClosed(meeting: meetingID, at: closedAt)
        }
        guard draft.correctionReason?.trimmed.nonEmpty != nil else {
          throw OperationRefusal.reasonRequired(meeting: meetingID)
        }
        open = false
      }
      if draft.present.isEmpty {
        draft.present = found.attendance.filter(\.present).map(\.name)
      }
    }
    // The rules on disk, not those read when the form opened: a region that
    // changed them meanwhile is kept to.
    let settings = try info().settings
    let decision = try updateFamily(familyID, by: author, what: DecisionChange.what(draft)) {
      family in
      try refuseUnexplainedCorrection(of: draft, in: family)
      return try family.record(
        draft, time: now, today: today, by: author, replica: replica, settings: settings)
    }
    var written = [relativePath(family: familyID)]
    var answer = DecisionReceipt(decision: decision, receipt: Receipt())
    if let meetingID = draft.meeting, open {
      answer.attendanceNotTaken = item.map { !$0.attendanceTaken } ?? false
      let status: AgendaStatus = decision.outcome == .adjourned ? .adjourned : .decided
      // Stored is stored: the decision stands, only its agenda item may not follow.
      answer.agendaProblem = following(meetingID, written: &written) {
        try updateMeeting(meetingID, by: author, what: "\(familyID) \(status.rawValue)") {
          meeting in
          for index in meeting.items.indices where meeting.items[index].family == familyID {
            meeting.items[index].leave(as: status, at: now)
          }
        }
      }
      if answer.agendaProblem == nil { answer.markedMeeting = meetingID }
    }
    answer.receipt = receipt(written)
    return answer
  }

  /// A correction of a decision made at a meeting that is closed changes a
  /// final record, wherever the correction is recorded: it says why.
  private func refuseUnexplainedCorrection(of draft: DecisionDraft, in family: Family) throws {
    guard let supersedes = draft.supersedes, draft.correctionReason?.trimmed.nonEmpty == nil,
      let source = family.decision(supersedes)?.meeting, source != draft.meeting,
      (try? meeting(source))?.isClosed == true
    else { return }
    throw OperationRefusal.reasonRequired(meeting: source)
  }
}
