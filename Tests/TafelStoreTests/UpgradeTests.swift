// Format 1 kept family files flat in families/; format 2 keeps them in shards.
// An old store is refused with the command that upgrades it, and the upgrade
// moves every file, loses nothing, and finishes when run again after a cut.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store upgrade from format 1")
struct UpgradeTests {
  /// Turns a fresh store back into format 1: files flat, version 1.
  static func makeFormatOne(_ test: TestStore, ids: [String]) throws {
    let files = FileManager.default
    for id in ids {
      try files.moveItem(
        atPath: test.file(StoreLayout.familyFile(id)), toPath: test.file("families/\(id).json"))
    }
    let info = String(decoding: try test.bytes("store.json"), as: UTF8.self)
    try test.put(
      "store.json", info.replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : 1"))
  }

  @Test func formatOneIsRefusedWithTheUpgradeCommand() throws {
    let test = try TestStore()
    defer { test.remove() }
    try UpgradeTests.makeFormatOne(test, ids: ["FV-2026-0001", "FV-2026-0002"])
    #expect {
      _ = try Store.open(test.path)
    } throws: { error in
      "\(error)".contains("format version 1") && "\(error)".contains("tafel upgrade")
    }
  }

  @Test func upgradeMovesEveryFamilyAndIsFinishedByRunningItAgain() throws {
    let test = try TestStore()
    defer { test.remove() }
    let before = try ["FV-2026-0001", "FV-2026-0002"].map { try test.store.family($0) }
    let bytes = try test.bytes(StoreLayout.familyFile("FV-2026-0002"))
    try UpgradeTests.makeFormatOne(test, ids: ["FV-2026-0001", "FV-2026-0002"])
    // An upgrade cut short: one file already in its shard, store.json still 1.
    try FileManager.default.moveItem(
      atPath: test.file("families/FV-2026-0001.json"),
      toPath: test.file(StoreLayout.familyFile("FV-2026-0001")))

    let upgrade = try Store.upgrade(test.path, by: "beheer", clock: { TestStore.now })
    #expect(upgrade == Store.Upgrade(from: 1, to: 2, moved: 1))
    let store = try Store.open(test.path)
    #expect(try store.familyIDs() == ["FV-2026-0001", "FV-2026-0002"])
    #expect(try ["FV-2026-0001", "FV-2026-0002"].map { try store.family($0) } == before)
    #expect(try test.bytes(StoreLayout.familyFile("FV-2026-0002")) == bytes)
    #expect(try store.info().changes.last?.what == "upgraded the store from format 1 to 2")
    #expect(try store.check().problems.isEmpty)
    let again = try Store.upgrade(test.path, by: "beheer", clock: { TestStore.now })
    #expect(again == Store.Upgrade(from: 2, to: 2, moved: 0))
  }

  @Test func shardIsTheLastTwoDigits() {
    #expect(StoreLayout.familyShard("FV-2026-0043") == "43")
    #expect(StoreLayout.familyShard("FV-2026-0043-lap") == "43")
    #expect(StoreLayout.familyShard("X-7") == "07")
    #expect(StoreLayout.familyShard("abc") == "00")
    #expect(StoreLayout.familyFile("FV-2026-0043") == "families/43/FV-2026-0043.json")
    #expect(StoreFile("families/43/FV-2026-0043.json") == .family("FV-2026-0043"))
    #expect(StoreFile("families/FV-2026-0043.json") == .other)
    #expect(StoreFile("families/42/FV-2026-0043.json") == .other)
  }
}
