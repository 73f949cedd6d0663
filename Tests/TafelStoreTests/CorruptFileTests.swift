// A bad file is reported with its path and the position of what is wrong, is
// never rewritten, and does not stop the rest of the store from working.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store corrupt files")
struct CorruptFileTests {
  static let relative = StoreLayout.familyFile("FV-2026-0001")

  /// Puts `bad` in place of family 1, then checks the report and that nothing moved.
  func expectReported(_ bad: Data, line: Int, column: Int, containing words: String) throws {
    let test = try TestStore()
    defer { test.remove() }
    try test.put(Self.relative, bad)
    var problem: StoreProblem?
    do {
      _ = try test.store.family("FV-2026-0001")
    } catch StoreError.problem(let found) {
      problem = found
    }
    let found = try #require(problem)
    #expect(found.path == test.file(Self.relative))
    #expect((found.line, found.column) == (line, column), "\(found)")
    #expect(found.message.contains(words), "\(found)")
    #expect(found.description.hasPrefix(test.file(Self.relative) + ":\(line):\(column): "))

    #expect(throws: StoreError.problem(found)) {
      try test.store.updateFamily("FV-2026-0001", by: "x", what: "y") { $0.name = "Overwritten" }
    }
    #expect(try test.bytes(Self.relative) == bad)

    try test.store.updateFamily("FV-2026-0002", by: "x", what: "y") { $0.name = "Familie Jansen" }
    #expect(try test.store.family("FV-2026-0002").name == "Familie Jansen")
    #expect(try test.store.summaries().map(\.id) == ["FV-2026-0002"])
    #expect(test.store.check().problems.contains(found))
  }

  @Test func emptyFile() throws {
    try expectReported(Data(), line: 1, column: 1, containing: "empty file")
  }

  @Test func truncatedFile() throws {
    let test = try TestStore()
    defer { test.remove() }
    let whole = try test.bytes(Self.relative)
    let cut = whole.prefix(whole.count / 2)
    let lines = String(decoding: cut, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    try expectReported(
      Data(cut), line: lines.count, column: lines.last!.count + 1, containing: "cut short")
  }

  @Test func wrongType() throws {
    let test = try TestStore()
    defer { test.remove() }
    let text = String(decoding: try test.bytes(Self.relative), as: UTF8.self)
    let bad = text.replacingOccurrences(of: "\"minutes\"", with: "\"minutes\"")
      .replacingOccurrences(of: "\"director\" : \"P-1\"", with: "\"director\" : 17")
    let lines = bad.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines.firstIndex { $0.contains("\"director\" : 17") }! + 1
    let column = Array(lines[line - 1]).firstIndex(of: "1")! + 1
    try expectReported(Data(bad.utf8), line: line, column: column, containing: "plan.director")
  }

  @Test func missingField() throws {
    let test = try TestStore()
    defer { test.remove() }
    let text = String(decoding: try test.bytes(Self.relative), as: UTF8.self)
    let bad = text.replacingOccurrences(of: "\"municipality\" : \"Ede\",\n", with: "")
    try expectReported(
      Data(bad.utf8), line: 1, column: 1, containing: "missing field \"municipality\"")
  }

  @Test func notUTF8() throws {
    let test = try TestStore()
    defer { test.remove() }
    var bytes = [UInt8](try test.bytes(Self.relative))
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines.firstIndex { $0.contains("Familie de Vries") }! + 1
    let offset = bytes.indices.first { bytes[$0...].starts(with: Array("Vries".utf8)) }!
    bytes[offset] = 0xFF
    let column = Array(lines[line - 1]).firstIndex(of: "V")! + 1
    try expectReported(Data(bytes), line: line, column: column, containing: "not UTF-8")
  }

  @Test func syntaxErrorInTheMiddle() throws {
    let test = try TestStore()
    defer { test.remove() }
    let text = String(decoding: try test.bytes(Self.relative), as: UTF8.self)
    let bad = text.replacingOccurrences(
      of: "\"phase\" : \"table\",", with: "\"phase\" : \"table\",,")
    let lines = bad.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines.firstIndex { $0.contains(",,") }! + 1
    let column = Array(lines[line - 1]).lastIndex(of: ",")! + 1
    try expectReported(Data(bad.utf8), line: line, column: column, containing: "unexpected ','")
  }

  @Test func idThatIsNotTheFileName() throws {
    let test = try TestStore()
    defer { test.remove() }
    let text = String(decoding: try test.bytes(Self.relative), as: UTF8.self)
    let bad = text.replacingOccurrences(
      of: "\"id\" : \"FV-2026-0001\"", with: "\"id\" : \"FV-2026-0003\"")
    let lines = bad.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines.firstIndex { $0.contains("\"id\" : \"FV-2026-0003\"") }! + 1
    try expectReported(
      Data(bad.utf8), line: line, column: 10, containing: "does not match the file name")
  }

  @Test func positionsCountCharactersNotBytes() {
    let bytes = Array("{\n  \"naam\" : \"Zoë\" x".utf8)
    let error = JSONPosition.syntaxError(in: bytes)!
    let (line, column) = JSONPosition.lineAndColumn(of: error.offset, in: bytes)
    #expect((line, column) == (2, 18))
  }

  /// A file cut off at every byte, and bytes overwritten at many places: the
  /// scanners never crash, and every problem points inside the file.
  @Test func everyTruncationAndManyFlipsGetAPlaceInTheFile() throws {
    let whole = try TafelJSON.encode(TestStore.family("FV-2026-0001"))
    let lastBrace = whole.lastIndex(of: UInt8(ascii: "}"))!
    func expectPlaced(_ bytes: Data, _ what: String) {
      let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      do {
        _ = try FileDecoding.decode(Family.self, from: bytes, path: "f.json")
      } catch {
        guard case .problem(let problem) = error else {
          Issue.record("\(what): \(error)")
          return
        }
        #expect(problem.line >= 1 && problem.line <= lines.count, "\(what): \(problem)")
        #expect(problem.column >= 1, "\(what): \(problem)")
      }
    }
    for length in 0..<whole.count {
      let cut = whole.prefix(length)
      expectPlaced(cut, "cut at \(length)")
      if length < lastBrace { #expect(KeyPaths.of(cut) == nil, "cut at \(length)") }
    }
    // A NUL, a quote, closing brackets and a byte that is never UTF-8, every 5th byte.
    for position in stride(from: 0, to: whole.count, by: 5) {
      for value: UInt8 in [0x00, 0x22, 0x5D, 0x7D, 0xFF] {
        var flipped = whole
        flipped[position] = value
        expectPlaced(flipped, "byte \(position) set to \(value)")
        _ = KeyPaths.of(flipped)
      }
    }
  }
}
