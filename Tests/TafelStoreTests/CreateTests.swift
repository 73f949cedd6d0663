// Creating and opening a store: where it is found, what a new one holds, and
// refusing to create over anything that is already there.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store create and open")
struct CreateTests {
  @Test func locatePrefersFlagThenEnvironment() {
    #expect(Store.locate(explicit: "/a", environment: ["TAFEL_STORE": "/b"]).path == "/a")
    #expect(
      Store.locate(explicit: nil, environment: ["TAFEL_STORE": "/b", "XDG_DATA_HOME": "/x"]).path
        == "/b")
    #expect(
      Store.locate(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path
        == "/x/tafel")
    #expect(
      Store.locate(explicit: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/tafel")
  }

  @Test func newStoreHasTheLayoutAndModes() throws {
    let test = try TestStore()
    defer { test.remove() }
    for name in [
      "store.json", "organisations.json", "index.json", StoreLayout.familyFile("FV-2026-0001"),
      "meetings/JBT-2026-11-29.json",
    ] {
      #expect(test.mode(name) == 0o600, "\(name)")
    }
    for name in ["", "families", "meetings", "drafts", ".locks"] {
      #expect(test.mode(name) == 0o700, "\(name)")
    }
    let opened = try Store.open(test.path)
    #expect(try opened.info().region == "Foodvalley")
    #expect(opened.permissionWarnings().isEmpty)
  }

  @Test func createRefusesANonEmptyDirectoryAndTouchesNothing() throws {
    let root = FileManager.default.temporaryDirectory.path + "/tafel-create-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: root + "/notes.txt"))
    #expect(throws: StoreError.notEmpty(root)) {
      try Store.create(
        at: root, info: StoreInfo(region: "R", familyPrefix: "R"), directory: Directory(), by: "x")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["notes.txt"])
  }

  @Test func openingSomethingElseSaysSo() throws {
    let root = FileManager.default.temporaryDirectory.path + "/tafel-open-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(throws: StoreError.io(path: root, message: "no such directory")) {
      try Store.open(root)
    }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    #expect(throws: StoreError.notAStore(root)) { try Store.open(root) }
  }

  @Test func corruptStoreFileIsReportedWithItsPosition() throws {
    let test = try TestStore()
    defer { test.remove() }
    try test.put("store.json", "{\n  \"format\" : \"tafel-store\",\n  \"version\" : \"one\"\n}\n")
    #expect(throws: StoreError.self) { try Store.open(test.path) }
    do {
      _ = try Store.open(test.path)
    } catch StoreError.problem(let problem) {
      #expect(problem.path == test.file("store.json"))
      #expect((problem.line, problem.column) == (3, 15))
      #expect(problem.message.contains("version"))
    }
  }
}
