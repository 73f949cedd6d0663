// Writes are atomic and private: no temporary file is left behind, modes are
// 0600/0700, and many writers on one family all land.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store atomic writes and locks")
struct AtomicWriteTests {
  @Test func writeLeavesNoTemporaryFilesAndKeepsModes() throws {
    let test = try TestStore()
    defer { test.remove() }
    for round in 0..<20 {
      try test.store.updateFamily("FV-2026-0001", by: "x", what: "round \(round)") {
        $0.plan.goals.append("goal \(round)")
      }
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: test.file("families/01"))
    #expect(names == ["FV-2026-0001.json"])
    #expect(test.mode(StoreLayout.familyFile("FV-2026-0001")) == 0o600)
    #expect(try test.store.family("FV-2026-0001").plan.goals.count == 20)
  }

  @Test func atomicFileReplacesWholeOrNothing() throws {
    let test = try TestStore()
    defer { test.remove() }
    let target = test.file("drafts/x.json")
    try AtomicFile.write(Data("first\n".utf8), to: target)
    try AtomicFile.write(Data("second\n".utf8), to: target)
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("second\n".utf8))
    #expect(throws: StoreError.self) {
      try AtomicFile.write(Data("x".utf8), to: test.file("no-such-dir/x.json"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: test.file("drafts")) == ["x.json"])
  }

  @Test func concurrentUpdatesFromTwoThreadsAllLand() async throws {
    let test = try TestStore()
    defer { test.remove() }
    let store = test.store
    let perThread = 60
    await withTaskGroup(of: Void.self) { group in
      for writer in ["A", "B"] {
        group.addTask {
          // Each thread opens the store on its own, as a second process would.
          let own = try! Store.open(store.path, clock: { TestStore.now })
          for number in 0..<perThread {
            try! own.updateFamily("FV-2026-0001", by: writer, what: "note \(number)") {
              $0.plan.safetyAgreements.append("\(writer)\(number)")
            }
          }
        }
      }
    }
    let family = try store.family("FV-2026-0001")
    #expect(family.plan.safetyAgreements.count == 2 * perThread)
    #expect(Set(family.plan.safetyAgreements).count == 2 * perThread)
    #expect(family.changes.filter { $0.by == "A" }.count == perThread)
  }
}
