// What the board reads before its first frame: store.json, the directory,
// one meeting and the families on its agenda, nothing more. The meeting is
// found from the file names (ids start with the date): today's, else the next
// one, else the latest. The index of all families comes after the first frame.

import Foundation
import TafelCore
import TafelStore
import TafelUI

struct BoardOpening {
  var data: BoardData
  /// Files that could not be read (one line each); the board opens without them.
  var problems: [String]

  static func read(
    store: Store, meetingID: String?, now: Timestamp, zone: TimeZoneRule
  ) throws -> BoardOpening {
    let today = zone.day(of: now)
    let info = try store.info()
    let directory = try store.directory()
    var problems: [String] = []
    var meeting: Meeting?
    if let meetingID {
      guard try store.meetingIDs().contains(meetingID) else {
        throw CommandFailure.data(
          "--meeting: no meeting \(meetingID) in \(store.path)/meetings")
      }
      meeting = try store.meeting(meetingID)
    } else {
      // A meeting called off is not the one the board opens on.
      var ids = try store.meetingIDs()
      while let chosen = choose(among: ids, today: today) {
        do {
          let found = try store.meeting(chosen)
          if found.isCancelled {
            ids.removeAll { $0 == chosen }
            continue
          }
          meeting = found
        } catch {
          problems.append("\(error)")
        }
        break
      }
    }
    var families: [String: Family] = [:]
    var unreadable: [String: String] = [:]
    for item in meeting?.items ?? [] where families[item.family] == nil {
      do {
        families[item.family] = try store.family(item.family)
      } catch {
        problems.append("\(error)")
        unreadable[item.family] = "\(error)"
      }
    }
    var data = BoardData(
      info: info, directory: directory, meeting: meeting, families: families, summaries: nil,
      today: today, now: now, zone: zone, unreadable: unreadable)
    data.replica = store.replica
    data.laterMeetings = laterMeetings(in: store, after: meeting)
    return BoardOpening(data: data, problems: problems)
  }

  /// The meetings on or after `meeting`'s day (not itself) that are neither
  /// closed nor called off, in date order; a file that cannot be read is left out.
  static func laterMeetings(in store: Store, after meeting: Meeting?) -> [String] {
    guard let meeting else { return [] }
    let ids = ((try? store.meetingIDs()) ?? []).filter { id in
      id != meeting.id && (Meeting.date(fromID: id).map { $0 >= meeting.date } ?? false)
    }
    return ids.sorted().filter { id in
      (try? store.meeting(id)).map { !$0.isClosed && !$0.isCancelled } ?? false
    }
  }

  /// Today's meeting, else the next one, else the latest; nil without meetings.
  /// Several on one day ("-2", "-3"): the first of that day.
  static func choose(among ids: [String], today: Day) -> String? {
    let dated = ids.compactMap { id -> (day: Day, id: String)? in
      guard let day = day(inMeetingID: id) else { return nil }
      return (day, id)
    }.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
    if let todays = dated.first(where: { $0.day == today }) { return todays.id }
    if let next = dated.first(where: { $0.day > today }) { return next.id }
    return dated.last?.id ?? ids.last
  }

  /// The date in an id like "JBT-2026-11-29" or "JBT-2026-11-29-2".
  static func day(inMeetingID id: String) -> Day? {
    let characters = Array(id)
    guard characters.count >= 10 else { return nil }
    for start in 0...(characters.count - 10) {
      if let day = Day(String(characters[start..<start + 10])) { return day }
    }
    return nil
  }
}
