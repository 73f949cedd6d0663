// Meetings: one file each, named after their date so that today's meeting is
// found from the listing alone.

import Foundation
import TafelCore

extension Store {
  /// The meeting ids, sorted, from the listing of meetings/.
  public func meetingIDs() throws -> [String] {
    try listIDs(StoreLayout.meetings)
  }

  public func meeting(_ id: String) throws -> Meeting {
    try StoreLayout.validateID(id, kind: "meeting")
    let relative = relativePath(meeting: id)
    guard let data = try readIfPresent(relative) else { throw StoreError.unknownMeeting(id) }
    return try decodeMeeting(data, id: id)
  }

  func decodeMeeting(_ data: Data, id: String) throws(StoreError) -> Meeting {
    let path = absolute(relativePath(meeting: id))
    let meeting = try FileDecoding.decode(Meeting.self, from: data, path: path)
    guard meeting.id == id else {
      throw .problem(
        FileDecoding.problemAt(
          [.key("id")], in: data, path: path,
          "id \"\(meeting.id)\" does not match the file name \(id).json"))
    }
    return meeting
  }

  public func createMeeting(_ meeting: Meeting, by: String) throws {
    try StoreLayout.validateID(meeting.id, kind: "meeting")
    try FileLock.withLock(StoreLayout.meetingLock(meeting.id), in: path) {
      let relative = relativePath(meeting: meeting.id)
      if FileReading.signature(absolute(relative)) != nil {
        throw StoreError.refused("meeting \(meeting.id) already exists (\(absolute(relative)))")
      }
      var meeting = meeting
      meeting.changes.append(ChangeRecord(by: by, at: clock(), what: "created the meeting"))
      try write(meeting, to: relative, original: nil)
    }
  }

  @discardableResult
  public func updateMeeting<T>(
    _ id: String, by: String, what: String, _ change: (inout Meeting) throws -> T
  ) throws -> T {
    try StoreLayout.validateID(id, kind: "meeting")
    return try FileLock.withLock(StoreLayout.meetingLock(id), in: path) {
      let relative = relativePath(meeting: id)
      guard let original = try readIfPresent(relative) else { throw StoreError.unknownMeeting(id) }
      let before = try decodeMeeting(original, id: id)
      var meeting = before
      let result = try change(&meeting)
      guard meeting.id == id else {
        throw StoreError.refused("the id of meeting \(id) cannot be changed")
      }
      meeting.changes.append(ChangeRecord(by: by, at: clock(), what: what))
      let data = try StoreEncoding.encode(meeting, original: original, decodedOriginal: before)
      try AtomicFile.write(data, to: absolute(relative))
      return result
    }
  }
}
