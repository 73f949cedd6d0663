// git by hand beside Tafel (issue 22): `git pull`, `git pull --rebase`,
// `cherry-pick` and `merge` between replicas leave a store `tafel check`
// passes; a file changed by hand is committed by `tafel sync` when it reads
// as what it is; `tafel upgrade` commits what it moved.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("git by hand beside Tafel", .serialized)
struct GitByHandTests {
  /// A and B each add an event offline; A's is on the remote.
  static func diverged() throws -> GitReplicas {
    let replicas = try GitReplicas()
    for (store, note) in [(replicas.a, "on A"), (replicas.b, "on B")] {
      try GitReplicas.require(
        store.tafel([
          "event", DemoFamily.id(52), "--kind", "intake", "--from", "lt-ede",
          "--date", TestClock.today.adding(days: -1).description, "--note", note,
        ]))
    }
    try GitReplicas.require(replicas.a.tafel(["sync"]))
    try GitReplicas.require(replicas.b.tafel(["sync"]))  // B's access log is committed and sent
    try GitReplicas.require(
      replicas.a.tafel([
        "event", DemoFamily.id(52), "--kind", "intake", "--from", "lt-ede",
        "--date", TestClock.today.adding(days: -2).description, "--note", "on A, later",
      ]))
    try GitReplicas.require(replicas.a.tafel(["sync"]))
    try GitReplicas.require(
      replicas.b.tafel([
        "event", DemoFamily.id(52), "--kind", "intake", "--from", "lt-ede",
        "--date", TestClock.today.adding(days: -3).description, "--note", "on B, later",
      ]))
    return replicas
  }

  @Test(
    "git pull and git pull --rebase merge with Tafel's driver; check passes",
    arguments: [false, true])
  func pull(rebase: Bool) throws {
    let replicas = try Self.diverged()
    let b = replicas.b
    // The access log waits for tafel sync; git by hand works on what is committed.
    let pulled = try replicas.git(
      b, ["pull", "-q"] + (rebase ? ["--rebase"] : []) + ["origin", "main"])
    #expect(pulled.status == 0, "\(pulled)")
    let notes = Set(try b.family(DemoFamily.id(52)).events.compactMap(\.note))
    #expect(notes.isSuperset(of: ["on A", "on B", "on A, later", "on B, later"]), "\(notes)")
    #expect(try b.tafel(["family", "list"]).status == 0)
    let check = try b.tafel(["check"])
    #expect(check.status == 0, "\(check)")
    try GitReplicas.require(b.tafel(["sync"]))
    try replicas.expectSound(b)
  }

  @Test("cherry-pick of the other replica's commit, then tafel sync: one of each, check passes")
  func cherryPick() throws {
    let replicas = try Self.diverged()
    let b = replicas.b
    try GitReplicas.require(replicas.git(b, ["fetch", "-q", "origin"]))
    let picked = try replicas.git(b, ["cherry-pick", "origin/main~1"])
    #expect(picked.status == 0, "\(picked)")
    try GitReplicas.require(b.tafel(["sync"]))
    let events = try b.family(DemoFamily.id(52)).events
    for note in ["on A", "on B", "on A, later", "on B, later"] {
      #expect(events.filter { $0.note == note }.count == 1, "\(note): \(events.map(\.note))")
    }
    try replicas.expectSound(b)
  }

  @Test("a family file changed by hand is committed by tafel sync; one that does not read is not")
  func handEdits() throws {
    let replicas = try GitReplicas()
    let a = replicas.a
    let family = StoreLayout.familyFile(DemoFamily.id(52))
    let name = try a.family(DemoFamily.id(52)).name
    try a.edit(family, replacing: "\"\(name)\"", with: "\"\(name) (by hand)\"")
    let sync = try GitReplicas.require(a.tafel(["sync"]))
    #expect(sync.stderr.contains("\(family) was changed by hand; committed"), "\(sync)")
    try replicas.expectSound(a)
    try GitReplicas.require(replicas.b.tafel(["sync"]))
    #expect(try replicas.b.family(DemoFamily.id(52)).name == name + " (by hand)")

    try a.edit(family, replacing: "\"members\"", with: "\"members\" : 3, \"x\"")
    let broken = try a.tafel(["sync"])
    #expect(broken.stderr.contains("changed by hand and not committed"), "\(broken)")
    let status = try replicas.git(a, ["status", "--porcelain"])
    #expect(status.stdout.contains(family), "\(status)")
  }

  @Test("tafel upgrade in a git store commits what it moved")
  func upgradeCommits() throws {
    let store = try CliStore()
    try GitReplicas.require(store.tafel(["init", "--git"]))
    // Back to format 1 by hand: flat family files, version 1, committed.
    let families = store.file(StoreLayout.families)
    for shard in try FileManager.default.contentsOfDirectory(atPath: families) {
      for name in try FileManager.default.contentsOfDirectory(atPath: families + "/" + shard) {
        try FileManager.default.moveItem(
          atPath: families + "/" + shard + "/" + name, toPath: families + "/" + name)
      }
      try FileManager.default.removeItem(atPath: families + "/" + shard)
    }
    try store.edit(StoreLayout.info, replacing: "\"version\" : 2", with: "\"version\" : 1")
    try GitReplicas.require(GitReplicas.git(["-C", store.path, "add", "-A"], store))
    try GitReplicas.require(
      GitReplicas.git(["-C", store.path, "commit", "-q", "-m", "format 1"], store))
    try GitReplicas.require(store.tafel(["upgrade"]))
    let status = try GitReplicas.git(["-C", store.path, "status", "--porcelain"], store)
    #expect(status.stdout.isEmpty, "\(status)")
    let log = try GitReplicas.git(["-C", store.path, "log", "-1", "--format=%s"], store)
    #expect(log.stdout.contains("upgraded from format 1 to 2"), "\(log)")
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test(
    "a change the board saved but git could not commit is said on its notice line; sync commits it")
  func boardSaysACommitFailed() throws {
    let store = try CliStore()
    try GitReplicas.require(store.tafel(["init", "--git"]))
    let agenda = try DemoAgenda.read(store: store.path)
    // A repository git will not touch (a format it does not know): every commit fails.
    try GitReplicas.require(
      GitReplicas.git(["-C", store.path, "config", "core.repositoryformatversion", "99"], store))
    let board = try TmuxSession(
      [
        try TafelBinary.path(), "--store", store.path, "--no-mouse", "--sync-every", "0",
        "--lang", "en",
      ],
      home: store.home, environment: TestClock.environment(now: store.now))
    defer { board.close() }
    try board.waitFor("Family plan · \(agenda.families[0].name)")
    try board.send("s")
    try board.waitFor("saved, but not yet committed to git")
    try board.send("q")
    _ = try board.waitForExit()
    // The case was stored all the same; once git is mended, sync commits it.
    #expect(try store.meeting(agenda.meetingID).items[0].status == .inProgress)
    // (by hand: git itself no longer reads this repository's settings)
    try store.edit(
      ".git/config", replacing: "repositoryformatversion = 99", with: "repositoryformatversion = 0")
    try GitReplicas.require(store.tafel(["sync"]))
    let status = try GitReplicas.git(
      ["-C", store.path, "status", "--porcelain", "meetings"], store)
    #expect(status.stdout.isEmpty, "\(status)")
  }
}
