// New family ids follow the region's pattern and never reuse a number.

import Testing

@testable import TafelCore

@Suite struct FamilyNumberingTests {
  @Test func theFirstFamilyOfAYearIsNumberOne() {
    #expect(FamilyNumbering.nextID(prefix: "FV", year: 2026, existing: []) == "FV-2026-0001")
  }

  @Test func theNextIsOneAfterTheHighestOfThatYearAndPrefix() {
    let existing = ["FV-2026-0007", "FV-2026-0042", "FV-2025-0900", "XY-2026-0100", "FV-2026-x"]
    #expect(FamilyNumbering.nextID(prefix: "FV", year: 2026, existing: existing) == "FV-2026-0043")
  }

  @Test func numbersGrowPastFourDigits() {
    #expect(
      FamilyNumbering.nextID(prefix: "FV", year: 2026, existing: ["FV-2026-9999"])
        == "FV-2026-10000")
  }

  @Test func meetingsOnOneDayGetASuffix() {
    let day = Day("2026-12-03")!
    #expect(MeetingNumbering.nextID(on: day, existing: []) == "JBT-2026-12-03")
    #expect(
      MeetingNumbering.nextID(on: day, existing: ["JBT-2026-12-03", "JBT-2026-12-03-2"])
        == "JBT-2026-12-03-3")
  }

  @Test func localIDsCountOnFromTheHighest() {
    #expect(Family.nextNumber(prefix: "I", among: []) == "I1")
    #expect(Family.nextNumber(prefix: "I", among: ["I1", "I9", "I3"]) == "I10")
  }
}
