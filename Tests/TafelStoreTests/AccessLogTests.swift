// The access log's hash chain: a changed, a removed and a moved line are
// each found by check at path:line; a line cut short by a crash is reported
// and skipped, and what follows it still verifies.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Access log")
struct AccessLogTests {
  static func logged(_ count: Int) throws -> (TestStore, String) {
    let test = try TestStore()
    for index in 1...count {
      try test.store.logAccess(
        [("FV-2026-0001", .view, "board \(index)")], who: "Linda Kamphuis",
        onBehalfOf: index == 2 ? "Familie de Vries" : nil)
    }
    return (test, test.store.accessLogFile(at: TestStore.now))
  }

  static func lines(_ test: TestStore, _ relative: String) throws -> [String] {
    String(decoding: try test.bytes(relative), as: UTF8.self).split(separator: "\n")
      .map(String.init)
  }

  static func write(_ test: TestStore, _ relative: String, _ lines: [String]) throws {
    try test.put(relative, lines.joined(separator: "\n") + "\n")
  }

  @Test func entriesChainAndVerify() throws {
    let (test, relative) = try Self.logged(4)
    defer { test.remove() }
    #expect(relative == "access/main/2026-11.jsonl")
    #expect(test.mode(relative) == 0o600)
    let entries = try test.store.accessEntries(family: "FV-2026-0001")
    #expect(entries.map(\.sequence) == [1, 2, 3, 4])
    #expect(entries[1].onBehalfOf == "Familie de Vries")
    #expect(entries[0].previous == "")
    #expect(entries[1].previous.count == 64)
    #expect(test.store.accessLogProblems().isEmpty)
    #expect(try test.store.accessEntries(who: "linda kamphuis").count == 4)
  }

  @Test func oneReplicasEntriesKeepTheirOrderWhenItsClockWentBack() throws {
    let test = try TestStore()
    defer { test.remove() }
    func line(_ sequence: Int, _ at: String, _ part: String) -> String {
      "{\"action\":\"view\",\"at\":\"2026-11-29T\(at):00Z\",\"family\":\"FV-2026-0001\","
        + "\"machine\":\"m\",\"part\":\"\(part)\",\"previous\":\"\",\"sequence\":\(sequence),"
        + "\"who\":\"x\"}"
    }
    // Replica a's clock went back between its two entries; b wrote in between.
    try Self.write(
      test, "access/a/2026-11.jsonl", [line(1, "10:05", "a1"), line(2, "10:01", "a2")])
    try Self.write(test, "access/b/2026-11.jsonl", [line(1, "10:03", "b1")])
    #expect(try test.store.accessEntries().map(\.part) == ["b1", "a1", "a2"])
  }

  @Test func anEditedLineIsFound() throws {
    let (test, relative) = try Self.logged(4)
    defer { test.remove() }
    var lines = try Self.lines(test, relative)
    lines[1] = lines[1].replacingOccurrences(of: "Linda Kamphuis", with: "Iemand Anders")
    try Self.write(test, relative, lines)
    let problems = test.store.accessLogProblems()
    #expect(problems.map { "\($0.path):\($0.line)" } == ["\(test.file(relative)):3"], "\(problems)")
    #expect(problems.first?.message.contains("chain breaks here") == true)
  }

  @Test func aRemovedLineIsFound() throws {
    let (test, relative) = try Self.logged(4)
    defer { test.remove() }
    var lines = try Self.lines(test, relative)
    lines.remove(at: 1)
    try Self.write(test, relative, lines)
    #expect(
      test.store.accessLogProblems().map { "\($0.path):\($0.line)" } == ["\(test.file(relative)):2"]
    )
  }

  @Test func aMovedLineIsFound() throws {
    let (test, relative) = try Self.logged(4)
    defer { test.remove() }
    var lines = try Self.lines(test, relative)
    lines.swapAt(1, 2)
    try Self.write(test, relative, lines)
    let paths = test.store.accessLogProblems().map { "\($0.path):\($0.line)" }
    #expect(paths.contains("\(test.file(relative)):2"), "\(paths)")
  }

  @Test func aLineCutShortIsSkippedAndTheRestStillVerifies() throws {
    let (test, relative) = try Self.logged(3)
    defer { test.remove() }
    var data = try test.bytes(relative)
    data.removeLast(40)  // the last entry cut by a crash, without its newline
    try test.put(relative, data)
    let cut = test.store.accessLogProblems()
    #expect(cut.map { "\($0.path):\($0.line)" } == ["\(test.file(relative)):3"])
    #expect(cut.first?.message.contains("cut short") == true)
    // The next entry ends the cut line and chains to the last whole one.
    try test.store.logAccess([("FV-2026-0002", .view, "history")], who: "secretaris")
    let after = test.store.accessLogProblems()
    #expect(after.count == 1, "\(after)")
    #expect(after.first.map { "\($0.path):\($0.line)" } == "\(test.file(relative)):3")
    let entries = try test.store.accessEntries()
    #expect(entries.map(\.sequence) == [1, 2, 3])
    #expect(entries.last?.family == "FV-2026-0002")
  }

  @Test func checkReportsTheChain() throws {
    let (test, relative) = try Self.logged(2)
    defer { test.remove() }
    var lines = try Self.lines(test, relative)
    lines[0] = lines[0].replacingOccurrences(of: "board 1", with: "board 9")
    try Self.write(test, relative, lines)
    let result = test.store.check()
    #expect(
      result.problems.contains { "\($0.path):\($0.line)" == "\(test.file(relative)):2" },
      "\(result.problems)")
  }
}
