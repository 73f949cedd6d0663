// What the chair does with a case at the table, besides deciding and
// adjourning: bring it to the table, leave it discussed without a decision,
// record who was there. Each is one operation under the meeting's lock; a
// closed meeting takes none of them, and a family not on the agenda is
// refused. The answer holds the meeting as written, so the board shows it
// without reading it back.

import TafelCore

/// What a change of a meeting's agenda did.
package struct MeetingReceipt: Sendable {
  /// The meeting as written.
  package var meeting: Meeting
  package var receipt: Receipt
}

extension Store {
  /// Brings the case of `familyID` to the table at `now`: its timer starts,
  /// and a case still in progress there (from any terminal) is paused.
  package func startCase(
    _ familyID: String, at meetingID: String, by author: String, at now: Timestamp
  ) throws -> MeetingReceipt {
    try changeCase(familyID, at: meetingID, by: author, what: "\(familyID) in progress") {
      meeting in
      meeting.startCase(familyID, at: now)
    }
  }

  /// Leaves the case of `familyID` discussed without a decision at `now`.
  package func leaveCaseDiscussed(
    _ familyID: String, at meetingID: String, by author: String, at now: Timestamp
  ) throws -> MeetingReceipt {
    try changeCase(familyID, at: meetingID, by: author, what: "\(familyID) discussed, no decision")
    {
      meeting in
      meeting.changeItem(of: familyID) { $0.leave(as: .discussed, at: now) }
    }
  }

  /// Records who was there for the case of `familyID`.
  package func recordAttendance(
    _ attendance: [Attendee], of familyID: String, at meetingID: String, by author: String
  ) throws -> MeetingReceipt {
    try changeCase(familyID, at: meetingID, by: author, what: "\(familyID) attendance") {
      meeting in
      meeting.changeItem(of: familyID) { $0.attendance = attendance }
    }
  }

  /// The rules every change of a case at the table keeps, under the meeting's lock.
  private func changeCase(
    _ familyID: String, at meetingID: String, by author: String, what: String,
    _ change: (inout Meeting) throws -> Void
  ) throws -> MeetingReceipt {
    var written: Meeting?
    let keep: (Meeting) -> Void = { written = $0 }
    try updateMeeting(meetingID, by: author, what: what, written: keep) { meeting in
      try meeting.refuseIfClosed("meeting")
      guard meeting.items.contains(where: { $0.family == familyID }) else {
        throw OperationRefusal.notOnAgenda(family: familyID, meeting: meetingID)
      }
      try change(&meeting)
    }
    guard let written else { throw StoreError.unknownMeeting(meetingID) }
    return MeetingReceipt(meeting: written, receipt: receipt([relativePath(meeting: meetingID)]))
  }
}

extension Meeting {
  /// Changes the agenda item of `familyID`.
  fileprivate mutating func changeItem(of familyID: String, _ change: (inout AgendaItem) -> Void) {
    for index in items.indices where items[index].family == familyID { change(&items[index]) }
  }
}
