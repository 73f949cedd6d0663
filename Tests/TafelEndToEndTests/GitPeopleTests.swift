// Who did it, provably (issue 23), with the real git and OpenSSH and keys
// made by the test: a store lists its people with their ssh keys; each
// machine records as its person (`tafel whoami`) and signs every commit;
// plain `git verify-commit` checks them; a sync refuses an unsigned or
// forged commit, and the region's remote (`tafel remote init`) refuses an
// unsigned push and, once a laptop's key is revoked, its pushes — while
// what it signed before still verifies.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("people, keys and signed changes", .serialized)
struct GitPeopleTests {
  /// A region with a remote made by `tafel remote init`; A's administrator
  /// and B's secretary, each with a key of their own; B cloned.
  final class Region: @unchecked Sendable {
    let a: CliStore
    let b: CliStore
    let remote: String
    let keys: String

    init() throws {
      a = try CliStore()
      keys = a.scratch.file("keys")
      try PeopleRegion.makeKeys(["admin", "secretary", "mallory"], in: keys, home: a.home)
      remote = a.scratch.file("region.git")
      try PeopleRegion.start(
        a, remote: remote, url: "file://" + remote, keys: keys,
        people: [.init(name: "Mila Jansen", role: "secretary", id: "mjansen", key: "secretary")])
      b = try CliStore(demo: false)
      try PeopleRegion.join(b, url: "file://" + remote, keys: keys, key: "secretary", tag: "b")
    }

    func event(_ store: CliStore, _ note: String, days: Int = 1, later: Int = 0) throws
      -> CliResult
    {
      try store.tafel(
        [
          "event", DemoFamily.id(52), "--kind", "intake", "--from", "lt-ede",
          "--date", TestClock.today.adding(days: -days).description, "--note", note,
        ], environment: Region.later(later))
    }

    /// The clock `seconds` on: a step that must come after another in time.
    static func later(_ seconds: Int) -> [String: String] {
      seconds == 0
        ? [:]
        : ["TAFEL_NOW": Timestamp(seconds: SystemClock.now().seconds + seconds).description]
    }

    func git(_ store: CliStore, _ arguments: [String]) throws -> CliResult {
      try GitReplicas.git(["-C", store.path] + arguments, store)
    }
  }

