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

  /// Decodes a meeting file and checks that its id is its file name.
  func decodeMeeting(_ data: Data, id: String) throws(StoreError) -> Meeting {
    try FileDecoding.decodeNamed(
      Meeting.self, from: data, id: id, path: absolute(relativePath(meeting: id)))
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
      willChange([relative])
      try write(meeting, to: relative, original: nil)
      commitChange([relative], by: by, what: "created the meeting")
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
      willChange([relative])
      try writeFile(data, relative)
      commitChange([relative], by: by, what: what)
      return result
    }
  }
}
