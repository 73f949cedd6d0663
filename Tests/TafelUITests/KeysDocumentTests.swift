// docs/keys.md is made from the action table; this test keeps them equal.
// After changing a key: TAFEL_RECORD=1 swift test --filter KeysDocumentTests

import Foundation
import TafelScreen
import TafelTestSupport
import TafelUI
import Testing

@Suite("Keys document")
struct KeysDocumentTests {
  static let file = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/keys.md")

  @Test("docs/keys.md matches the action table")
  func matches() throws {
    GoldenFile.check(
      KeysDocument.markdown(), at: KeysDocumentTests.file, name: "docs/keys.md",
      rerecord: "KeysDocumentTests")
  }

  @Test("no key means two things in the same place")
  func noClashes() {
    let groups: [[ActionContext]] = [
      [.list, .board, .meeting], [.fullScreen, .list, .board, .meeting],
    ]
    for contexts in groups {
      var seen: [Key: ActionID] = [:]
      for action in ActionTable.actions(in: contexts) {
        for key in action.keys {
          if let other = seen[key] {
            Issue.record("\(key) means both \(other) and \(action.id)")
          }
          seen[key] = action.id
        }
      }
    }
  }

  @Test("every action has help in both languages")
  func help() {
    for action in ActionTable.all {
      #expect(!action.help(.en).isEmpty)
      #expect(!action.help(.nl).isEmpty)
      #expect(!action.keys.isEmpty)
    }
  }
}