  @Test("every commit is signed by its person and verifies with plain git; names, not logins")
  func commitsAreSignedAndVerify() throws {
    let region = try Region()
    try GitReplicas.require(region.event(region.b, "op B"))
    try GitReplicas.require(region.b.tafel(["sync"]))
    try GitReplicas.require(region.a.tafel(["sync"]))
    for store in [region.a, region.b] {
      let log = try region.git(store, ["log", "-6", "--format=%an|%ae|%G?|%GS|%s"])
      // Commits from before the store had people (by the installer) need no signature.
      for line in log.stdout.split(separator: "\n")
      where !line.contains("installer") && !line.hasPrefix("tester|") {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false)
        #expect(fields[2] == "G", "\(line)")
        #expect(fields[1] == fields[3], "\(line)")
      }
      #expect(log.stdout.contains("Mila Jansen|mjansen|G|mjansen|"), "\(log)")
      let verified = try region.git(store, ["verify-commit", "HEAD"])
      #expect(verified.status == 0, "\(verified)")
      #expect(try store.tafel(["check"]).status == 0)
    }
    // The record names the person, not a login.
    let event = try #require(
      try region.a.family(DemoFamily.id(52)).events.first { $0.note == "op B" })
    #expect(event.id.hasSuffix("-b"))
    let changes = try region.a.family(DemoFamily.id(52)).changes
    #expect(changes.last?.by == "Mila Jansen")
    // The access log names people with role and organisation, by id.
    let log = try region.a.tafel(["log", DemoFamily.id(52), "--lang", "en"])
    #expect(
      log.stdout.contains("Mila Jansen (secretary, Jeugdbeschermingstafel Foodvalley)"), "\(log)")
    let lines = try Store.open(region.a.path).accessEntries(family: DemoFamily.id(52))
    #expect(lines.contains { $0.person == "mjansen" && $0.who == "Mila Jansen" })
    // git's history of the family names the person with role and organisation.
    let history = try region.a.tafel(["history", DemoFamily.id(52), "--changes", "--lang", "en"])
    #expect(
      history.stdout.contains("Mila Jansen (secretary, Jeugdbeschermingstafel Foodvalley)"),
      "\(history)")
    // people.json as written validates against docs/schema/people.schema.json.
    let (schema, checked) = try CliSchemaTests.validate(region.a)
    #expect(schema.status == 0 && checked > 0, "\(schema)")
    let whoami = try CliRunner.tafel(["whoami", "--store", region.b.path], home: region.b.home)
    #expect(whoami.stdout.hasPrefix("Mila Jansen (mjansen), secretary"), "\(whoami)")
  }

  @Test("the board records as its person and signs its commits off the key's path")
  func boardCommitsAreSigned() throws {
    let region = try Region()
    let agenda = try DemoAgenda.read(store: region.b.path)
    let family = agenda.families[0]
    let board = try TmuxSession(
      [try TafelBinary.path(), "--store", region.b.path, "--no-mouse", "--sync-every", "0"],
      home: region.b.home, environment: TestClock.environment(now: region.b.now))
    defer { board.close() }
    try board.waitFor("Mila Jansen")  // the header: who records here
    try board.send("s")
    try board.waitFor("▶ \(family.name)")
    // The commit is made by the board's own thread while the board runs.
    let deadline = Date().addingTimeInterval(10)
    var last = ""
    while Date() < deadline {
      last = try region.git(region.b, ["log", "-1", "--format=%an|%ae|%G?|%s"]).stdout
      if last.contains("in progress") { break }
      usleep(50_000)
    }
    #expect(
      last.hasPrefix("Mila Jansen|mjansen|G|\(agenda.meetingID): \(family.id) in progress"),
      "\(last)")
    try board.send("q")
    _ = try board.waitForExit()
    // Nothing left uncommitted but the access log's lines (they wait for the sync).
    let status = try region.git(region.b, ["status", "--porcelain"]).stdout
    #expect(status.split(separator: "\n").allSatisfy { $0.contains("access/") }, "\(status)")
    #expect(try region.git(region.b, ["verify-commit", "HEAD"]).status == 0)
  }

  @Test("the minutes of a meeting recorded by two people name both with their roles")
  func minutesNamePeople() throws {
    let region = try Region()
    let agenda = try DemoAgenda.read(store: region.b.path)
    try GitReplicas.require(
      region.b.tafel([
        "decide", agenda.families[0].id, "--meeting", agenda.meetingID, "--outcome",
        "investigation", "--rationale", "Zorgen over de veiligheid thuis.",
        "--child-not-heard", "Niet aanwezig op de tafel.",
      ]))
    try GitReplicas.require(region.b.tafel(["sync"]))
    try GitReplicas.require(region.a.tafel(["sync"]))
    try GitReplicas.require(region.a.tafel(["meeting", "close", agenda.meetingID]))
    let minutes = try GitReplicas.require(
      region.a.tafel(["minutes", agenda.meetingID, "--lang", "en"]))
    #expect(minutes.stdout.contains("Recorded by Mila Jansen (secretary)"), "\(minutes)")
    #expect(minutes.stdout.contains("by Beheer Foodvalley (administrator)."), "\(minutes)")
    let dutch = try GitReplicas.require(
      region.a.tafel(["minutes", agenda.meetingID, "--lang", "nl"]))
    #expect(dutch.stdout.contains("Vastgelegd door Mila Jansen (secretaris)"), "\(dutch)")
    #expect(!minutes.stdout.contains("tester"), "\(minutes)")
  }

  @Test("a commit with a forged author or no signature is refused by sync; nothing written")
  func forgedCommitIsRefused() throws {
    let region = try Region()
    let hostile = HostileRemote(gitDirectory: region.remote, home: region.a.home)
    let good = try hostile.tip()
    let family = StoreLayout.familyFile(DemoFamily.id(52))
    var data = try hostile.read(family)
    data = Data(
      String(decoding: data, as: UTF8.self).replacingOccurrences(
        of: "\"changes\" : [", with: "\"changes\" : [\n    "
      ).utf8)
    try hostile.put(family, data, author: "mjansen")  // unsigned, author says Mila
    let sync = try region.a.tafel(["sync"])
    #expect(sync.status == 1, "\(sync)")
    #expect(sync.stderr.contains("sync refused commit"), "\(sync)")
    #expect(sync.stderr.contains("not signed"), "\(sync)")
    try hostile.reset(to: good)
    try GitReplicas.require(region.a.tafel(["sync"]))
  }

  @Test("the remote refuses an unsigned push, and a revoked key's; what it signed before verifies")
  func remoteRefusesUnsignedAndRevoked() throws {
    let region = try Region()
    // Plain git, unsigned: the region's hook says no.
    let plain = region.a.scratch.file("plain")
    try GitReplicas.require(GitReplicas.git(["clone", "-q", region.remote, plain], region.a))
    try "{}\n".write(toFile: plain + "/stray.json", atomically: false, encoding: .utf8)
    try GitReplicas.require(GitReplicas.git(["-C", plain, "add", "stray.json"], region.a))
    try GitReplicas.require(
      GitReplicas.git(
        [
          "-C", plain, "-c", "user.name=Someone", "-c", "user.email=someone@example.invalid",
          "commit", "-q", "-m", "by hand",
        ], region.a))
    let pushed = try GitReplicas.git(["-C", plain, "push", "origin", "main"], region.a)
    #expect(pushed.status != 0, "\(pushed)")
    #expect(pushed.stderr.contains("push refused"), "\(pushed)")
    #expect(pushed.stderr.contains("not signed"), "\(pushed)")

    // B signs a change and sends it; then B's laptop is lost and revoked.
    try GitReplicas.require(region.event(region.b, "before the loss"))
    try GitReplicas.require(region.b.tafel(["sync"]))
    let earlier = try region.git(region.b, ["rev-parse", "HEAD"]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try GitReplicas.require(
      region.a.tafel(["people", "revoke", "Mila Jansen", "--reason", "laptop lost"]))
    try GitReplicas.require(region.a.tafel(["sync"]))
    // The lost laptop, offline, records on: its push is refused.
    try GitReplicas.require(region.event(region.b, "after the loss", days: 2, later: 60))
    let refused = try region.b.tafel(["sync"], environment: Region.later(61))
    #expect(refused.status == 1, "\(refused)")
    // The region's own reason, not just git's "hook declined".
    #expect(refused.stderr.contains("push refused: refs/heads/main: commit"), "\(refused)")
    #expect(refused.stderr.contains("revoked then"), "\(refused)")
    // Having the revocation now, it records nothing more.
    let after = try region.event(region.b, "later still", days: 3, later: 120)
    #expect(after.status == 2, "\(after)")
    #expect(after.stderr.contains("taken off the list"), "\(after)")
    #expect(after.stderr.contains("--id NEW-ID"), "\(after)")
    // Re-admitting her takes a new id; the revocation stays.
    let again = try region.a.tafel([
      "people", "add", "Mila Jansen", "--key", region.keys + "/mallory.pub",
    ])
    #expect(again.status == 1 && again.stderr.contains("a revocation stays"), "\(again)")
    // What Mila signed before still verifies, on A with plain git.
    try GitReplicas.require(region.a.tafel(["sync"]))
    let verified = try region.git(region.a, ["verify-commit", earlier])
    #expect(verified.status == 0, "\(verified)")
    #expect(
      try region.a.family(DemoFamily.id(52)).events.contains { $0.note == "before the loss" })
    #expect(
      !(try region.a.family(DemoFamily.id(52)).events.contains { $0.note == "after the loss" }))
  }

  @Test("bad input: a file that is no key, an unknown role, a non-administrator, --as: one line")
  func badInput() throws {
    let region = try Region()
    let a = region.a
    let notAKey = a.scratch.file("not-a-key.pub")
    try "hello\n".write(toFile: notAKey, atomically: false, encoding: .utf8)
    let before = a.data(StoreLayout.people)
    for (arguments, status, words) in [
      (
        [
          "people", "add", "Iemand", "--role", "chair", "--organisation", "jbt-fv", "--key",
          notAKey,
        ],
        Int32(2), "not an OpenSSH public key"
      ),
      (
        [
          "people", "add", "Iemand", "--role", "judge", "--organisation", "jbt-fv", "--key",
          region.keys + "/mallory.pub",
        ], 2, "is not a role"
      ),
      (["family", "list", "--as", "someone"], 2, "records as the person `tafel whoami` names"),
    ] {
      let result = try a.tafel(arguments)
      #expect(result.status == status, "\(arguments): \(result)")
      #expect(result.stderrLines.count == 1, "\(arguments): \(result)")
      #expect(result.stderr.contains(words), "\(arguments): \(result)")
    }
    // The secretary is not an administrator.
    let byB = try region.b.tafel([
      "people", "add", "Iemand", "--role", "chair", "--organisation", "jbt-fv", "--key",
      region.keys + "/mallory.pub",
    ])
    #expect(byB.status == 1, "\(byB)")
    #expect(byB.stderr.contains("only an administrator"), "\(byB)")
    // A key on nobody's list.
    let stranger = try CliStore(demo: false)
    try GitReplicas.require(
      CliRunner.tafel(["whoami", "--key", region.keys + "/mallory"], home: stranger.home))
    let unknown = try CliRunner.tafel(["family", "list", "--store", a.path], home: stranger.home)
    #expect(unknown.status == 2, "\(unknown)")
    #expect(unknown.stderr.contains("on nobody's list"), "\(unknown)")
    let nobody = try CliStore(demo: false)
    let unset = try CliRunner.tafel(["whoami"], home: nobody.home)
    #expect(unset.status == 2 && unset.stderr.contains("tafel whoami --key"), "\(unset)")
    #expect(a.data(StoreLayout.people) == before)
  }
}
