// The watcher sees a change made by another writer within a second, with
// inotify and with polling, and never reports temporary files or drafts.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store watcher")
struct WatcherTests {
  /// Runs `body` with a test store and a started watcher that collects what it reports.
  func watching(
    polling: Bool, _ body: (TestStore, StoreWatcher, Collected) throws -> Void
  ) throws {
    let test = try TestStore()
    defer { test.remove() }
    let seen = Collected()
    let watcher = StoreWatcher(store: test.store) { seen.add($0) }
    try watcher.start(polling: polling)
    defer { watcher.stop() }
    try body(test, watcher, seen)
  }

  func seesChanges(polling: Bool) throws {
    try watching(polling: polling) { test, watcher, seen in
      #expect(watcher.mode == (polling ? .polling : .inotify))
      // Give polling its first snapshot's tick boundary by changing after start only.
      let other = try Store.open(test.path)
      try other.saveDraft(Data("{}".utf8), family: "FV-2026-0001")
      try other.updateFamily("FV-2026-0002", by: "other", what: "note") {
        $0.plan.goals.append("x")
      }
      #expect(eventually(within: 1.0) { seen.all.contains(.family("FV-2026-0002")) })

      // An editor writing in place, and a new meeting file.
      let relative = StoreLayout.familyFile("FV-2026-0001")
      var text = String(decoding: try test.bytes(relative), as: UTF8.self)
      text = text.replacingOccurrences(of: "school", with: "sleep")
      try test.put(relative, text)
      try other.createMeeting(Meeting(id: "JBT-2026-12-06", date: Day("2026-12-06")!), by: "other")
      #expect(
        eventually(within: 1.0) {
          seen.all.isSuperset(of: [.family("FV-2026-0001"), .meeting("JBT-2026-12-06")])
        })
      // The draft, the temporary files and the locks are not store files.
      #expect(
        seen.all.isSubset(of: [
          .family("FV-2026-0001"), .family("FV-2026-0002"), .meeting("JBT-2026-12-06"),
        ]))
    }
  }

  @Test func inotifySeesAnotherWriter() throws { try seesChanges(polling: false) }

  @Test func pollingSeesAnotherWriter() throws { try seesChanges(polling: true) }

  @Test func reportsOnlyStoreFiles() {
    #expect(StoreWatcher.isReported(StoreLayout.familyFile("FV-1")))
    #expect(StoreWatcher.isReported("store.json"))
    #expect(!StoreWatcher.isReported("families/01/.tmp-FV-1.json-12-abc"))
    #expect(!StoreWatcher.isReported("drafts/FV-1.json"))
    #expect(!StoreWatcher.isReported(".locks/family-FV-1.lock"))
  }

  /// A restore or sync tool that swaps families/ for a new copy: the files in
  /// the new directory are reported, and later changes in it are seen too.
  func seesARestoredDirectory(polling: Bool) throws {
    try watching(polling: polling) { test, _, seen in
      let files = FileManager.default
      let families = test.path + "/families"
      try files.copyItem(atPath: families, toPath: test.path + "/families.restored")
      let restored = test.path + "/families.restored/02/FV-2026-0002.json"
      var text = String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: restored)), as: UTF8.self)
      text = text.replacingOccurrences(of: "school", with: "sport")
      try Data(text.utf8).write(to: URL(fileURLWithPath: restored))
      try files.moveItem(atPath: families, toPath: test.path + "/families.old")
      try files.moveItem(atPath: test.path + "/families.restored", toPath: families)
      #expect(eventually(within: 1.5) { seen.all.contains(.family("FV-2026-0002")) })

      let other = try Store.open(test.path)
      try other.updateFamily("FV-2026-0001", by: "other", what: "note") {
        $0.plan.goals.append("y")
      }
      #expect(eventually(within: 1.5) { seen.all.contains(.family("FV-2026-0001")) })
    }
  }

  @Test func inotifyWatchesARestoredFamiliesDirectory() throws {
    try seesARestoredDirectory(polling: false)
  }

  @Test func pollingSeesARestoredFamiliesDirectory() throws {
    try seesARestoredDirectory(polling: true)
  }
}
