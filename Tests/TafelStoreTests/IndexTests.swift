// The index of family summaries is kept up to date by Tafel's own writes, and
// repaired when another program changed the families behind its back.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store index")
struct IndexTests {
  func indexedNames(_ test: TestStore) throws -> [String] {
    let index = try JSONDecoder().decode(FamilyIndex.self, from: try test.bytes("index.json"))
    return index.families.map(\.name)
  }

  @Test func ownWritesKeepTheIndexCurrent() throws {
    let test = try TestStore()
    defer { test.remove() }
    try test.store.updateFamily("FV-2026-0002", by: "x", what: "rename") {
      $0.name = "Familie Bakker"
    }
    try test.store.createFamily(TestStore.family("FV-2026-0003", name: "Familie Çelik"), by: "x")
    #expect(try indexedNames(test) == ["Familie de Vries", "Familie Bakker", "Familie Çelik"])
    #expect(test.store.check().isClean)
  }

  @Test func staleIndexIsReportedAndRebuilt() throws {
    let test = try TestStore()
    defer { test.remove() }
    // Another program renames a family and adds one, without touching the index.
    let relative = StoreLayout.familyFile("FV-2026-0002")
    let text = String(decoding: try test.bytes(relative), as: UTF8.self)
    try test.put(
      relative, text.replacingOccurrences(of: "Familie de Vries", with: "Familie Jansen"))
    let added = try TafelJSON.encode(TestStore.family("FV-2026-0004", name: "Familie Kaya"))
    try test.put(StoreLayout.familyFile("FV-2026-0004"), added)
    let problems = test.store.check().problems
    #expect(problems.count == 1)
    #expect(problems.first?.path == test.file("index.json"))
    #expect(problems.first?.message.contains("stale index") == true)

    let names = try test.store.summaries().map(\.name)
    #expect(names == ["Familie de Vries", "Familie Jansen", "Familie Kaya"])
    #expect(try indexedNames(test) == names)
    #expect(test.store.check().isClean)
  }

  @Test func manyFamiliesWrittenByOthersAreAllPickedUp() throws {
    let test = try TestStore()
    defer { test.remove() }
    let ids = (10..<40).map { "FV-2026-00\($0)" }
    for id in ids {
      try test.put(
        StoreLayout.familyFile(id),
        try TafelJSON.encode(TestStore.family(id, name: "Familie \(id)")))
    }
    try test.put(StoreLayout.familyFile("FV-2026-0099"), "{ not json")
    let summaries = try test.store.summaries()
    #expect(summaries.map(\.id) == ["FV-2026-0001", "FV-2026-0002"] + ids)
    #expect(summaries.last?.name == "Familie FV-2026-0039")
    #expect(try indexedNames(test).count == 32)
  }

  @Test func missingIndexIsRebuiltAndDeletedFamiliesLeave() throws {
    let test = try TestStore()
    defer { test.remove() }
    try FileManager.default.removeItem(atPath: test.file("index.json"))
    try FileManager.default.removeItem(atPath: test.file(StoreLayout.familyFile("FV-2026-0002")))
    #expect(test.store.check().problems.map(\.path) == [test.file("index.json")])
    #expect(try test.store.summaries().map(\.id) == ["FV-2026-0001"])
    #expect(FileManager.default.fileExists(atPath: test.file("index.json")))
    try test.store.rebuildIndex()
    #expect(test.store.check().isClean)
  }
}

@Suite("Store index reading")
struct IndexReadingTests {
  func read(_ data: Data) -> FamilyIndex? {
    try? StoreDecoder.decode(FamilyIndex.self, from: [UInt8](data))
  }

  @Test func readsWhatJSONDecoderReads() throws {
    let summaries = [
      FamilySummary(
        id: "FV-1", name: "Familie Öztürk \"de\" \\ / \u{1F600} 李", municipality: "Ede",
        phase: .drang),
      FamilySummary(id: "FV-2", name: "Tab\there\nline", municipality: "Nijkerk", phase: .closed),
    ]
    let data = try TafelJSON.encode(
      FamilyIndex(verifiedBefore: 1_234_567_890_123, families: summaries))
    let index = try #require(read(data))
    #expect(index == (try JSONDecoder().decode(FamilyIndex.self, from: data)))
    #expect(index.families == summaries)
    #expect(index.verifiedBefore == 1_234_567_890_123)
    let escaped = Data(
      (#"{"format":"tafel-index","version":1,"verifiedBefore":5,"families":"#
        + #"[{"id":"A","name":"\u00d6z\ud83d\ude00","municipality":"E","phase":"table"}]}"#).utf8)
    #expect(read(escaped)?.families.first?.name == "Öz\u{1F600}")
  }

  @Test func givesUpOnAnythingUnexpected() {
    #expect(read(Data("{\"format\":\"tafel-index\"}".utf8)) == nil)
    let badPhase =
      #"{"format":"tafel-index","version":1,"verifiedBefore":5,"families":"#
      + #"[{"id":"A","name":"B","municipality":"E","phase":"nonsense"}]}"#
    #expect(read(Data(badPhase.utf8)) == nil)
    #expect(read(Data()) == nil)
  }
}
