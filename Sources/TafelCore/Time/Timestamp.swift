// A moment in time, written as an ISO 8601 string in UTC ("2026-11-29T14:03:07Z").
// Seconds since the Unix epoch underneath, so the core needs no Foundation
// formatter (those are slow and locale-sensitive).

package struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  package let seconds: Int

  package init(seconds: Int) { self.seconds = seconds }

  package init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    self.seconds = day.ordinal * 86_400 + hour * 3600 + minute * 60 + second
  }

  /// Parses "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DDTHH:MM:SS±HH:MM".
  package init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"),
      let day = Day(String(decoding: bytes[0..<10], as: UTF8.self))
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        guard index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 else { return nil }
        value = value * 10 + Int(bytes[index] - 48)
      }
      return value
    }
    guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      hour < 24, minute < 60, second < 61
    else { return nil }
    var rest = 19
    if rest < bytes.count, bytes[rest] == UInt8(ascii: ".") {
      rest += 1
      while rest < bytes.count, bytes[rest] >= 48, bytes[rest] <= 57 { rest += 1 }
    }
    var offset = 0
    if rest == bytes.count - 1, bytes[rest] == UInt8(ascii: "Z") {
      offset = 0
    } else if rest == bytes.count - 6,
      bytes[rest] == UInt8(ascii: "+") || bytes[rest] == UInt8(ascii: "-"),
      let offsetHours = number(rest + 1..<rest + 3), let offsetMinutes = number(rest + 4..<rest + 6)
    {
      offset =
        (offsetHours * 3600 + offsetMinutes * 60) * (bytes[rest] == UInt8(ascii: "-") ? -1 : 1)
    } else {
      return nil
    }
    self.seconds = Timestamp(day: day, hour: hour, minute: minute, second: second).seconds - offset
  }

  /// The UTC day of this moment.
  package var utcDay: Day { Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down))) }

  /// The day and clock time at a UTC offset in seconds (for display in local time).
  package func local(offsetSeconds: Int) -> (day: Day, hour: Int, minute: Int, second: Int) {
    let shifted = seconds + offsetSeconds
    let dayOrdinal = Int((Double(shifted) / 86_400).rounded(.down))
    let secondOfDay = shifted - dayOrdinal * 86_400
    return (
      Day(ordinal: dayOrdinal), secondOfDay / 3600, (secondOfDay % 3600) / 60, secondOfDay % 60
    )
  }

  package var description: String {
    let (day, hour, minute, second) = local(offsetSeconds: 0)
    return "\(day)T\(two(hour)):\(two(minute)):\(two(second))Z"
  }

  package static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

  package init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Timestamp(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\"\(text)\" is not a time (YYYY-MM-DDTHH:MM:SSZ)")
    }
    self = value
  }

  package func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// Two digits with a leading zero: used for clock times everywhere.
package func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
