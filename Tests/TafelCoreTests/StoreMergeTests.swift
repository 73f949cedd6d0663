// The merge of one store file by id (docs/store-format.md, "Merging"):
// unions by identity, one-sided changes taken, two-sided ones kept as
// conflicts with both values, ids numbered within the file kept apart.

import Foundation
import Testing

@testable import TafelCore

@Suite("Store merge by id")
struct StoreMergeTests {
  static let at = Timestamp(day: Day("2026-12-01")!, hour: 12)

  static func json(_ text: String) -> JSONValue {
    try! JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  static func merge(_ base: String?, _ ours: String, _ theirs: String) -> StoreMerge.Result {
    StoreMerge.merge(
      base: base.map(json), ours: json(ours), theirs: json(theirs), at: at)
  }

  @Test func decisionsAndChangeRecordsAreUnions() {
    let base =
      #"{"decisions":[{"id":"D001"}],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"x"}]}"#
    let ours =
      #"{"decisions":[{"id":"D001"},{"id":"D002"}],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"x"},{"by":"a","at":"2026-12-01T10:05:00Z","what":"ours"}]}"#
    let theirs =
      #"{"decisions":[{"id":"D001"},{"id":"D002-b"}],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"x"},{"by":"b","at":"2026-12-01T10:00:00Z","what":"theirs"}]}"#
    let result = Self.merge(base, ours, theirs)
    #expect(result.conflicts.isEmpty)
    #expect(
      result.merged["decisions"] == Self.json(#"[{"id":"D001"},{"id":"D002"},{"id":"D002-b"}]"#))
    // In time order, whoever merged.
    let whats = Self.merge(base, theirs, ours).merged["changes"]
    #expect(result.merged["changes"] == whats)
    #expect(
      result.merged["changes"]
        == Self.json(
          #"[{"by":"a","at":"2026-12-01T09:00:00Z","what":"x"},{"by":"b","at":"2026-12-01T10:00:00Z","what":"theirs"},{"by":"a","at":"2026-12-01T10:05:00Z","what":"ours"}]"#
        ))
  }

  @Test func aValueChangedOnOneSideIsTaken() {
    let result = Self.merge(
      #"{"name":"A","plan":{"director":"P-1","goals":["g"]}}"#,
      #"{"name":"A","plan":{"director":"P-1","goals":["g","h"]}}"#,
      #"{"name":"B","plan":{"director":"P-1","goals":["g"]}}"#)
    #expect(result.conflicts.isEmpty)
    #expect(
      result.merged == Self.json(#"{"name":"B","plan":{"director":"P-1","goals":["g","h"]}}"#))
  }

  @Test func aValueChangedTwoWaysIsAKeptConflict() {
    let base = #"{"plan":{"director":"P-1"},"changes":[]}"#
    let ours =
      #"{"plan":{"director":"P-2"},"changes":[{"by":"secretaris","at":"2026-12-01T09:02:00Z","what":"d"}]}"#
    let theirs =
      #"{"plan":{"director":"P-3"},"changes":[{"by":"coach","at":"2026-12-01T09:05:00Z","what":"d"}]}"#
    let result = Self.merge(base, ours, theirs)
    #expect(result.conflicts.map(\.id) == ["plan.director"])
    let conflict = result.conflicts[0]
    #expect(conflict.values == [.string("P-2"), .string("P-3")])
    #expect(conflict.base == .string("P-1"))
    #expect(conflict.sides.map { $0?.by } == ["secretaris", "coach"])
    // Ours stays in place; both values are in the file.
    #expect(result.merged["plan"]?["director"] == .string("P-2"))
    guard case .array(let kept)? = result.merged["conflicts"] else {
      Issue.record("no conflicts in the file")
      return
    }
    #expect(kept.count == 1)
    #expect(kept[0]["values"] == .array([.string("P-2"), .string("P-3")]))
    #expect(
      conflict.line(subject: "FV-2026-0042", zone: .amsterdam)
        == "conflict on plan.director: 1) \"P-2\" (secretaris, 2026-12-01 10:02) or "
        + "2) \"P-3\" (coach, 2026-12-01 10:05); settle with "
        + "`tafel resolve FV-2026-0042 plan.director --take 1|2`")
  }

  @Test func aFieldInsideAnElementNamesTheElement() {
    let result = Self.merge(
      #"{"items":[{"family":"FV-1","start":"09:00","status":"waiting"}]}"#,
      #"{"items":[{"family":"FV-1","start":"09:00","status":"decided"}]}"#,
      #"{"items":[{"family":"FV-1","start":"09:00","status":"adjourned"}]}"#)
    #expect(result.conflicts.map(\.id) == ["items[FV-1].status"])
    #expect(result.conflicts[0].path == ["items", "[FV-1]", "status"])
  }

  @Test func idsNumberedWithinTheFileOnBothSidesAreKeptApart() {
    let result = Self.merge(
      #"{"events":[{"id":"E1","kind":"a"}]}"#,
      #"{"events":[{"id":"E1","kind":"a"},{"id":"E2","kind":"ours"}]}"#,
      #"{"events":[{"id":"E1","kind":"a"},{"id":"E2","kind":"theirs"}]}"#)
    #expect(result.conflicts.isEmpty)
    #expect(
      result.merged["events"]
        == Self.json(
          #"[{"id":"E1","kind":"a"},{"id":"E2","kind":"ours"},{"id":"E3","kind":"theirs","renumberedFrom":"E2"}]"#
        ))
  }

  @Test("a member numbered the same on both sides: theirs is numbered on, and so is what names it")
  func referencesFollowTheRenumbering() {
    let base = #"{"members":[{"id":"M1","name":"Moeder"}],"assessments":[]}"#
    let ours =
      #"{"members":[{"id":"M1","name":"Moeder"},{"id":"M2","name":"Sem"}],"assessments":[{"id":"R1","subject":"M2"}]}"#
    let theirs =
      #"{"members":[{"id":"M1","name":"Moeder"},{"id":"M2","name":"Lotte"}],"assessments":[{"id":"R1-b","subject":"M2"}]}"#
    let result = Self.merge(base, ours, theirs)
    #expect(result.conflicts.isEmpty)
    #expect(
      result.merged["members"]
        == Self.json(
          #"[{"id":"M1","name":"Moeder"},{"id":"M2","name":"Sem"},{"id":"M3","name":"Lotte","renumberedFrom":"M2"}]"#
        ))
    // Our assessment still names Sem; theirs, made for Lotte, names Lotte.
    #expect(
      result.merged["assessments"]
        == Self.json(#"[{"id":"R1","subject":"M2"},{"id":"R1-b","subject":"M3"}]"#))
  }

  @Test("20,000 events numbered the same on both sides: all kept, every id distinct")
  func manySameNumberedElementsAreKeptApart() {
    let base = JSONValue.object(["events": .array([.object(["id": .string("E1")])])])
    func side(_ name: String) -> JSONValue {
      .object([
        "events": .array(
          [.object(["id": .string("E1")])]
            + (2...20_001).map { .object(["id": .string("E\($0)"), "by": .string(name)]) })
      ])
    }
    let result = StoreMerge.merge(
      base: base, ours: side("ours"), theirs: side("theirs"), at: Self.at)
    guard case .array(let events)? = result.merged["events"] else {
      Issue.record("no events")
      return
    }
    #expect(events.count == 40_001)
    #expect(Set(events.compactMap { $0["id"] }).count == 40_001)
    #expect(events.last?["id"] == .string("E40001"))
    #expect(events.last?["renumberedFrom"] == .string("E20001"))
  }

  @Test func aRemovalGoesUnlessTheOtherSideChangedIt() {
    let base = #"{"items":[{"family":"F1","start":"09:00"},{"family":"F2","start":"10:00"}]}"#
    let removed = Self.merge(
      base, #"{"items":[{"family":"F2","start":"10:00"}]}"#, base)
    #expect(removed.merged == Self.json(#"{"items":[{"family":"F2","start":"10:00"}]}"#))
    let kept = Self.merge(
      base, #"{"items":[{"family":"F2","start":"10:00"}]}"#,
      #"{"items":[{"family":"F1","start":"09:30"},{"family":"F2","start":"10:00"}]}"#)
    #expect(
      kept.merged
        == Self.json(
          #"{"items":[{"family":"F2","start":"10:00"},{"family":"F1","start":"09:30"}]}"#))
  }

  @Test func attendanceIsAUnionByRoleAndName() {
    let result = Self.merge(
      #"{"attendance":[]}"#,
      #"{"attendance":[{"role":"parent","name":"Moeder","mark":"present"}]}"#,
      #"{"attendance":[{"role":"child","name":"Zoë","mark":"present"}]}"#)
    #expect(result.conflicts.isEmpty)
    guard case .array(let list)? = result.merged["attendance"] else {
      Issue.record("no attendance")
      return
    }
    #expect(list.count == 2)
  }

  @Test func twoDecisionsInForceTogetherAreFlaggedAndOneCorrectionSettlesThem() throws {
    let day = Day("2026-12-01")!
    var family = Family(id: "FV-2026-0042", name: "Familie X", municipality: "Ede", phase: .table)
    family.decisions = [
      Decision(
        id: "FV-2026-0042-D001", family: family.id, meeting: "JBT-2026-12-01",
        time: Timestamp(day: day, hour: 9), outcome: .investigation, rationale: "a",
        recordedBy: "secretaris"),
      Decision(
        id: "FV-2026-0042-D001-b", family: family.id, meeting: "JBT-2026-12-01",
        time: Timestamp(day: day, hour: 9, minute: 5), outcome: .noInvestigation,
        rationale: "b", recordedBy: "coach"),
    ]
    #expect(family.decisionsInForceTogether.map(\.decisions.count) == [2])
    let signals = Signals.sync(
      SignalContext(family: family, lookup: DirectoryLookup(Directory()), today: day))
    #expect(signals.map(\.kind) == [.sync])
    #expect(
      signals[0].line(language: .en).hasPrefix("Decisions in force together at JBT-2026-12-01"))
    var draft = DecisionDraft(meeting: "JBT-2026-12-01")
    draft.outcome = .investigation
    draft.rationale = "Samen besloten."
    draft.supersedes = "FV-2026-0042-D001-b"
    let correction = try family.record(
      draft, time: Timestamp(day: day, hour: 10), today: day, by: "voorzitter", replica: "b")
    #expect(correction.id == "FV-2026-0042-D002-b")
    #expect(correction.resolves == ["FV-2026-0042-D001"])
    #expect(family.decisionsInForceTogether.isEmpty)
    #expect(family.inForce(at: "JBT-2026-12-01")?.id == correction.id)
  }

  @Test func tagsKeepIdsApart() {
    #expect(
      FamilyNumbering.nextID(prefix: "FV", year: 2026, existing: ["FV-2026-0042"], replica: "b")
        == "FV-2026-0043-b")
    #expect(
      FamilyNumbering.nextID(prefix: "FV", year: 2026, existing: ["FV-2026-0043-b"])
        == "FV-2026-0044")
    #expect(ReplicaTag.isValid("lap2"))
    #expect(!ReplicaTag.isValid("2lap"))
    #expect(!ReplicaTag.isValid("Lap"))
  }
}
