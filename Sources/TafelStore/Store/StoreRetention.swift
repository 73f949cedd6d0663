// Closing a family's file (archive): read-only from then on, off the lists.
// Removing it after its retention period is an erasure (StoreErasure.swift).

import Foundation
import TafelCore

extension Store {
  /// Archives the family: read-only from now on, off the lists. Refused for
  /// an archived family and for one on the agenda of a meeting not closed.
  package func archiveFamily(_ id: String, by: String) throws {
    let family = try self.family(id)
    if let archived = family.archived {
      throw StoreError.refused("\(id) is archived already (\(archived.at.utcDay), \(archived.by))")
    }
    for meetingID in try meetingIDs() {
      guard let meeting = try? self.meeting(meetingID), meeting.closedAt == nil,
        meeting.items.contains(where: { $0.family == id })
      else { continue }
      throw StoreError.refused(
        "\(id) is on the agenda of \(meetingID), which is not closed; take it off or close the "
          + "meeting first")
    }
    try updateFamily(id, by: by, what: "archived the family (file closed)") { family in
      family.archived = ChangeRecord(by: by, at: clock(), what: "archived")
    }
  }
}
