// The record only grows across replicas (issue 21): what another replica
// sends may add decisions, change records and log lines, never take one
// away or rewrite it; a kept conflict leaves only with a record settling it.

import Foundation
import Testing

@testable import TafelCore

@Suite("The record only grows")
struct RecordGrowthTests {
  static func json(_ text: String) -> JSONValue {
    try! JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  static let base = json(
    #"{"decisions":[{"id":"D001","rationale":"Zorgen."}],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"made"}],"conflicts":[{"id":"phase"}]}"#
  )

  @Test func addingIsAccepted() {
    let theirs = Self.json(
      #"{"decisions":[{"id":"D001","rationale":"Zorgen."},{"id":"D002-b","rationale":"Meer."}],"changes":[{"by":"b","at":"2026-12-01T08:00:00Z","what":"earlier"},{"by":"a","at":"2026-12-01T09:00:00Z","what":"made"}],"conflicts":[{"id":"phase"}]}"#
    )
    #expect(RecordGrowth.shrinkage(base: Self.base, theirs: theirs) == nil)
  }

  @Test func aDecisionRemovedOrRewrittenIsRefused() {
    let removed = Self.json(
      #"{"decisions":[],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"made"}],"conflicts":[{"id":"phase"}]}"#
    )
    #expect(RecordGrowth.shrinkage(base: Self.base, theirs: removed) == "decision D001 was removed")
    let rewritten = Self.json(
      #"{"decisions":[{"id":"D001","rationale":"Anders."}],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"made"}],"conflicts":[{"id":"phase"}]}"#
    )
    #expect(
      RecordGrowth.shrinkage(base: Self.base, theirs: rewritten) == "decision D001 was rewritten")
  }

  @Test func aChangeRecordRemovedIsRefused() {
    let theirs = Self.json(
      #"{"decisions":[{"id":"D001","rationale":"Zorgen."}],"changes":[],"conflicts":[{"id":"phase"}]}"#
    )
    #expect(
      RecordGrowth.shrinkage(base: Self.base, theirs: theirs)
        == "a change record (\"made\") was removed or rewritten")
  }

  @Test func aConflictLeavesOnlyWhenSettled() {
    let dropped = Self.json(
      #"{"decisions":[{"id":"D001","rationale":"Zorgen."}],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"made"}]}"#
    )
    #expect(
      RecordGrowth.shrinkage(base: Self.base, theirs: dropped)
        == "the kept conflict on phase was removed without settling it")
    let settled = Self.json(
      #"{"decisions":[{"id":"D001","rationale":"Zorgen."}],"changes":[{"by":"a","at":"2026-12-01T09:00:00Z","what":"made"},{"by":"c","at":"2026-12-02T09:00:00Z","what":"resolved the conflict on phase: \"drang\""}]}"#
    )
    #expect(RecordGrowth.shrinkage(base: Self.base, theirs: settled) == nil)
  }

  @Test func aLogOnlyGrowsAndEndsInANewline() {
    let base = Array("{\"sequence\":1}\n".utf8)
    #expect(
      RecordGrowth.logShrinkage(base: base, theirs: base + Array("{\"sequence\":2}\n".utf8)) == nil)
    #expect(
      RecordGrowth.logShrinkage(base: base, theirs: [])
        == "lines of the access log were removed or changed")
    #expect(
      RecordGrowth.logShrinkage(base: base, theirs: base + Array("{\"seq".utf8))
        == "the access log ends in a line cut short")
  }
}
