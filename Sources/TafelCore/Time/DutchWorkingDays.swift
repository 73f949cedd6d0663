// Dutch working days, computed, with no table to keep up: a norm in working
// days ("a safety assessment within 5 working days") counts the days that are
// not a Saturday, a Sunday or a generally recognised holiday of the
// Algemene termijnenwet, article 3: New Year's Day, Good Friday, Easter
// Monday, King's Day (27 April, 26 April when the 27th is a Sunday), 5 May,
// Ascension Day, Whit Monday, and both Christmas days. Easter is computed
// (the Gregorian computus). The bridge days a royal decree adds for three
// years at a time (article 3, third paragraph) are not in the law's text and
// are not counted. (docs/decisions/the-chain.md, decision of 2026-12-07.)

package enum DutchWorkingDays {
  /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
  package static func easter(_ year: Int) -> Day {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(year: year, month: month, day: day)!
  }

  /// The holidays of `year` that fall on a weekday or weekend, with their Dutch names.
  package static func holidays(_ year: Int) -> [(day: Day, name: String)] {
    let easter = easter(year)
    let kingsDay = Day(year: year, month: 4, day: 27)!
    return [
      (Day(year: year, month: 1, day: 1)!, "Nieuwjaarsdag"),
      (easter.adding(days: -2), "Goede Vrijdag"),
      (easter.adding(days: 1), "Tweede Paasdag"),
      (kingsDay.weekday == 7 ? kingsDay.adding(days: -1) : kingsDay, "Koningsdag"),
      (Day(year: year, month: 5, day: 5)!, "Bevrijdingsdag"),
      (easter.adding(days: 39), "Hemelvaartsdag"),
      (easter.adding(days: 50), "Tweede Pinksterdag"),
      (Day(year: year, month: 12, day: 25)!, "Eerste Kerstdag"),
      (Day(year: year, month: 12, day: 26)!, "Tweede Kerstdag"),
    ]
  }

  /// Not a Saturday, a Sunday or one of the year's holidays.
  package static func isWorkingDay(_ day: Day) -> Bool {
    guard day.weekday <= 5 else { return false }
    // The holidays fall on 1 January, between 20 March (the earliest Good
    // Friday) and 14 June (the latest Whit Monday), and on 25–26 December:
    // only those days need the year's list (the report asks for every step).
    let parts = day.parts
    switch parts.month {
    case 1: return parts.day != 1
    case 12: return parts.day != 25 && parts.day != 26
    case 3...6: return !holidays(parts.year).contains { $0.day == day }
    default: return true
    }
  }

  /// The working days after `start` up to and including `end` (0 when `end`
  /// is not after `start`): a request on Friday answered on Monday took 1.
  package static func count(from start: Day, to end: Day) -> Int {
    guard end > start else { return 0 }
    var total = 0
    var day = start.adding(days: 1)
    while day <= end {
      if isWorkingDay(day) { total += 1 }
      day = day.adding(days: 1)
    }
    return total
  }

  /// The day `count` working days after `start` (a norm's last day).
  package static func adding(_ count: Int, to start: Day) -> Day {
    var day = start
    var left = count
    while left > 0 {
      day = day.adding(days: 1)
      if isWorkingDay(day) { left -= 1 }
    }
    return day
  }
}
