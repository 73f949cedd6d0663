// The store's own decoder reads what Foundation's JSONDecoder reads, value
// for value, and refuses what it refuses, with a position; the escapes and
// the numbers that a hand-made decoder most easily gets wrong are pinned here.

import Foundation
import TafelCore
import TafelDemo
import Testing

@testable import TafelStore

private struct Inner: Decodable { var score: Int }
private struct Outer: Decodable { var items: [Inner] }

@Suite("Store decoder")
struct StoreDecoderTests {
  static let today = Day(year: 2026, month: 11, day: 30)!

  func both<Value: Codable & Equatable>(_ value: Value) throws -> (Value, Value) {
    let data = try TafelJSON.encode(value)
    return (
      try StoreDecoder.decode(Value.self, from: [UInt8](data)),
      try JSONDecoder().decode(Value.self, from: data)
    )
  }

  @Test(
    "every demo and synthetic family, meeting and the directory decode as JSONDecoder decodes them")
  func sameAsFoundation() throws {
    let demo = DemoData.make(today: Self.today)
    let synthetic = SyntheticData.make(families: 300, seed: 7, today: Self.today)
    for family in demo.families + synthetic.families {
      let (ours, foundation) = try both(family)
      #expect(ours == foundation)
      #expect(ours == family)
    }
    for meeting in demo.meetings {
      let (ours, foundation) = try both(meeting)
      #expect(ours == foundation)
    }
    #expect(try both(demo.directory).0 == demo.directory)
    #expect(try both(demo.info).0 == demo.info)
  }

  @Test("escapes: quotes, backslashes, control escapes, \\u with surrogate pairs")
  func escapes() throws {
    let json = #"["a\"b\\c\/d", "\n\t\r\b\f", "\u00e9\u20AC", "\ud83d\ude00 x", "plain é ✓"]"#
    let ours = try StoreDecoder.decode([String].self, from: Array(json.utf8))
    let foundation = try JSONDecoder().decode([String].self, from: Data(json.utf8))
    #expect(ours == foundation)
    #expect(ours == ["a\"b\\c/d", "\n\t\r\u{08}\u{0C}", "é€", "😀 x", "plain é ✓"])
  }

  @Test("an escaped key finds its field")
  func escapedKey() throws {
    struct Named: Decodable, Equatable { var name: String }
    let json = #"{"n\u0061me": "Jansen"}"#
    #expect(try StoreDecoder.decode(Named.self, from: Array(json.utf8)) == Named(name: "Jansen"))
  }

  @Test("numbers: whole floats are integers, fractions and overflow are refused")
  func numbers() throws {
    #expect(
      try StoreDecoder.decode([Int].self, from: Array("[0, -12, 1e2, 9223372036854775807]".utf8))
        == [0, -12, 100, Int.max])
    #expect(
      try StoreDecoder.decode([Double].self, from: Array("[0.5, -1e-3, 7]".utf8)) == [
        0.5, -0.001, 7,
      ])
    #expect(throws: DecodingError.self) {
      try StoreDecoder.decode([Int].self, from: Array("[1.5]".utf8))
    }
    #expect(throws: DecodingError.self) {
      try StoreDecoder.decode([UInt8].self, from: Array("[256]".utf8))
    }
    #expect(throws: DecodingError.self) {
      try StoreDecoder.decode([UInt].self, from: Array("[-1]".utf8))
    }
  }

  @Test("wrong types, nulls and missing keys carry the coding path of the value")
  func errorsCarryThePath() throws {
    func path(_ json: String) -> String? {
      do {
        _ = try StoreDecoder.decode(Outer.self, from: Array(json.utf8))
        return nil
      } catch let error as DecodingError {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .keyNotFound(_, let found),
          .dataCorrupted(let found):
          context = found
        @unknown default: return "?"
        }
        return context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
          .joined(separator: ".")
      } catch {
        return "\(error)"
      }
    }
    #expect(path(#"{"items": [{"score": 1}, {"score": "x"}]}"#) == "items.[1].score")
    #expect(path(#"{"items": [{"score": 1}, {"score": null}]}"#) == "items.[1].score")
    #expect(path(#"{"items": [{"score": 1}, {}]}"#) == "items.[1]")
    #expect(path(#"{"items": {"score": 1}}"#) == "items")
    #expect(path(#"{"items": [{"score": 1}]}"#) == nil)
  }

  @Test("bytes that are not UTF-8 inside a string are a problem at that byte")
  func invalidUTF8() throws {
    let test = try TestStore()
    defer { test.remove() }
    let relative = StoreLayout.familyFile("FV-2026-0001")
    var bytes = [UInt8](try test.bytes(relative))
    let name = try #require(bytes.firstRange(of: Array("Familie".utf8)))
    bytes[name.lowerBound + 1] = 0xFF
    try test.put(relative, Data(bytes))
    let lines = bytes[..<(name.lowerBound + 1)].split(
      separator: 0x0A, omittingEmptySubsequences: false)
    #expect {
      _ = try test.store.family("FV-2026-0001")
    } throws: { error in
      guard case StoreError.problem(let problem) = error else { return false }
      return problem.line == lines.count && problem.column == lines.last!.count + 1
        && problem.message.contains("not UTF-8 text (byte 0xFF)")
    }
    #expect(test.store.check().problems.contains { $0.message.contains("not UTF-8") })
  }
}

extension StoreDecoderTests {
  @Test("a JSON tree (kept unknown fields) reads as JSONDecoder reads it")
  func treeSameAsFoundation() throws {
    let demo = DemoData.make(today: Self.today)
    for family in demo.families.prefix(5) {
      let data = try TafelJSON.encode(family)
      #expect(
        try StoreJSON.decode(JSONValue.self, from: data)
          == JSONDecoder().decode(JSONValue.self, from: data))
    }
    let json = #"{"a": [1, 2.5, -3, true, false, null, "x\ny"], "b": {}, "c": []}"#
    #expect(
      try StoreJSON.decode(JSONValue.self, from: Data(json.utf8))
        == JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)))
    // Except where Foundation would not write a number back as it was written:
    // the store keeps its text (an unknown field is kept as written).
    #expect(
      try StoreJSON.decode(JSONValue.self, from: Data(#"[-3e2, 0e1, 1.50]"#.utf8))
        == .array([.numberText("-3e2"), .numberText("0e1"), .numberText("1.50")]))
  }
}
