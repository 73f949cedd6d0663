// A family file that is broken (truncated, wrong types, not UTF-8, empty) is
// reported by `tafel check` as path:line:column and never rewritten, while the
// other families stay readable and writable.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("corrupt family files")
struct CliCorruptFileTests {
  enum Damage: String, CaseIterable, Sendable {
    case truncated
    case wrongTypes
    case notUTF8
    case empty

    /// The damaged bytes, and the line the problem must be reported on (nil: any line).
    func apply(to data: Data) -> (Data, Int?) {
      let text = String(decoding: data, as: UTF8.self)
      switch self {
      case .truncated:
        return (data.prefix(data.count / 2), nil)
      case .wrongTypes:
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { $0.hasPrefix("  \"phase\" : ") }!
        var changed = lines.map(String.init)
        changed[index] = "  \"phase\" : 42,"
        return (Data(changed.joined(separator: "\n").utf8), index + 1)
      case .notUTF8:
        var bytes = [UInt8](data)
        let position = bytes.firstIndex { $0 >= 0x80 } ?? bytes.count / 2
        bytes.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: position)
        return (Data(bytes), nil)
      case .empty:
        return (Data(), 1)
      }
    }
  }

  @Test(
    "check reports path:line:column, the file is untouched, other families still work",
    arguments: Damage.allCases)
  func corrupt(_ damage: Damage) throws {
    let store = try CliStore()
    let broken = DemoFamily.id(52)
    let relative = StoreLayout.familyFile(broken)
    let (bytes, line) = damage.apply(to: try #require(store.data(relative)))
    try store.overwrite(relative, with: bytes)

    let check = try store.tafel(["check"])
    #expect(check.status == 1, "\(check)")
    let prefix = store.file(relative) + ":"
    let reported = check.stdoutLines.filter { $0.hasPrefix(prefix) }
    #expect(reported.count == 1, "\(check)")
    let position =
      reported.first.map { String($0.dropFirst(prefix.count)).split(separator: ":") } ?? []
    #expect(position.count >= 3)
    if position.count >= 3 {
      #expect(Int(position[0]) != nil && Int(position[1]) != nil, "\(reported)")
      if let line { #expect(Int(position[0]) == line, "\(reported)") }
      #expect(!position[2].trimmingCharacters(in: .whitespaces).isEmpty)
    }
    #expect(store.data(relative) == bytes)
    #expect(check.stderrLines.count == 1, "\(check)")

    // Another family is read and written as usual.
    let other = try store.tafel([
      "decide", DemoFamily.id(96), "--outcome", "no-investigation", "--rationale", "Gaat goed.",
    ])
    #expect(other.status == 0, "\(other)")
    #expect(try store.tafel(["history", DemoFamily.id(96)]).status == 0)

    // The broken family itself: refused with its position, still untouched.
    let refused = try store.tafel([
      "decide", broken, "--outcome", "no-investigation", "--rationale", "x", "--child-view", "x",
    ])
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.stderrLines.count == 1)
    #expect(refused.stderr.contains(prefix))
    let history = try store.tafel(["history", broken])
    #expect(history.status == 1)
    #expect(history.stderr.contains(prefix))
    #expect(store.data(relative) == bytes)

    let again = try store.tafel(["check"])
    #expect(again.status == 1)
    #expect(again.stdoutLines.filter { $0.hasPrefix(prefix) }.count == 1)
    #expect(store.data(relative) == bytes)
  }
}
