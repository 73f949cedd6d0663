// New family ids follow the region's pattern and never reuse a number.

import Foundation
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

  @Test("on a tagged replica a local id carries the tag, numbered on from every replica's")
  func localIDsAreTaggedOnAReplica() {
    #expect(Family.nextNumber(prefix: "E", among: ["E1", "E7-b", "E3"], replica: "c") == "E8-c")
    #expect(Family.nextNumber(prefix: "E", among: ["E1", "E7-b"]) == "E8")
    #expect(Family.nextNumber(prefix: "A", among: [], replica: "lap2") == "A1-lap2")
  }

  @Test("an id typed by hand gets the tag, and so does every value that named it")
  func handTypedIDsAreTagged() throws {
    func json(_ text: String) throws -> JSONValue {
      try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
    let before = try json(#"{"members":[{"id":"M1"}],"assessments":[]}"#)
    let after = try json(
      #"{"members":[{"id":"M1"},{"id":"M2"}],"assessments":[{"id":"R1","subject":"M2"},{"id":"R2","subject":"M1"}]}"#
    )
    let tagged = LocalIDTagging.tagNewIDs(before: before, after: after, replica: "b")
    #expect(
      tagged
        == (try json(
          #"{"members":[{"id":"M1"},{"id":"M2-b"}],"assessments":[{"id":"R1-b","subject":"M2-b"},{"id":"R2-b","subject":"M1"}]}"#
        )))
    #expect(LocalIDTagging.tagNewIDs(before: before, after: after, replica: nil) == after)
  }
}
