// Erasure that reaches every replica (issue 24), with the real git, a real
// sshd on 127.0.0.1 and keys made by the test: the administrator erases a
// family at the parents' request on replica A; the region's server (made by
// `tafel remote init`) checks the rewrite and prunes; replica B follows at
// its next sync; replica C follows only after it changed that family and
// another one offline. Then every file of every replica and of the server,
// every git object (`git cat-file --batch-all-objects --batch`) and every
// reflog is searched for the family's names: none is left. C's change to
// the other family is kept everywhere, its change to the erased one is not.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("erasure that reaches every replica", .serialized)
struct GitErasureTests {
  static let family = DemoFamily.id(52)  // Familie Öztürk, with Elif
  /// Names only the erased family's file holds in the demo store.
  static let names = ["Öztürk", "Ayşe", "Emre"]

  /// The region over ssh: A (the administrator's), B (the secretary's), C (a coach's).
  final class Region: @unchecked Sendable {
    let server: SshServer
    let a: CliStore
    let b: CliStore
    let c: CliStore
    let remote: String
    let keys: String

    init() throws {
      server = try SshServer()
      let ssh = server.environment
      a = try CliStore()
      keys = a.scratch.file("keys")
      try PeopleRegion.makeKeys(["admin", "secretary", "coach"], in: keys, home: a.home)
      remote = server.scratch.file("region.git")
      try PeopleRegion.start(
        a, remote: remote, url: server.url(remote), keys: keys,
        people: [
          .init(name: "Mila Jansen", role: "secretary", id: "mjansen", key: "secretary"),
          .init(name: "Karin Oosterveld", role: "local-team", id: "koosterveld", key: "coach"),
        ], environment: ssh)
      b = try CliStore(demo: false)
      c = try CliStore(demo: false)
      for (store, key, tag) in [(b, "secretary", "b"), (c, "coach", "c")] {
        try PeopleRegion.join(
          store, url: server.url(remote), keys: keys, key: key, tag: tag, environment: ssh)
      }
    }

    func sync(_ store: CliStore) throws -> CliResult {
      try store.tafel(["sync"], environment: server.environment)
    }

    func event(_ store: CliStore, _ family: String, _ note: String) throws {
      try GitReplicas.require(
        store.tafel([
          "event", family, "--kind", "intake", "--from", "lt-ede", "--date",
          TestClock.today.description, "--note", note,
        ]))
    }

    /// Where a name of the erased family is found in `directory`: files
    /// (the .git directory's too), every object git holds, every reflog.
    func traces(in directory: String) throws -> [String] {
      var found: [String] = []
      let enumerator = FileManager.default.enumerator(atPath: directory)
      while let relative = enumerator?.nextObject() as? String {
        let path = directory + "/" + relative
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        for name in GitErasureTests.names where data.firstRange(of: Data(name.utf8)) != nil {
          found.append("\(path): \(name)")
        }
      }
      let objects = try GitReplicas.git(
        ["-C", directory, "cat-file", "--batch-all-objects", "--batch"], a)
      let reflogs = try GitReplicas.git(
        ["-C", directory, "log", "--walk-reflogs", "--all", "-p", "--format=%H %s"], a)
      let listed = try GitReplicas.git(["-C", directory, "reflog", "--all"], a)
      for (what, result) in [("objects", objects), ("reflogs", reflogs), ("reflog", listed)] {
        for name in GitErasureTests.names where result.stdout.contains(name) {
          found.append("\(directory) \(what): \(name)")
        }
      }
      return found
    }
  }

