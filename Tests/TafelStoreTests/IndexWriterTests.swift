// index.json is written by hand for speed; it must be the same bytes the
// store's JSON style gives, for every name a family can have.

import Foundation
import Testing

@testable import TafelCore
@testable import TafelStore

@Suite struct IndexWriterTests {
  @Test func writesTheSameBytesAsTheStoresJSONStyle() throws {
    let names = [
      "Familie de Vries", "Familie 王", "Bos 🌻", "Quote \" and \\ backslash", "a/b",
      "Tab\tnew\nline\r\u{08}\u{0C}\u{01}\u{1F}", "Danie\u{0308}lle", "\u{202E}x", "",
    ]
    let families = names.enumerated().map { position, name in
      FamilySummary(
        id: "FV-2026-\(1000 + position)", name: name, municipality: "Ede \(position)",
        phase: Phase.allCases[position % Phase.allCases.count])
    }
    for list in [families, []] {
      let index = FamilyIndex(verifiedBefore: 1_796_121_747_123_456_789, families: list)
      let expected = try TafelJSON.encode(index)
      let written = IndexWriter.encode(index)
      #expect(
        written == expected,
        "\(String(decoding: written, as: UTF8.self))\n---\n\(String(decoding: expected, as: UTF8.self))"
      )
    }
  }
}
