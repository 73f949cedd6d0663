// A symbolic link inside a store — at a shard directory, at access/, at
// .locks/ — is refused like one at a family file (issue 21): Tafel reads and
// writes only inside the store, so nothing is read from or written to where
// the link points, and every other family keeps working.

import Foundation
import TafelStore
import Testing

@Suite("links inside a store are not followed")
struct CliStoreLinksTests {
  /// Moves `relative` out of the store and leaves a link to it in its place.
  static func link(_ store: CliStore, _ relative: String) throws -> String {
    let outside = store.scratch.file("outside-" + relative.replacingOccurrences(of: "/", with: "-"))
    let fileManager = FileManager.default
    if fileManager.fileExists(atPath: store.file(relative)) {
      try fileManager.moveItem(atPath: store.file(relative), toPath: outside)
    } else {
      try fileManager.createDirectory(atPath: outside, withIntermediateDirectories: true)
    }
    try fileManager.createSymbolicLink(atPath: store.file(relative), withDestinationPath: outside)
    return outside
  }

  static func files(_ directory: String) -> [String] {
    (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []).sorted()
  }

  @Test("a shard that is a link: check names it, the family is left out, the others work")
  func linkedShard() throws {
    let store = try CliStore()
    let family = DemoFamily.id(52)
    let shard = PathText.parent(StoreLayout.familyFile(family))
    let outside = try Self.link(store, shard)
    let before = Self.files(outside).map {
      ($0, FileManager.default.contents(atPath: outside + "/" + $0))
    }
    let check = try store.tafel(["check"])
    #expect(check.status == 1)
    #expect(
      check.stdout.contains("a symbolic link; Tafel does not follow links in a store"), "\(check)")
    let list = try store.tafel(["family", "list"])
    #expect(list.status == 0, "\(list)")
    #expect(list.stderr.contains("\(shard): a symbolic link"), "\(list)")
    #expect(!list.stdout.contains(family))
    let other = DemoFamily.id(63)
    #expect(try store.tafel(["history", other]).status == 0)
    let after = Self.files(outside).map {
      ($0, FileManager.default.contents(atPath: outside + "/" + $0))
    }
    #expect(before.map(\.0) == after.map(\.0))
    #expect(before.map(\.1) == after.map(\.1))
  }

  @Test(
    "access/ or .locks/ as a link: the command stops in one line, nothing is made where it points")
  func linkedAccessAndLocks() throws {
    for relative in ["access", ".locks"] {
      let store = try CliStore()
      let outside = try Self.link(store, relative)
      let before = Self.files(outside)
      let result = try store.tafel([
        "event", DemoFamily.id(52), "--kind", "intake", "--from", "lt-ede",
        "--date", TestClock.today.adding(days: -1).description, "--note", "through a link",
      ])
      #expect(result.stderr.contains("\(relative): a symbolic link"), "\(relative): \(result)")
      #expect(Self.files(outside) == before, "\(relative)")
    }
  }
}
