// The one clock of the process: every command, the board, the demo and the
// bench read "now", "today" and the wall-clock zone from here, and nowhere
// else. Two inputs set it, both read once at start:
//
// - `TAFEL_NOW` moves the clock: from that moment it runs on as usual (a
//   board opened with TAFEL_NOW=2027-03-28T08:55 shows 08:56 a minute later).
//   Prepare tomorrow's agenda, replay a meeting, or let a test set the day.
// - `TZ` names the zone times are shown in; unset, it is Europe/Amsterdam,
//   where a JBT sits, whatever the machine's own zone is.

import Foundation
import TafelCore

package enum SystemClock {
  /// The setting this process runs with, from its environment.
  package static let setting = ClockSetting(
    environment: ProcessInfo.processInfo.environment, systemNow: systemNow())

  /// Now: the system clock, moved by `TAFEL_NOW` when that is set.
  package static func now() -> Timestamp {
    Timestamp(seconds: systemNow().seconds + setting.shiftSeconds)
  }

  /// The zone wall-clock times are shown in.
  package static var zone: TimeZoneRule { setting.zone }

  /// Today's date in that zone.
  package static func today() -> Day { zone.day(of: now()) }

  /// The machine's own clock, unmoved.
  package static func systemNow() -> Timestamp {
    Timestamp(seconds: Int(Date().timeIntervalSince1970.rounded(.down)))
  }
}

/// What `TAFEL_NOW` and `TZ` say, read strictly.
package struct ClockSetting: Sendable {
  /// Seconds added to the system clock (0 without `TAFEL_NOW`).
  package let shiftSeconds: Int
  package let zone: TimeZoneRule
  /// A `TAFEL_NOW` that is not a time: the process must stop (wrong usage).
  package let error: String?
  /// A `TZ` this machine does not know: said once, and Europe/Amsterdam is used.
  package let warning: String?

  package init(environment: [String: String], systemNow: Timestamp) {
    var warning: String?
    let zone: TimeZoneRule
    switch ClockSetting.zone(named: environment["TZ"] ?? "") {
    case .success(let found): zone = found
    case .failure(let problem):
      zone = .amsterdam
      warning = problem.message
    }
    self.zone = zone
    self.warning = warning
    let given = environment["TAFEL_NOW"] ?? ""
    if given.isEmpty {
      shiftSeconds = 0
      error = nil
    } else if let moment = ClockSetting.moment(given, zone: zone),
      (1970...9998).contains(moment.utcDay.year)
    {
      shiftSeconds = moment.seconds - systemNow.seconds
      error = nil
    } else {
      shiftSeconds = 0
      error =
        "TAFEL_NOW: \"\(Sanitized.line(given))\" is not a time "
        + "(YYYY-MM-DD, YYYY-MM-DDTHH:MM in \(zone.name), or YYYY-MM-DDTHH:MM:SSZ; "
        + "years 1970 to 9998)"
    }
  }

  /// Reads a `TAFEL_NOW` value: a day (09:00 that day), a wall-clock time in
  /// `zone` ("2027-03-28T08:55" or with ":SS"), or an exact moment with Z or an offset.
  package static func moment(_ text: String, zone: TimeZoneRule) -> Timestamp? {
    if let day = Day(text) { return zone.moment(day: day, hour: 9) }
    if let exact = Timestamp(text) { return exact }
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count == 2, let day = Day(String(parts[0])) else { return nil }
    let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 2 || clock.count == 3,
      clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let hour = Int(clock[0]), let minute = Int(clock[1]), hour < 24, minute < 60
    else { return nil }
    let second = clock.count == 3 ? Int(clock[2]) ?? 60 : 0
    guard second < 60 else { return nil }
    return zone.moment(day: day, hour: hour, minute: minute, second: second)
  }

  struct ZoneProblem: Error { let message: String }

  /// The zone a `TZ` value names; empty is Europe/Amsterdam.
  static func zone(named value: String) -> Result<TimeZoneRule, ZoneProblem> {
    var name = value.hasPrefix(":") ? String(value.dropFirst()) : value
    if name.hasPrefix("/usr/share/zoneinfo/") { name.removeFirst("/usr/share/zoneinfo/".count) }
    switch name {
    case "", "Europe/Amsterdam": return .success(.amsterdam)
    case "UTC", "UTC0", "Etc/UTC", "GMT", "GMT0", "Etc/GMT", "Universal", "Zulu":
      return .success(.utc)
    default:
      guard let system = TimeZone(identifier: name) else {
        return .failure(
          ZoneProblem(
            message: "TZ: \"\(Sanitized.line(value))\" is not a time zone this machine knows; "
              + "times are shown in Europe/Amsterdam"))
      }
      return .success(
        TimeZoneRule(name: name) { moment in
          system.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(moment.seconds)))
        })
    }
  }
}
