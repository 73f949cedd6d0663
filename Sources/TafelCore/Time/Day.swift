// A calendar day (no time, no zone), written as "YYYY-MM-DD" in every file.
// Kept as a count of days since 1970-01-01 so that comparing, subtracting and
// adding days is plain integer arithmetic with no calendar or locale involved.

package struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Days since 1970-01-01 in the proleptic Gregorian calendar.
  package let ordinal: Int

  package init(ordinal: Int) { self.ordinal = ordinal }

  /// A day from its parts, or nil when the parts do not name a real day.
  package init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.ordinal = Day.ordinalFrom(year: year, month: month, day: day)
  }

  /// Parses exactly "YYYY-MM-DD"; anything else is nil.
  package init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  package var parts: (year: Int, month: Int, day: Int) { Day.civil(from: ordinal) }
  package var year: Int { parts.year }
  package var month: Int { parts.month }
  package var dayOfMonth: Int { parts.day }

  /// 1 = Monday … 7 = Sunday (ISO 8601).
  package var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

  package var description: String {
    let (year, month, day) = parts
    return zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
  }

  package func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// Adds calendar months, clamping to the last day of a shorter month.
  package func adding(months: Int) -> Day {
    let (year, month, day) = parts
    let total = year * 12 + (month - 1) + months
    let newYear = total / 12
    let newMonth = total % 12 + 1
    let newDay = min(day, Day.daysIn(month: newMonth, year: newYear))
    return Day(year: newYear, month: newMonth, day: newDay) ?? self
  }

  /// Whole days from `self` to `other` (positive when `other` is later).
  package func days(until other: Day) -> Int { other.ordinal - ordinal }

  /// Age in whole years on `day`.
  package func age(on day: Day) -> Int {
    let birth = parts
    let now = day.parts
    var years = now.year - birth.year
    if (now.month, now.day) < (birth.month, birth.day) { years -= 1 }
    return years
  }

  package static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  package init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\"\(text)\" is not a date (YYYY-MM-DD)")
    }
    self = day
  }

  package func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days-from-civil and civil-from-days algorithms.
  static func ordinalFrom(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  static func civil(from ordinal: Int) -> (year: Int, month: Int, day: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}
