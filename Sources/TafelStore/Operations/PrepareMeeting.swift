// Preparing a table's agenda: a family put on it, taken off it, and a whole
// meeting called off. One operation each, under the locks of every file it
// reads for a rule (the meeting; to take a case off, the family, whose
// decisions keep it on, and the meeting it was carried over from).

import TafelCore

extension Store {
  /// Puts `familyID` on the agenda of `meetingID` (a closed or called-off
  /// meeting, a family already there, a time taken: `ArgumentRefusal`).
  package func addToAgenda(
    _ familyID: String, meeting meetingID: String, start: String?, minutes: Int?,
    kind: AgendaKind, documents: [OTSDocument]?, by author: String
  ) throws -> Recorded<AgendaItem> {
    let item = try updateMeeting(meetingID, by: author, what: "put \(familyID) on the agenda") {
      try $0.addItem(
        family: familyID, start: start, minutes: minutes, kind: kind, documents: documents)
    }
    return Recorded(value: item, receipt: receipt([relativePath(meeting: meetingID)]))
  }

  /// Takes `familyID` off the agenda of `meetingID` (not one decided there).
  /// A case carried over to it from an adjourned meeting no longer says it
  /// moves here there, unless that meeting is closed. The value: the
  /// meeting it was carried over from.
  package func takeOffAgenda(_ familyID: String, meeting meetingID: String, by author: String)
    throws -> Recorded<String?>
  {
    try StoreLayout.validateID(familyID, kind: "family")
    try StoreLayout.validateID(meetingID, kind: "meeting")
    // Where it was carried from is read first to know that meeting's lock;
    // it is read again under the locks.
    let source = (try? meeting(meetingID))?.items.first { $0.family == familyID }?.carriedFrom
    let locks =
      ([StoreLayout.familyLock(familyID), StoreLayout.meetingLock(meetingID)]
      + (source.map { [StoreLayout.meetingLock($0)] } ?? [])).sorted()
    return try asOneChange {
      try FileLock.withLocks(locks, in: path) {
        let decisions = (try? family(familyID).decisions) ?? []
        let carriedFrom = try updateMeeting(
          meetingID, by: author, what: "took \(familyID) off the agenda"
        ) { meeting -> String? in
          let from = meeting.items.first { $0.family == familyID }?.carriedFrom
          try meeting.removeItem(family: familyID, decisions: decisions)
          return from
        }
        var written = [relativePath(meeting: meetingID)]
        if let carriedFrom, carriedFrom == source,
          let before = try? meeting(carriedFrom), !before.isClosed
        {
          try updateMeeting(
            carriedFrom, by: author, what: "\(familyID) no longer carried over to \(meetingID)"
          ) { meeting in
            for index in meeting.items.indices
            where meeting.items[index].family == familyID
              && meeting.items[index].carriedTo == meetingID
            {
              meeting.items[index].carriedTo = nil
            }
          }
          written.append(relativePath(meeting: carriedFrom))
        }
        return Recorded(value: carriedFrom, receipt: receipt(written))
      }
    }
  }

  /// Calls off the whole meeting `meetingID` for `reason`: it stays, marked
  /// called off, and takes no change after.
  package func callOff(
    _ meetingID: String, reason: String, by author: String, at now: Timestamp
  ) throws -> Recorded<Void> {
    try updateMeeting(meetingID, by: author, what: "called off the meeting: \(reason.trimmed)") {
      try $0.cancel(reason: reason, at: now, by: author)
    }
    return Recorded(value: (), receipt: receipt([relativePath(meeting: meetingID)]))
  }
}
