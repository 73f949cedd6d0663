import Testing

@testable import TafelCore

@Suite("Days and times")
struct DayTests {
  @Test func parsesAndPrintsCalendarDays() throws {
    let day = try #require(Day("2026-11-29"))
    #expect(day.description == "2026-11-29")
    #expect(day.weekday == 7)
    #expect(Day("2024-02-29") != nil)
    #expect(Day("2026-02-29") == nil)
    #expect(Day("2026-13-01") == nil)
    #expect(Day("29-11-2026") == nil)
    #expect(Day("2026-11-2") == nil)
  }

  @Test func addsDaysAndMonthsAcrossMonthEnds() throws {
    let day = try #require(Day("2026-08-31"))
    #expect(day.adding(days: 1).description == "2026-09-01")
    #expect(day.adding(months: 6).description == "2027-02-28")
    #expect(try #require(Day("2024-01-31")).adding(months: 1).description == "2024-02-29")
    #expect(day.days(until: try #require(Day("2026-09-30"))) == 30)
  }

  @Test func agesTurnOnTheBirthday() throws {
    let birth = try #require(Day("2014-11-30"))
    #expect(birth.age(on: try #require(Day("2026-11-29"))) == 11)
    #expect(birth.age(on: try #require(Day("2026-11-30"))) == 12)
  }

  @Test func timestampsRoundTripInUTC() throws {
    let stamp = try #require(Timestamp("2026-11-29T14:03:07Z"))
    #expect(stamp.description == "2026-11-29T14:03:07Z")
    let offset = try #require(Timestamp("2026-11-29T15:03:07+01:00"))
    #expect(offset == stamp)
    #expect(Timestamp("2026-11-29 14:03:07") == nil)
    #expect(stamp.local(offsetSeconds: 3600).hour == 15)
  }
}
