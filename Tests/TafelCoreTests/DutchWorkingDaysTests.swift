// Dutch working days over the weeks where they matter: Easter (computed),
// King's Day (and its Saturday-before rule), Ascension, Whitsun and Christmas.

import TafelCore
import Testing

@Suite("Dutch working days")
struct DutchWorkingDaysTests {
  @Test(
    "Easter Sunday, computed",
    arguments: [
      (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
      (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
  func easter(_ year: Int, _ expected: String) {
    #expect(DutchWorkingDays.easter(year).description == expected)
  }

  @Test func theHolidaysOf2026() {
    let days = DutchWorkingDays.holidays(2026).map { "\($0.day) \($0.name)" }
    #expect(
      days == [
        "2026-01-01 Nieuwjaarsdag", "2026-04-03 Goede Vrijdag", "2026-04-06 Tweede Paasdag",
        "2026-04-27 Koningsdag", "2026-05-05 Bevrijdingsdag", "2026-05-14 Hemelvaartsdag",
        "2026-05-25 Tweede Pinksterdag", "2026-12-25 Eerste Kerstdag",
        "2026-12-26 Tweede Kerstdag",
      ])
    // King's Day on a Sunday (2025) is kept on the Saturday before.
    #expect(DutchWorkingDays.holidays(2025).contains { $0.day.description == "2025-04-26" })
  }

  @Test func countingOverEasterKingsDayAndChristmas() {
    func count(_ from: String, _ to: String) -> Int {
      DutchWorkingDays.count(from: Day(from)!, to: Day(to)!)
    }
    // A report on Thursday before Easter 2026: Good Friday and Easter Monday do not count.
    #expect(count("2026-04-02", "2026-04-09") == 3)
    // Over King's Day 2026 (a Monday): Friday 24 April to Tuesday 28 April is 1 day.
    #expect(count("2026-04-24", "2026-04-28") == 1)
    // Over Christmas 2026 (Friday and Saturday): Thursday 24 to Monday 28 December is 1 day.
    #expect(count("2026-12-24", "2026-12-28") == 1)
    // An ordinary week is five; the same day is none.
    #expect(count("2026-11-02", "2026-11-09") == 5)
    #expect(count("2026-11-02", "2026-11-02") == 0)
    // Five working days from Wednesday 13 May 2026 (Ascension on the 14th): Thursday 21 May.
    #expect(DutchWorkingDays.adding(5, to: Day("2026-05-13")!).description == "2026-05-21")
  }

  @Test func theQuickTestAgreesWithTheYearsListForAWholeCentury() {
    // isWorkingDay looks up the year's holidays only in January, March to
    // June and December; every day of 1990–2089 is checked against the list.
    var day = Day("1990-01-01")!
    let last = Day("2089-12-31")!
    var holidaysOnWeekdays = 0
    while day <= last {
      let listed = DutchWorkingDays.holidays(day.year).contains { $0.day == day }
      #expect(DutchWorkingDays.isWorkingDay(day) == (day.weekday <= 5 && !listed), "\(day)")
      if listed && day.weekday <= 5 { holidaysOnWeekdays += 1 }
      day = day.adding(days: 1)
    }
    #expect(holidaysOnWeekdays > 700)
  }
}
