// How a moment (UTC seconds) becomes the wall-clock time people at the table
// read. A JBT sits in the Netherlands, so Europe/Amsterdam is built in as a
// pure rule (no tz database, no Foundation): the same answer on every machine
// and in every test. Other zones come from the process (`TZ`) as an offset
// function the store layer builds from the system's tz database.

package struct TimeZoneRule: Sendable, CustomStringConvertible {
  /// The zone's name as a person would give it ("Europe/Amsterdam", "UTC").
  package let name: String
  private let offsetAt: @Sendable (Timestamp) -> Int

  /// A zone given by its offset from UTC (seconds, east positive) at each moment.
  package init(name: String, offsetAt: @escaping @Sendable (Timestamp) -> Int) {
    self.name = name
    self.offsetAt = offsetAt
  }

  /// A zone with one offset all year.
  package static func fixed(name: String, seconds: Int) -> TimeZoneRule {
    TimeZoneRule(name: name) { _ in seconds }
  }

  package static let utc = TimeZoneRule.fixed(name: "UTC", seconds: 0)

  /// Central European Time as the Netherlands keeps it: UTC+1, and UTC+2 from
  /// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
  /// October (the EU rule, in force since 1996; used for every year here).
  package static let amsterdam = TimeZoneRule(name: "Europe/Amsterdam") { moment in
    summerTime(at: moment) ? 7200 : 3600
  }

  package var description: String { name }

  /// Seconds east of UTC at `moment`.
  package func offset(at moment: Timestamp) -> Int { offsetAt(moment) }

  /// The wall-clock day and time of `moment` in this zone.
  package func local(_ moment: Timestamp) -> LocalTime {
    let (day, hour, minute, second) = moment.local(offsetSeconds: offsetAt(moment))
    return LocalTime(day: day, hour: hour, minute: minute, second: second)
  }

  /// The calendar day of `moment` in this zone ("today" is `day(of: now)`).
  package func day(of moment: Timestamp) -> Day { local(moment).day }

  /// The moment the clocks in this zone show `hour:minute:second` on `day`.
  /// A wall time that happens twice (the autumn switch) is its first
  /// occurrence; one that never happens (the spring gap) is read with the
  /// offset from before the gap, so 02:30 on the spring day becomes 03:30.
  package func moment(day: Day, hour: Int, minute: Int = 0, second: Int = 0) -> Timestamp {
    let wall = Timestamp(day: day, hour: hour, minute: minute, second: second).seconds
    // The offsets in force half a day either side: the only two a switch can give.
    let before = offsetAt(Timestamp(seconds: wall - 43_200))
    let after = offsetAt(Timestamp(seconds: wall + 43_200))
    let valid = [before, after].map { wall - $0 }.filter {
      offsetAt(Timestamp(seconds: $0)) == wall - $0
    }
    return Timestamp(seconds: valid.min() ?? wall - before)
  }

  /// Whether Dutch summer time is in force at `moment`.
  static func summerTime(at moment: Timestamp) -> Bool {
    let year = moment.utcDay.year
    // Outside the years a Day can name there is no calendar to count Sundays in.
    guard (2...9998).contains(year) else { return false }
    let start = Timestamp(day: lastSunday(month: 3, year: year), hour: 1).seconds
    let end = Timestamp(day: lastSunday(month: 10, year: year), hour: 1).seconds
    return moment.seconds >= start && moment.seconds < end
  }

  /// The last Sunday of `month` in `year`.
  static func lastSunday(month: Int, year: Int) -> Day {
    let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    return last.adding(days: -(last.weekday % 7))
  }
}

/// A wall-clock reading: the day and the time on the clocks of one zone.
package struct LocalTime: Hashable, Sendable {
  package let day: Day
  package let hour: Int
  package let minute: Int
  package let second: Int

  package init(day: Day, hour: Int, minute: Int, second: Int = 0) {
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// "HH:MM".
  package var clock: String { two(hour) + ":" + two(minute) }

  /// "YYYY-MM-DD HH:MM".
  package var dayAndClock: String { day.description + " " + clock }
}
