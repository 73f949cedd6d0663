// `check` finds every kind of broken reference, at the place in the file
// where it is written.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store check")
struct CheckTests {
  @Test func cleanStoreIsClean() throws {
    let test = try TestStore()
    defer { test.remove() }
    let result = test.store.check()
    #expect(result.problems == [])
    #expect(result.summary == "ok: 2 families, 1 meeting, 6 files")
  }

  @Test func findsEachReferenceProblem() throws {
    var family = TestStore.family("FV-2026-0001")
    family.plan.director = "P-2"
    family.involvements.append(
      Involvement(id: "I2", professional: "P-404", functions: [.care], from: Day("2025-02-01")!))
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D002", family: family.id, time: TestStore.now, outcome: .other,
        rationale: "Correction.", recordedBy: "x", supersedes: "FV-2026-0001-D099"))
    family.decisions.append(family.decisions[0])
    family.events.append(
      ChainEvent(id: "E2", date: Day("2025-03-01")!, kind: .handover, from: "gi-x", to: "vt-gm"))
    let test = try TestStore(families: [family])
    defer { test.remove() }
    try test.store.updateMeeting("JBT-2026-11-29", by: "x", what: "agenda") {
      $0.items.append(AgendaItem(family: "FV-2026-0999", start: "10:00"))
    }
    let result = test.store.check()
    let messages = result.problems.map(\.message)
    #expect(messages.contains("director P-2 is not involved in FV-2026-0001 (see `tafel involve`)"))
    #expect(messages.contains("unknown professional P-404 (not in organisations.json)"))
    #expect(
      messages.contains(
        "decision FV-2026-0001-D002 supersedes FV-2026-0001-D099, which does not exist"))
    #expect(messages.contains("duplicate decision id FV-2026-0001-D001"))
    #expect(messages.contains("event E2 names unknown organisation gi-x"))
    #expect(messages.contains("agenda names unknown family FV-2026-0999"))
    #expect(result.problems.count == 6)
    #expect(result.summary == "6 problems in 5 files (1 family, 1 meeting)")
    // Sorted by path, and each points at the line where the reference is written.
    #expect(result.problems.map(\.path) == result.problems.map(\.path).sorted())
    let text = String(
      decoding: try test.bytes(StoreLayout.familyFile("FV-2026-0001")), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let director = result.problems.first { $0.message.hasPrefix("director") }!
    #expect(lines[director.line - 1].contains("\"director\" : \"P-2\""))
    let unknown = result.problems.first { $0.message.hasPrefix("unknown professional") }!
    #expect(lines[unknown.line - 1].contains("\"professional\" : \"P-404\""))
  }

  @Test func unknownOrganisationOfAProfessional() throws {
    let test = try TestStore()
    defer { test.remove() }
    try test.store.updateDirectory(by: "x", what: "y") {
      $0.professionals.append(
        Professional(id: "P-3", name: "李 Wei", organisation: "nowhere", role: "gp"))
    }
    let problems = test.store.check().problems
    #expect(problems.map(\.message) == ["professional P-3 works for unknown organisation nowhere"])
    #expect(problems.first?.path == test.file("organisations.json"))
  }

  /// A store with problems in several files, checked in one process and dealt
  /// over helpers: the same problems, in the same order, every file counted.
  @Test func helpersFindWhatOneProcessFinds() throws {
    var first = TestStore.family("FV-2026-0001")
    first.plan.director = "P-2"
    let test = try TestStore(families: [first])
    defer { test.remove() }
    try test.put(StoreLayout.familyFile("FV-2026-0002"), "{ \"id\": ")
    try test.store.updateMeeting("JBT-2026-11-29", by: "x", what: "agenda") {
      $0.items.append(AgendaItem(family: "FV-2026-0999", start: "10:00"))
    }
    let alone = test.store.check()
    #expect(alone.problems.count >= 3)
    let store = test.store
    let parts = Collected()
    let dealt = store.check(helpers: 2, minimumFiles: 1) { relatives in
      parts.add(Set(relatives.map(StoreFile.init)))
      return try? store.checkFiles(relatives)
    }
    #expect(dealt.problems == alone.problems)
    #expect(dealt.summary == alone.summary)
    #expect(!parts.all.isEmpty, "the helpers were asked")
  }

  /// A helper that fails, or answers for fewer files than it was given, is
  /// ignored: its files are checked here and nothing is reported clean unchecked.
  @Test func aFailingHelperLosesNoFile() throws {
    let test = try TestStore()
    defer { test.remove() }
    try test.put(StoreLayout.familyFile("FV-2026-0002"), "{ \"id\": ")
    let alone = test.store.check()
    let silent = test.store.check(helpers: 1, minimumFiles: 1) { _ in nil }
    #expect(silent.problems == alone.problems)
    let short = test.store.check(helpers: 1, minimumFiles: 1) { _ in
      CheckPart(files: 0, problems: [], summaries: [])
    }
    #expect(short.problems == alone.problems)
    #expect(!short.isClean)
  }
}
