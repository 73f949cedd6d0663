// Dutch wall time without a tz database: the switches on the last Sundays of
// March and October, the wall times that happen twice or never, and midnight.

import Foundation
import Testing

@testable import TafelCore

@Suite struct TimeZoneRuleTests {
  let zone = TimeZoneRule.amsterdam

  func at(_ text: String) -> Timestamp { Timestamp(text)! }

  @Test func theSwitchesFallOnTheLastSundaysAtOneUTC() {
    #expect(zone.offset(at: at("2027-03-28T00:59:59Z")) == 3600)
    #expect(zone.offset(at: at("2027-03-28T01:00:00Z")) == 7200)
    #expect(zone.offset(at: at("2026-10-25T00:59:59Z")) == 7200)
    #expect(zone.offset(at: at("2026-10-25T01:00:00Z")) == 3600)
    #expect(zone.local(at("2027-03-28T00:59:00Z")).clock == "01:59")
    #expect(zone.local(at("2027-03-28T01:00:00Z")).clock == "03:00")
    #expect(zone.local(at("2026-10-25T00:59:00Z")).clock == "02:59")
    #expect(zone.local(at("2026-10-25T01:00:00Z")).clock == "02:00")
    let sundays = [2026, 2027, 2028].map {
      "\(TimeZoneRule.lastSunday(month: 3, year: $0)) \(TimeZoneRule.lastSunday(month: 10, year: $0))"
    }
    #expect(sundays == ["2026-03-29 2026-10-25", "2027-03-28 2027-10-31", "2028-03-26 2028-10-29"])
  }

  @Test func agreesWithTheSystemTimeZoneDatabaseEveryHourFor2025To2030() throws {
    let system = try #require(TimeZone(identifier: "Europe/Amsterdam"))
    var moment = at("2025-01-01T00:30:00Z").seconds
    let end = at("2031-01-01T00:00:00Z").seconds
    var mismatches: [String] = []
    while moment < end {
      let expected = system.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(moment)))
      if zone.offset(at: Timestamp(seconds: moment)) != expected {
        mismatches.append(Timestamp(seconds: moment).description)
      }
      moment += 3600
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func wallTimesBecomeMomentsOnBothSwitchDays() {
    // Spring: 09:00 is summer time; 02:30 never happens and is read as 03:30.
    #expect(zone.moment(day: Day("2027-03-28")!, hour: 9) == at("2027-03-28T07:00:00Z"))
    #expect(zone.moment(day: Day("2027-03-28")!, hour: 2, minute: 30) == at("2027-03-28T01:30:00Z"))
    #expect(zone.moment(day: Day("2027-03-28")!, hour: 1, minute: 30) == at("2027-03-28T00:30:00Z"))
    // Autumn: 02:30 happens twice (the first is taken); 09:00 is winter time.
    #expect(zone.moment(day: Day("2026-10-25")!, hour: 2, minute: 30) == at("2026-10-25T00:30:00Z"))
    #expect(zone.moment(day: Day("2026-10-25")!, hour: 9) == at("2026-10-25T08:00:00Z"))
    #expect(zone.moment(day: Day("2026-10-24")!, hour: 9) == at("2026-10-24T07:00:00Z"))
  }

  @Test func midnightIsDutchMidnightNotUTC() {
    #expect(zone.day(of: at("2026-11-29T22:59:59Z")) == Day("2026-11-29"))
    #expect(zone.day(of: at("2026-11-29T23:00:00Z")) == Day("2026-11-30"))
    #expect(zone.day(of: at("2027-06-30T21:59:59Z")) == Day("2027-06-30"))
    #expect(zone.day(of: at("2027-06-30T22:00:00Z")) == Day("2027-07-01"))
    // New Year's Eve: the next year starts an hour before UTC's.
    #expect(zone.day(of: at("2026-12-31T23:30:00Z")) == Day("2027-01-01"))
  }

  @Test func aDecisionJustAfterDutchMidnightCountsOnThatDay() {
    // 00:30 on 28 March in Ede (the spring switch day) is 23:30 UTC the day before.
    let decision = Decision(
      id: "FV-2027-0001-D001", family: "FV-2027-0001", meeting: nil,
      time: at("2027-03-27T23:30:00Z"), outcome: .noInvestigation, rationale: "x", present: [],
      recordedBy: "x")
    #expect(decision.day == Day("2027-03-28"))
    #expect(decision.day.days(until: Day("2027-04-28")!) == 31)
  }
}
