// Retention and erasure rules with no store: a family's clock runs from its
// newest change record (archiving included), an access-log month is due after
// its own term, a meeting loses an erased family's items and nothing else,
// and a reason that names anyone in the family is found, however written.

import Foundation
import TafelCore
import Testing

@Suite("retention and erasure rules")
struct RetentionTests {
  static let day = Day("2026-12-07")!

  @Test("the clock starts at the last change, archiving included")
  func clock() throws {
    var family = Family(id: "FV-2026-0001", name: "Familie Öztürk", municipality: "Ede")
    family.changes = [
      ChangeRecord(by: "a", at: Timestamp(day: Day("2005-03-01")!), what: "created"),
      ChangeRecord(by: "a", at: Timestamp(day: Day("2004-01-01")!), what: "merged earlier"),
    ]
    let clock = try #require(RetentionClock(family, years: 20))
    #expect(clock.lastChange.utcDay == Day("2005-03-01"))
    #expect(clock.due == Day("2025-03-01"))
    #expect(clock.isDue(on: RetentionTests.day))
    family.archived = ChangeRecord(
      by: "a", at: Timestamp(day: Day("2010-06-01")!), what: "archived")
    #expect(RetentionClock(family, years: 20)?.isDue(on: RetentionTests.day) == false)
    #expect(
      RetentionClock(Family(id: "FV-2026-0002", name: "x", municipality: "y"), years: 20) == nil)
  }

  @Test("the period of the keeper's kind; an access-log month after its own term")
  func periods() {
    var rules = RetentionRules()
    #expect(rules.familyYears == 20 && rules.accessLogYears == 5 && rules.problem == nil)
    rules.keeper = .rvdk
    rules.yearsByKind = ["rvdk": 7]
    #expect(rules.familyYears == 7)
    rules.yearsByKind = ["nobody": 7]
    #expect(rules.problem?.contains("not an organisation kind") == true)
    #expect(AccessLogRetention.due("access/b/2019-03.jsonl", years: 5) == Day("2024-04-01"))
    #expect(AccessLogRetention.due("access/b/2019-12.jsonl", years: 5) == Day("2025-01-01"))
    #expect(AccessLogRetention.due("people.json", years: 5) == nil)
  }

  @Test("a reason that names the family or a member is found, however it is written")
  func reasonNames() {
    let names = ["Familie Öztürk-Doğan", "Elif Öztürk", "Emre van der Berg"]
    for reason in [
      "verzoek fam. OZTURK", "brief van Elif", "verzoek Doğan", "namens emre", "Berg vroeg",
    ] {
      #expect(ErasureReason.namedWord(in: reason, names: names) != nil, "\(reason)")
    }
    for reason in [
      "de ouders vragen om vernietiging van het dossier", "verzoek van de jongere (16)",
      "Elifant", "termijn verstreken",
    ] {
      #expect(ErasureReason.namedWord(in: reason, names: names) == nil, "\(reason)")
    }
  }

  @Test("a meeting without an erased family keeps everything else")
  func meetingWithout() throws {
    let meeting: JSONValue = .object([
      "id": .string("JBT-2026-12-07"),
      "items": .array([
        .object([
          "family": .string("FV-1"), "attendance": .array([.object(["name": .string("Emre")])]),
        ]),
        .object(["family": .string("FV-2")]),
      ]),
      "conflicts": .array([
        .object(["id": .string("items.FV-1.attendance")]),
        .object(["id": .string("items.FV-2.start")]),
      ]),
      "changes": .array([.object(["what": .string("FV-1 attendance")])]),
    ])
    let without = try #require(ErasedMeeting.without("FV-1", in: meeting))
    guard case .object(let fields) = without, case .array(let items)? = fields["items"],
      case .array(let conflicts)? = fields["conflicts"]
    else {
      Issue.record("not a meeting")
      return
    }
    #expect(items.count == 1 && conflicts.count == 1)
    #expect(fields["changes"] == meeting.objectValue?["changes"])
    #expect(ErasedMeeting.without("FV-9", in: meeting) == nil)
  }
}

extension JSONValue {
  fileprivate var objectValue: [String: JSONValue]? {
    if case .object(let fields) = self { return fields }
    return nil
  }
}
