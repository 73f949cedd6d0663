// Meetings: one file each, named after their date so that today's meeting is
// found from the listing alone.

import Foundation
import TafelCore

extension Store {
  /// The meeting ids, sorted, from the listing of meetings/.
  package func meetingIDs() throws -> [String] {
    try listIDs(StoreLayout.meetings)
  }

  package func meeting(_ id: String) throws -> Meeting {
    try StoreLayout.validateID(id, kind: "meeting")
    let relative = relativePath(meeting: id)
    guard let data = try readIfPresent(relative) else { throw StoreError.unknownMeeting(id) }
    return try decodeMeeting(data, id: id)
  }

  /// Decodes a meeting file and checks that its id is its file name.
  func decodeMeeting(_ data: Data, id: String) throws(StoreError) -> Meeting {
    try FileDecoding.decodeNamed(
      Meeting.self, from: data, id: id, path: absolute(relativePath(meeting: id)))
  }

  /// Creates `meeting`, and puts on its agenda in the same write every
  /// family whose drang evaluation is due by its date and not planned on
  /// another meeting (DrangCycle), when the region holds drang evaluations.
  /// Returns the evaluations it took.
  @discardableResult
  package func createMeeting(_ meeting: Meeting, by: String) throws -> [DrangEvaluation] {
    try StoreLayout.validateID(meeting.id, kind: "meeting")
    let due = try drangEvaluations(dueBy: meeting.date, besides: meeting.id)
    return try FileLock.withLock(StoreLayout.meetingLock(meeting.id), in: path) {
      let relative = relativePath(meeting: meeting.id)
      if FileReading.signature(absolute(relative)) != nil {
        throw StoreError.refused("meeting \(meeting.id) already exists (\(absolute(relative)))")
      }
      var meeting = meeting
      var taken: [DrangEvaluation] = []
      for evaluation in due {
        if (try? meeting.addItem(
          family: evaluation.family, start: nil, minutes: nil, kind: .drangEvaluation)) != nil
        {
          taken.append(evaluation)
        }
      }
      let what =
        "created the meeting"
        + (taken.isEmpty
          ? ""
          : "; drang evaluation of "
            + taken.map { "\($0.family) (deadline \($0.deadline))" }.joined(separator: ", "))
      meeting.changes.append(ChangeRecord(by: by, at: clock(), what: what))
      try writeChange(try TafelJSON.encode(meeting), to: relative, by: by, what: what)
      return taken
    }
  }

  /// The drang evaluations due by `date` that no meeting other than
  /// `besides` plans; none when the region holds no drang evaluations.
  /// Families are read only where the index says drang.
  package func drangEvaluations(dueBy date: Day?, besides: String? = nil) throws
    -> [DrangEvaluation]
  {
    guard try info().settings.agendaKinds.contains(.drangEvaluation) else { return [] }
    let candidates = try summaries().filter { $0.phase == .drang && !$0.archived }
      .compactMap { try? family($0.id).drangToEvaluate }
    guard !candidates.isEmpty else { return [] }
    // Only meetings on or after the earliest deadline can plan one.
    let earliest = candidates.map(\.deadline).min()!
    let meetings = try meetingIDs().filter { id in
      id != besides && (Meeting.date(fromID: id).map { $0 >= earliest } ?? false)
    }.compactMap { try? meeting($0) }
    return DrangCycle.due(candidates, on: date ?? Day("9999-12-31")!, meetings: meetings)
  }

  /// Changes a meeting under its lock, by the one update protocol (StoreWriting.swift).
  @discardableResult
  package func updateMeeting<T>(
    _ id: String, by: String, what: String, written: ((Meeting) -> Void)? = nil,
    _ change: (inout Meeting) throws -> T
  ) throws -> T {
    try StoreLayout.validateID(id, kind: "meeting")
    return try updateDocument(
      relativePath(meeting: id), lock: StoreLayout.meetingLock(id), by: by, what: what,
      missing: { throw StoreError.unknownMeeting(id) },
      decode: { try decodeMeeting($0, id: id) }, written: written,
      change: { meeting in
        let result = try change(&meeting)
        guard meeting.id == id else {
          throw StoreError.refused("the id of meeting \(id) cannot be changed")
        }
        return result
      })
  }
}
