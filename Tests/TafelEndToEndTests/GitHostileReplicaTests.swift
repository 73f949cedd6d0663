// Another replica is untrusted input (issue 21). A hostile replica is played
// for real: each crafted commit is made with git's plumbing and put on the
// bare remote; the victim (B, with its own decision not yet sent) syncs.
// After each: nothing outside the store, nothing of the commit written, one
// line naming the commit and the path, B's own work intact — and sent once
// the remote is mended, with `check` and `git fsck` clean.

import Foundation
import TafelCore
import TafelStore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("a hostile replica's commits", .serialized)
struct GitHostileReplicaTests {
  /// What a hostile replica sends, and the path the refusal must name.
  enum Crafted: String, CaseIterable, CustomTestStringConvertible {
    case climbsOut, gitConfig, draft, symlinkFamily, gitlinkFamily, symlinkShard, executable
    case strayName, tooLarge, brokenJSON, schemaBroken, idNotItsName, wrongShard
    case decisionRemoved, decisionRewritten, changeRecordRemoved, safetyRecordRemoved
    case familyDeleted, otherLogShortened, ownLogWritten, newerStoreFormat, storeCutShort
    case gitAttributes

    var testDescription: String { rawValue }
  }

  struct Scene {
    let replicas: GitReplicas
    let hostile: HostileRemote
    let family: String
    let meeting: String
    /// The remote before the crafted commit.
    let mended: String
  }

