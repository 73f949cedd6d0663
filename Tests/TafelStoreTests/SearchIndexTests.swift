// The search index answers as reading every family would, from a cache that
// is rebuilt when missing or broken and follows every change of a family.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Search index")
struct SearchIndexTests {
  func fromFiles(_ test: TestStore, _ query: String) throws -> [ContentMatch] {
    let lookup = DirectoryLookup(try test.store.directory())
    let words = Folding.fold(query).split(separator: " ").map(String.init)
    let matches = try test.store.familyIDs().compactMap {
      FamilyContent.match(try test.store.family($0), lookup: lookup, words: words)
    }
    return matches.filter(\.atWordStart) + matches.filter { !$0.atWordStart }
  }

  @Test func answersAsReadingEveryFamilyAndFollowsChanges() throws {
    var second = TestStore.family("FV-2026-0002", name: "Familie Öztürk")
    second.plan.concerns = ["Schoolverzuim van Zoë", "Ruzie\tthuis\nvaak"]
    let test = try TestStore(families: [TestStore.family("FV-2026-0001"), second])
    defer { test.remove() }
    let cache = test.root + "/cache"
    let index = SearchIndex(store: test.store, directory: cache)
    for query in ["zoe", "ozturk", "school", "ruzie thuis", "help", "danielle", "nergens"] {
      #expect(index.search(query, limit: 200) == (try fromFiles(test, query)), "\(query)")
    }
    #expect(index.search("ruzie thuis vaak", limit: 200).map(\.familyID) == ["FV-2026-0002"])
    // The cache is on disk, outside the store; a new index reads it back.
    let files = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(!files.isEmpty)
    let again = SearchIndex(store: test.store, directory: cache)
    #expect(again.search("schoolverzuim", limit: 200).map(\.familyID) == ["FV-2026-0002"])
    // A family written by Tafel, and one added by another program: found as they are now.
    try test.store.updateFamily("FV-2026-0001", by: "x", what: "concern") {
      $0.plan.concerns.append("Huiselijk geweld")
    }
    try test.put(
      StoreLayout.familyFile("FV-2026-0033"),
      try TafelJSON.encode(TestStore.family("FV-2026-0033", name: "Familie Kaya")))
    #expect(again.search("geweld", limit: 200).map(\.familyID) == ["FV-2026-0001"])
    #expect(again.search("kaya", limit: 200).map(\.familyID) == ["FV-2026-0033"])
    // A broken cache file is rebuilt, never trusted.
    for file in try FileManager.default.contentsOfDirectory(atPath: cache) {
      try Data("tafel-search 1\tgarbage\nnot\ta line\n".utf8).write(
        to: URL(fileURLWithPath: cache + "/" + file))
    }
    let rebuilt = SearchIndex(store: test.store, directory: cache)
    #expect(rebuilt.search("geweld", limit: 200).map(\.familyID) == ["FV-2026-0001"])
    // A professional renamed: every entry follows the new name.
    try test.store.updateDirectory(by: "x", what: "rename") { directory in
      directory.professionals[0].name = "Daniëlle van Dam"
    }
    #expect(rebuilt.search("van dam", limit: 200).count == 3)
  }
}