  @Test("erased on A: the server and every replica hold no trace after one sync each")
  func erasureReachesEveryReplica() throws {
    let region = try Region()
    defer { region.server.stop() }
    let family = GitErasureTests.family
    let agenda = try DemoAgenda.read(store: region.a.path)
    let other = agenda.families[2].id
    // Before: the names are in the family's file and in today's meeting (who attended).
    #expect(try !region.traces(in: region.a.path).isEmpty)
    // A decision and a draft with the child's name on A, sent to everyone.
    try GitReplicas.require(
      region.a.tafel([
        "decide", family, "--meeting", agenda.meetingID, "--outcome", "investigation",
        "--rationale", "Zorgen om Elif Öztürk.", "--child-not-heard", "Niet aanwezig.",
      ]))
    try Store.open(region.a.path).saveDraft(
      Data(#"{"rationale":"concept over Ayşe Öztürk"}"#.utf8), family: family, user: "beheer")
    for store in [region.a, region.b, region.c] { try GitReplicas.require(region.sync(store)) }
    // C goes offline and changes the family and another one.
    try region.event(region.c, family, "C offline: gesprek met Emre Öztürk")
    try region.event(region.c, other, "C offline: de andere familie")

    // The administrator erases at the parents' request, once the meeting is closed.
    try GitReplicas.require(region.a.tafel(["meeting", "close", agenda.meetingID]))
    let erasedOn = SystemClock.now().utcDay  // store dates are UTC days
    let erased = try region.a.tafel(
      [
        "erase", family, "--ground", "request", "--requested-by", "parent", "--reason",
        "de ouders vragen om vernietiging van het dossier",
      ], environment: region.server.environment)
    #expect(erased.status == 0, "\(erased)")
    #expect(erased.stdout.contains("sent to the remote"), "\(erased)")

    let b = try region.sync(region.b)
    #expect(b.status == 0, "\(b)")
    #expect(b.stderr.contains("\(family) was erased"), "\(b)")
    let c = try region.sync(region.c)
    #expect(c.status == 0, "\(c)")
    #expect(c.stderr.contains("this replica's change to it was not taken"), "\(c)")
    for store in [region.a, region.b, region.c] { try GitReplicas.require(region.sync(store)) }

    for directory in [region.a.path, region.b.path, region.c.path, region.remote] {
      let found = try region.traces(in: directory)
      #expect(found.isEmpty, "\(found)")
    }
    for store in [region.a, region.b, region.c] {
      // C's change to the other family is kept everywhere; the erased family is gone.
      #expect(
        try store.family(other).events.contains { $0.note == "C offline: de andere familie" })
      #expect(!FileManager.default.fileExists(atPath: store.file(StoreLayout.familyFile(family))))
      let info = try Store.open(store.path).info()
      let record = try #require(info.removed.first { $0.id == family })
      #expect(record.ground == .request && record.requestedBy == .parent && record.historyErased)
      #expect(record.by == "Beheer Foodvalley")
      // The access log keeps its lines about the family (ids only), and says why it went.
      #expect(try !Store.open(store.path).accessEntries(family: family).isEmpty)
      let log = try store.tafel(["log", family, "--lang", "en"])
      #expect(log.stdout.contains("erased the family's data on request"), "\(log)")
      let gone = try store.tafel(["export", family])
      #expect(gone.stderr.contains("was erased on \(erasedOn) on request"), "\(gone)")
      // Plain git still works and verifies; the store checks clean.
      #expect(try GitReplicas.git(["-C", store.path, "verify-commit", "HEAD"], store).status == 0)
      #expect(try GitReplicas.git(["-C", store.path, "fsck", "--no-progress"], store).status == 0)
      let check = try store.tafel(["check"])
      #expect(check.status == 0, "\(check)")
    }
    #expect(
      try GitReplicas.git(["-C", region.remote, "fsck", "--no-progress"], region.a).status == 0)
  }

  @Test("erased offline while another replica pushed: its commits are rewritten, then sent")
  func erasedOfflineWhileOthersPushed() throws {
    let region = try Region()
    defer { region.server.stop() }
    let family = GitErasureTests.family
    let agenda = try DemoAgenda.read(store: region.a.path)
    let other = agenda.families[2].id
    try GitReplicas.require(region.a.tafel(["meeting", "close", agenda.meetingID]))
    for store in [region.a, region.b] { try GitReplicas.require(region.sync(store)) }
    // B records for both families and sends it; A has not seen it.
    try region.event(region.b, family, "B: gesprek met Emre Öztürk")
    try region.event(region.b, other, "B: de andere familie")
    try GitReplicas.require(region.sync(region.b))
    // A erases without reaching the server (no ssh set up for this run: offline).
    let offline = try region.a.tafel([
      "erase", family, "--ground", "request", "--requested-by", "youth", "--reason",
      "de jongere vraagt om vernietiging",
    ])
    #expect(offline.status == 0, "\(offline)")
    #expect(offline.stdout.contains("offline"), "\(offline)")
    // Its next sync takes B's commits without the family, and replaces the server's branch.
    let sent = try region.sync(region.a)
    #expect(sent.status == 0 && sent.stdout.contains("changes sent"), "\(sent)")
    try GitReplicas.require(region.sync(region.b))
    for directory in [region.a.path, region.b.path, region.remote] {
      let found = try region.traces(in: directory)
      #expect(found.isEmpty, "\(found)")
    }
    for store in [region.a, region.b] {
      #expect(try store.family(other).events.contains { $0.note == "B: de andere familie" })
      #expect(try store.tafel(["check"]).status == 0)
      #expect(try GitReplicas.git(["-C", store.path, "verify-commit", "HEAD"], store).status == 0)
    }
  }