  /// Makes the crafted commit on the remote; returns the path the refusal names.
  static func craft(_ crafted: Crafted, _ scene: Scene) throws -> String {
    let hostile = scene.hostile
    let familyFile = StoreLayout.familyFile(scene.family)
    let original = try hostile.read(familyFile)
    func edited(_ change: (inout [String: JSONValue]) -> Void) throws -> Data {
      guard case .object(var object) = try JSONDecoder().decode(JSONValue.self, from: original)
      else { throw HarnessFailure("family is not an object") }
      change(&object)
      return try TafelJSON.encode(JSONValue.object(object))
    }
    func list(_ object: [String: JSONValue], _ key: String) -> [JSONValue] {
      if case .array(let list)? = object[key] { return list }
      return []
    }
    switch crafted {
    case .climbsOut:
      let path = "families/../../escaped"
      try hostile.put(path, Data("owned\n".utf8))
      return path
    case .gitConfig:
      try hostile.put(".git/config", Data("[core]\n\tfsmonitor = touch /tmp/owned\n".utf8))
      return ".git/config"
    case .draft:
      let path = "drafts/\(scene.family).json"
      try hostile.put(path, Data("{\"rationale\": \"RvdK investigation starts\"}\n".utf8))
      return path
    case .symlinkFamily:
      try hostile.put(familyFile, Data("../../../.ssh/authorized_keys".utf8), mode: "120000")
      return familyFile
    case .gitlinkFamily:
      let id = try hostile.tip()
      try hostile.commit([
        .init(path: familyFile.split(separator: "/").map(String.init), entry: ("160000", id))
      ])
      return familyFile
    case .symlinkShard:
      let shard = familyFile.split(separator: "/").dropLast().joined(separator: "/")
      try hostile.put(shard, Data("/tmp".utf8), mode: "120000")
      return shard
    case .executable:
      try hostile.put(familyFile, original, mode: "100755")
      return familyFile
    case .strayName:
      try hostile.put("hooks/post-merge", Data("#!/bin/sh\ntouch /tmp/owned\n".utf8))
      return "hooks/post-merge"
    case .tooLarge:
      var big = Data(original.dropLast(2))
      big.append(Data(",\n  \"padding\": \"".utf8))
      big.append(Data(repeating: UInt8(ascii: "x"), count: 17 * 1024 * 1024))
      big.append(Data("\"\n}\n".utf8))
      try hostile.put(familyFile, big)
      return familyFile
    case .brokenJSON:
      try hostile.put(familyFile, original.prefix(original.count / 2))
      return familyFile
    case .schemaBroken:
      try hostile.put(familyFile, try edited { $0["members"] = .string("none") })
      return familyFile
    case .idNotItsName:
      try hostile.put(familyFile, try edited { $0["id"] = .string("FV-1999-0001") })
      return familyFile
    case .wrongShard:
      let path = "families/99/\(scene.family).json"
      try hostile.put(path, original)
      return path
    case .decisionRemoved:
      try hostile.put(
        familyFile, try edited { $0["decisions"] = .array(Array(list($0, "decisions").dropLast())) }
      )
      return familyFile
    case .decisionRewritten:
      try hostile.put(
        familyFile,
        try edited { object in
          var decisions = list(object, "decisions")
          if case .object(var last)? = decisions.last {
            last["rationale"] = .string("Rewritten afterwards.")
            decisions[decisions.count - 1] = .object(last)
          }
          object["decisions"] = .array(decisions)
        })
      return familyFile
    case .safetyRecordRemoved:
      // Who held the child's safety stays on record (the demo's case at the
      // table has its holder, S1).
      try hostile.put(
        familyFile, try edited { $0["safety"] = .array(Array(list($0, "safety").dropLast())) })
      return familyFile
    case .changeRecordRemoved:
      try hostile.put(
        familyFile, try edited { $0["changes"] = .array(Array(list($0, "changes").dropFirst())) })
      return familyFile
    case .familyDeleted:
      try hostile.commit([
        .init(path: familyFile.split(separator: "/").map(String.init), entry: nil)
      ])
      return familyFile
    case .otherLogShortened:
      let log = try #require(
        try hostile.git(["ls-tree", "-r", "--name-only", "main", "access/main"])
          .split(separator: "\n").last.map(String.init))
      let lines = String(decoding: try hostile.read(log), as: UTF8.self).split(separator: "\n")
      try hostile.put(log, Data((lines.dropLast().joined(separator: "\n") + "\n").utf8))
      return log
    case .ownLogWritten:
      let log = try #require(
        try hostile.git(["ls-tree", "-r", "--name-only", "main", "access/b"])
          .split(separator: "\n").last.map(String.init))
      var data = try hostile.read(log)
      data.append(data.split(separator: 0x0A).last.map { Data($0) + Data([0x0A]) } ?? Data())
      try hostile.put(log, data)
      return log
    case .newerStoreFormat:
      guard
        case .object(var info) = try JSONDecoder().decode(
          JSONValue.self, from: try hostile.read(StoreLayout.info))
      else { throw HarnessFailure("store.json is not an object") }
      info["version"] = .number(99)
      try hostile.put(StoreLayout.info, try TafelJSON.encode(JSONValue.object(info)))
      return StoreLayout.info
    case .storeCutShort:
      let info = try hostile.read(StoreLayout.info)
      try hostile.put(StoreLayout.info, info.prefix(20))
      return StoreLayout.info
    case .gitAttributes:
      try hostile.put(".gitattributes", Data("*.json merge=ours filter=owned\n".utf8))
      return ".gitattributes"
    }
  }

  /// Two replicas; B has a decision of its own not yet sent and its access
  /// log committed (so the remote has B's log for `ownLogWritten`).
  /// B's own work, made offline before the hostile commit arrives.
  static let ownWork = "B's own work, made offline."
  static let ownFamily = DemoFamily.id(63)

  /// B's own work is on `store`.
  static func hasOwnWork(_ store: CliStore) throws -> Bool {
    try store.family(ownFamily).events.contains { $0.note == ownWork }
  }

  static func scene() throws -> Scene {
    let replicas = try GitReplicas()
    let agenda = try DemoAgenda.read(store: replicas.a.path)
    let family = agenda.families[0].id
    try GitReplicas.require(replicas.b.tafel(["history", family]))
    try GitReplicas.require(replicas.b.tafel(["sync"]))
    try GitReplicas.require(replicas.a.tafel(["history", family]))
    // A decision both replicas share: what a hostile replica would like to undo.
    try GitReplicas.require(
      replicas.decide(
        replicas.a, family, meeting: agenda.meetingID, outcome: "investigation",
        by: "secretaris", rationale: "Zorgen over de veiligheid thuis."))
    try GitReplicas.require(replicas.a.tafel(["sync"]))
    try GitReplicas.require(replicas.b.tafel(["sync"]))
    let hostile = HostileRemote(replicas)
    let mended = try hostile.tip()
    try GitReplicas.require(
      replicas.b.tafel([
        "event", Self.ownFamily, "--kind", "intake", "--from", "lt-ede",
        "--date", TestClock.today.adding(days: -1).description, "--note", Self.ownWork,
      ]))
    return Scene(
      replicas: replicas, hostile: hostile, family: family, meeting: agenda.meetingID,
      mended: mended)
  }

  @Test(
    "a crafted commit is refused in one line; nothing written; B's work kept and sent later",
    arguments: Crafted.allCases)
  func craftedCommitIsRefused(_ crafted: Crafted) throws {
    let scene = try Self.scene()
    let b = scene.replicas.b
    let filesBefore = try Self.storeFiles(b.path)
    let path = try Self.craft(crafted, scene)
    let craftedCommit = try scene.hostile.tip()

    let sync = try b.tafel(["sync"])
    #expect(sync.status == 1, "\(sync)")
    #expect(sync.stderrLines.count == 1, "\(sync)")
    // Tafel names the commit and the path; what git's own fsck catches first
    // (a `..` or `.git` in a tree) is refused before a commit is looked at.
    let byTafel = sync.stderr.contains("sync refused commit") && sync.stderr.contains(path)
    let byFsck =
      sync.stderr.contains("sync refused what origin sent") && sync.stderr.contains("(fsck)")
    #expect(byTafel || byFsck, "\(sync)")
    // Nothing outside the store, nothing of the commit inside it.
    #expect(!FileManager.default.fileExists(atPath: b.scratch.file("escaped")))
    #expect(!FileManager.default.fileExists(atPath: "/tmp/owned"))
    #expect(
      try scene.replicas.git(b, ["merge-base", "--is-ancestor", craftedCommit, "HEAD"]).status
        != 0)
    #expect(try Self.storeFiles(b.path) == filesBefore)
    #expect(try Self.hasOwnWork(b))
    // Every command still works on B's store, and origin/main does not offer
    // the refused commit to a `git merge` by hand.
    #expect(try b.tafel(["family", "list"]).status == 0)
    let tracking = try scene.replicas.git(b, ["rev-parse", "-q", "--verify", "origin/main"])
    #expect(!tracking.stdout.contains(craftedCommit), "\(tracking)")

    // The remote mended: B syncs (no word of a force-push: B never took the
    // refused commit), and its work reaches A.
    try scene.hostile.reset(to: scene.mended)
    let mended = try GitReplicas.require(b.tafel(["sync"]))
    #expect(!mended.stderr.contains("force-push"), "\(mended)")
    try GitReplicas.require(scene.replicas.a.tafel(["sync"]))
    #expect(try Self.hasOwnWork(scene.replicas.a))
    try scene.replicas.expectSound(b)
  }

  @Test("a draft that git put in the tree (a git pull by hand) is never offered as one's own")
  func draftFromTheTreeIsNotOffered() throws {
    let scene = try Self.scene()
    let b = scene.replicas.b
    let planted = "drafts/\(scene.family).json"
    try scene.hostile.put(planted, Data("{\"rationale\": \"RvdK investigation starts\"}\n".utf8))
    let pulled = try scene.replicas.git(b, ["pull", "-q", "origin", "main"])
    #expect(pulled.status == 0, "\(pulled)")
    #expect(FileManager.default.fileExists(atPath: b.file(planted)))
    let store = try Store.open(b.path)
    #expect(store.draft(family: scene.family) == nil)
    #expect(store.draft(family: scene.family, user: "voorzitter") == nil)
    // A draft typed here is still offered.
    let typed = DraftRecord(
      family: scene.family, savedAt: SystemClock.now(), draft: DecisionDraft(rationale: "getypt"))
    try store.saveDraft(typed, user: "voorzitter")
    #expect(store.draft(family: scene.family, user: "voorzitter") == typed)
  }

  @Test("the board's background sync refuses it too, and says so in its header")
  func boardRefuses() throws {
    let scene = try Self.scene()
    let b = scene.replicas.b
    let board = try TmuxSession(
      [
        try TafelBinary.path(), "--store", b.path, "--no-mouse", "--sync-every", "1", "--lang",
        "en",
      ],
      home: b.home, environment: TestClock.environment(now: b.now))
    defer { board.close() }
    try board.waitFor("synced")
    _ = try Self.craft(.climbsOut, scene)
    try board.waitFor("sync refused", timeout: 15)
    #expect(!FileManager.default.fileExists(atPath: b.scratch.file("escaped")))
    try scene.hostile.reset(to: scene.mended)
    try board.waitFor("synced", timeout: 15)
    try board.send("q")
    _ = try board.waitForExit()
  }

  @Test("a force-push that drops B's commits is said in one line, and B sends them again")
  func forcePushIsRepaired() throws {
    let scene = try Self.scene()
    let b = scene.replicas.b
    try GitReplicas.require(b.tafel(["sync"]))  // B's decision is on the remote
    try scene.hostile.reset(to: scene.mended)  // …and dropped by a force-push
    let sync = try GitReplicas.require(b.tafel(["sync"]))
    #expect(sync.stderr.contains("its history was rewritten (a force-push)"), "\(sync)")
    #expect(sync.stdout.contains("changes sent"), "\(sync)")
    try GitReplicas.require(scene.replicas.a.tafel(["sync"]))
    #expect(try Self.hasOwnWork(scene.replicas.a))
  }

  @Test("the region's remote made by `tafel remote init` refuses a force-push and a deletion")
  func remoteRefusesRewrites() throws {
    let a = try CliStore()
    let remote = a.scratch.file("region.git")
    try GitReplicas.require(CliRunner.tafel(["remote", "init", remote], home: a.home))
    try GitReplicas.require(a.tafel(["init", "--git"]))
    try GitReplicas.require(
      GitReplicas.git(["-C", a.path, "remote", "add", "origin", "file://" + remote], a))
    try GitReplicas.require(
      a.tafel([
        "event", DemoFamily.id(52), "--kind", "intake", "--from", "lt-ede",
        "--date", TestClock.today.adding(days: -1).description, "--note", "on the server",
      ]))
    try GitReplicas.require(a.tafel(["sync"]))
    let tip = try GitReplicas.git(["--git-dir", remote, "rev-parse", "main"], a).stdout
    let forced = try GitReplicas.git(
      ["-C", a.path, "push", "--force", "origin", "HEAD~1:refs/heads/main"], a)
    #expect(forced.status != 0, "\(forced)")
    // The region's hook refuses it: only an erasure replaces history there.
    #expect(forced.stderr.contains("not a fast-forward"), "\(forced)")
    let deleted = try GitReplicas.git(["-C", a.path, "push", "origin", ":main"], a)
    #expect(deleted.status != 0, "\(deleted)")
    #expect(try GitReplicas.git(["--git-dir", remote, "rev-parse", "main"], a).stdout == tip)
    let again = try CliRunner.tafel(["remote", "init", remote], home: a.home)
    #expect(again.status != 0)
    #expect(again.stderrLines.count == 1, "\(again)")
  }

  @Test("a family removed after its retention period never comes back from an offline replica")
  func removedFamilyStaysRemoved() throws {
    let replicas = try GitReplicas()
    let family = try CliRetentionTests.closable(replicas.a)
    let other = DemoFamily.id(63)
    // B, offline, changes the family and another one; A closes and removes the family.
    for id in [family, other] {
      try GitReplicas.require(
        replicas.b.tafel([
          "event", id, "--kind", "intake", "--from", "lt-ede",
          "--date", TestClock.today.adding(days: -1).description, "--note", "offline on B",
        ]))
    }
    try GitReplicas.require(replicas.a.tafel(["archive", family]))
    let later = Timestamp(seconds: SystemClock.now().seconds + 21 * 366 * 86_400).description
    // Families on the agenda of a meeting still open are not erased: said, and exit 1.
    let removed = try CliRunner.tafel(
      ["retention", "--remove", "--store", replicas.a.path], home: replicas.a.home, now: later)
    #expect(removed.stdout.contains("\(family): erased (retention)"), "\(removed)")
    #expect(removed.status == 1 && removed.stderr.contains("were not erased"), "\(removed)")
    try GitReplicas.require(replicas.a.tafel(["sync"]))
    let sync = try GitReplicas.require(replicas.b.tafel(["sync"]))
    // Removed by erasure: B follows the rewritten history and says its change was not taken.
    #expect(
      sync.stderr.contains("\(family) was erased; this replica's change to it was not taken"),
      "\(sync)")
    try GitReplicas.require(replicas.a.tafel(["sync"]))
    for store in [replicas.a, replicas.b] {
      #expect(store.data(StoreLayout.familyFile(family)) == nil)
      #expect(try store.family(other).events.contains { $0.note == "offline on B" })
      try replicas.expectSound(store)
    }
  }

  @Test("a git lock left by a killed git is cleared: the next change is committed")
  func staleGitLockIsCleared() throws {
    let replicas = try GitReplicas()
    let b = replicas.b
    for name in ["index.lock", "HEAD.lock"] {
      FileManager.default.createFile(atPath: b.file(".git/" + name), contents: Data())
    }
    let family = DemoFamily.id(52)
    try GitReplicas.require(
      b.tafel([
        "event", family, "--kind", "intake", "--from", "lt-ede",
        "--date", TestClock.today.adding(days: -1).description, "--note", "after a crash",
      ]))
    let log = try replicas.git(b, ["log", "-1", "--format=%s"])
    #expect(log.stdout.contains(family), "\(log)")
    try GitReplicas.require(b.tafel(["sync"]))
    try replicas.expectSound(b)
  }

  @Test("two syncs of one replica at once wait for each other: none fails")
  func twoSyncsTakeTurns() throws {
    let replicas = try GitReplicas()
    let family = DemoFamily.id(52)
    for round in 1...6 {
      try GitReplicas.require(
        replicas.a.tafel([
          "event", family, "--kind", "intake", "--from", "lt-ede",
          "--date", TestClock.today.adding(days: -round).description, "--note", "round \(round)",
        ]))
      try GitReplicas.require(replicas.a.tafel(["sync"]))
      try GitReplicas.require(
        replicas.b.tafel([
          "event", DemoFamily.id(63), "--kind", "intake", "--from", "lt-ede",
          "--date", TestClock.today.adding(days: -round).description, "--note", "b \(round)",
        ]))
      let results = ResultsBox()
      DispatchQueue.concurrentPerform(iterations: 2) { _ in
        results.add(try? replicas.b.tafel(["sync"]))
      }
      for result in results.all {
        #expect(result?.status == 0, "round \(round): \(String(describing: result))")
      }
    }
    try replicas.expectSound(replicas.b)
  }

  @Test("a remote that sends its ssh banner and then nothing is stopped by the watchdog: offline")
  func stalledRemoteIsOffline() throws {
    let replicas = try GitReplicas()
    let server = try StalledSshServer()
    defer { server.stop() }
    try GitReplicas.require(
      replicas.git(replicas.b, ["remote", "set-url", "origin", server.url]))
    let sync = try replicas.b.tafel(
      ["sync"],
      environment: [
        "GIT_SSH_COMMAND":
          "ssh -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
      ])
    #expect(sync.status == 0, "\(sync)")
    // Stopped by Tafel's watchdog, which says so, not by an ssh or TCP
    // timeout of minutes (no clock is read here: the reason tells).
    #expect(sync.stdout.hasPrefix("offline"), "\(sync)")
    #expect(sync.stdout.contains("the remote sent nothing for 20 s; stopped"), "\(sync)")
  }

  /// Every file of a store (but git's own, the locks and the access log,
  /// which a sync appends to) with its bytes.
  static func storeFiles(_ root: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasPrefix(".git") || relative.hasPrefix(".locks") || relative.hasPrefix("access")
      {
        continue
      }
      var info = stat()
      guard lstat(root + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
        continue
      }
      files[relative] = FileManager.default.contents(atPath: root + "/" + relative)
    }
    return files
  }
}

/// Results gathered from several threads.
private final class ResultsBox: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [CliResult?] = []
  func add(_ result: CliResult?) {
    lock.lock()
    results.append(result)
    lock.unlock()
  }
  var all: [CliResult?] {
    lock.lock()
    defer { lock.unlock() }
    return results
  }
}
