// The board's commits are made on a thread of their own (Git/BackgroundCommits):
// a save returns before its commit; when the commits are finished every
// change is in git with its own words, two changes to one file queued
// together are one commit that names both, and the committed file is the
// file on disk.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("commits off the key's path")
struct BackgroundCommitsTests {
  static func git(_ store: Store, _ arguments: [String]) throws -> String {
    let result = try GitProcess.run(arguments, in: store.path)
    return result.text
  }

  @Test("every queued change is committed with its words; the tree holds the file on disk")
  func queuedChangesAreCommitted() throws {
    guard GitProcess.isAvailable else { return }
    let test = try TestStore()
    let store = test.store
    try store.makeRepository(by: "tester", driver: "true")
    let before = try Int(BackgroundCommitsTests.git(store, ["rev-list", "--count", "HEAD"])) ?? 0
    store.commitInBackground()
    try store.updateFamily("FV-2026-0001", by: "chair", what: "first note") {
      $0.plan.concerns.append("first")
    }
    try store.updateFamily("FV-2026-0001", by: "chair", what: "second note") {
      $0.plan.concerns.append("second")
    }
    try store.updateFamily("FV-2026-0002", by: "chair", what: "other family") {
      $0.plan.concerns.append("other")
    }
    store.finishCommits()
    #expect(store.takeCommitProblems().isEmpty)
    let log = try BackgroundCommitsTests.git(store, ["log", "--format=%an|%B", "HEAD"])
    // Whatever the thread found queued together, no change's words are lost.
    for words in ["first note", "second note", "other family"] {
      #expect(log.contains(words), "\(log)")
    }
    let after = try Int(BackgroundCommitsTests.git(store, ["rev-list", "--count", "HEAD"])) ?? 0
    #expect((before + 2)...(before + 3) ~= after, "\(log)")
    // Nothing left uncommitted: git's tree is the disk (the access log's
    // lines wait for the sync, by design).
    let status = try BackgroundCommitsTests.git(store, ["status", "--porcelain"])
    #expect(status.split(separator: "\n").allSatisfy { $0.contains("access/") }, "\(status)")
    #expect(
      StoreRepository(store: store.path)?.pending().allSatisfy { $0.hasPrefix("access/") } == true)
  }

  @Test("changes sharing a file, queued together, are one commit naming each, the first as subject")
  func sameFileIsOneCommit() {
    let queue = BackgroundCommits()
    let at = TestStore.now
    for (paths, message) in [
      (["families/a.json"], "A: one\n"), (["meetings/m.json"], "M: started\n"),
      (["families/a.json", "meetings/m.json"], "A: two\n"), (["families/b.json"], "B: three\n"),
    ] {
      queue.add(.init(paths: paths, by: "chair", message: message, at: at))
    }
    // The third shares a file with the first and with the second: all three are one.
    let first = queue.take(touching: nil)
    #expect(first?.paths == ["families/a.json", "meetings/m.json"])
    #expect(first?.message == "A: one\n\nM: started\nA: two\n")
    #expect(queue.waiting == ["families/a.json", "meetings/m.json", "families/b.json"])
    #expect(queue.take(touching: ["families/a.json"]) == nil)
    #expect(queue.take(touching: nil)?.message == "B: three\n")
    #expect(queue.take(touching: nil) == nil)
  }
}