  @Test("the server refuses a rewrite that is not an erasure; bad input gets one line")
  func refusals() throws {
    let region = try Region()
    defer { region.server.stop() }
    let family = GitErasureTests.family
    let agenda = try DemoAgenda.read(store: region.a.path)
    let request = [
      "erase", family, "--ground", "request", "--requested-by", "parent", "--reason",
      "de ouders vragen erom",
    ]
    func unchanged(_ result: CliResult, _ status: Int32, _ words: String) throws {
      #expect(result.status == status, "\(result)")
      #expect(result.stderr.contains(words), "\(result)")
      #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
      #expect(FileManager.default.fileExists(atPath: region.a.file(StoreLayout.familyFile(family))))
      #expect(try Store.open(region.a.path).info().removed.isEmpty)
    }
    try unchanged(region.a.tafel(request), 1, "is on the agenda of \(agenda.meetingID)")
    try GitReplicas.require(region.a.tafel(["meeting", "close", agenda.meetingID]))
    try unchanged(
      region.b.tafel(request + ["--store", region.a.path]), 2, "only an administrator")
    try unchanged(
      region.a.tafel(["erase", family, "--ground", "forgotten", "--reason", "x"]), 2, "forgotten")
    for reason in [
      "Emre Öztürk vroeg erom", "verzoek fam. OZTURK", "brief van Elif", "verzoek van Ayşe",
    ] {
      try unchanged(
        region.a.tafel([
          "erase", family, "--ground", "request", "--requested-by", "parent", "--reason", reason,
        ]), 1, "keeps no one's name")
    }
    try unchanged(
      region.a.tafel(["erase", family, "--ground", "retention", "--reason", "termijn verstreken"]),
      1, "is not due")
    try GitReplicas.require(region.a.tafel(request, environment: region.server.environment))
    let twice = try region.a.tafel(request)
    #expect(twice.status == 1 && twice.stderr.contains("was erased on"), "\(twice)")

    // A replica that rewrites history without erasing anything is refused by the server.
    try GitReplicas.require(region.sync(region.b))
    let head = try GitReplicas.git(["-C", region.b.path, "rev-parse", "HEAD~1"], region.b).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try GitReplicas.require(
      GitReplicas.git(["-C", region.b.path, "reset", "-q", "--soft", head], region.b))
    try GitReplicas.require(
      GitReplicas.git(
        ["-C", region.b.path, "commit", "-q", "--allow-empty", "-m", "rewritten"], region.b))
    let forced = try CliRunner.run(
      ["/usr/bin/env", "git", "-C", region.b.path, "push", "--force", "origin", "HEAD:main"],
      home: region.b.home, environment: region.server.environment)
    #expect(forced.status != 0, "\(forced)")
    #expect(forced.stderr.contains("push refused"), "\(forced)")
    #expect(forced.stderr.contains("not a fast-forward"), "\(forced)")
  }

  @Test("a remote made by an earlier Tafel is brought up to date with --update")
  func remoteUpdate() throws {
    let store = try CliStore()
    let remote = store.scratch.file("old.git")
    try GitReplicas.require(CliRunner.tafel(["remote", "init", remote], home: store.home))
    // As an earlier `tafel remote init` left it: non-fast-forwards refused by git, no post-receive.
    try GitReplicas.require(
      GitReplicas.git(
        ["--git-dir", remote, "config", "receive.denyNonFastForwards", "true"], store))
    try FileManager.default.removeItem(atPath: remote + "/hooks/post-receive")
    let updated = try CliRunner.tafel(["remote", "init", "--update", remote], home: store.home)
    #expect(updated.status == 0, "\(updated)")
    let setting = try GitReplicas.git(
      ["--git-dir", remote, "config", "receive.denyNonFastForwards"], store)
    #expect(setting.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "false")
    #expect(FileManager.default.isExecutableFile(atPath: remote + "/hooks/post-receive"))
    // Anything else is not touched.
    let plain = store.scratch.file("plain.git")
    try GitReplicas.require(GitReplicas.git(["init", "-q", "--bare", plain], store))
    let refused = try CliRunner.tafel(["remote", "init", "--update", plain], home: store.home)
    #expect(refused.status == 1 && refused.stderrLines.count == 1, "\(refused)")
    #expect(!FileManager.default.fileExists(atPath: plain + "/hooks/post-receive"))
  }
}
