// Members, "who informed whom" and chain steps as typed by a secretary.

import Testing

@testable import TafelCore

@Suite struct PreparationInputTests {
  @Test func aChildIsANameAndABirthDate() throws {
    let child = try MemberInput.child("Noor | 2014-03-09")
    #expect(child.name == "Noor")
    #expect(child.birth == Day("2014-03-09"))
    #expect(throws: ArgumentRefusal("--child", "\"2014-02-30\" is not a date (YYYY-MM-DD)")) {
      try MemberInput.child("Noor|2014-02-30")
    }
    #expect(throws: ArgumentRefusal.self) { try MemberInput.child("Noor") }
  }

  @Test func aCaregiverSaysCustodyInEnglishOrDutch() throws {
    #expect(try MemberInput.caregiver("Sanne|ja").custody == true)
    #expect(try MemberInput.caregiver("Sanne|no").custody == false)
    #expect(try MemberInput.caregiver("Sanne|yes").role == .parent)
    #expect(try MemberInput.caregiver("Opa Wim|nee|caregiver").role == .caregiver)
    #expect(throws: ArgumentRefusal("--caregiver", "custody \"misschien\" is not yes or no")) {
      try MemberInput.caregiver("Sanne|misschien")
    }
    #expect(throws: ArgumentRefusal.self) { try MemberInput.caregiver("Sanne|ja|child") }
  }

  @Test func informedTakesEitherArrow() throws {
    let expected = Informed(who: "LT Ede", whom: "GI", date: Day("2026-10-02")!)
    #expect(try Informed.parse("LT Ede→GI@2026-10-02") == expected)
    #expect(try Informed.parse("LT Ede -> GI @ 2026-10-02") == expected)
    #expect(throws: ArgumentRefusal.self) { try Informed.parse("LT Ede GI@2026-10-02") }
    #expect(throws: ArgumentRefusal("--informed", "\"gisteren\" is not a date (YYYY-MM-DD)")) {
      try Informed.parse("LT->GI@gisteren")
    }
  }

  @Test func theLatestStepMovesThePhase() {
    var family = Family(id: "F", name: "Familie Test", municipality: "Ede")
    family.record(event: ChainEvent(id: "", date: Day("2026-01-10")!, kind: .intake))
    #expect(family.phase == .voluntary)
    family.record(event: ChainEvent(id: "", date: Day("2026-03-01")!, kind: .drangStart))
    #expect(family.phase == .drang)
    family.record(event: ChainEvent(id: "", date: Day("2025-12-01")!, kind: .closure))
    #expect(family.phase == .drang, "an older step typed later leaves the phase")
    family.record(event: ChainEvent(id: "", date: Day("2026-03-02")!, kind: .handover))
    #expect(family.phase == .drang)
    #expect(family.events.map(\.id) == ["E1", "E2", "E3", "E4"])
  }

  @Test func everyKindHasAPhase() {
    #expect(EventKind.rulingPlacement.phase(after: .table) == .measure)
    #expect(EventKind.closure.phase(after: .measure) == .closed)
    #expect(EventKind.report.phase(after: .closed) == .reported)
    #expect(EventKind.report.phase(after: .measure) == .measure)
    #expect(EventKind.requestForDiscussion.phase(after: .voluntary) == .table)
  }
}
