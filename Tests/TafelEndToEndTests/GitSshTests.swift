// The region server reached over ssh (issue 13): a real sshd on 127.0.0.1
// started by the test, a bare repository behind it, a replica cloned from
// it; both laptops decide offline, sync through ssh, and see each other's
// decision; with the server gone, sync says offline and loses nothing.
// Commits are signed when the git configuration asks for it.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("git sync over ssh to 127.0.0.1", .serialized)
struct GitSshTests {
  @Test("clone, decide on both laptops, sync over ssh; the server stops: offline, nothing lost")
  func overSsh() throws {
    let server = try SshServer()
    defer { server.stop() }
    let ssh = server.environment
    let a = try CliStore()
    let b = try CliStore(demo: false)
    let remote = server.scratch.file("tafel.git")
    try GitReplicas.require(a.tafel(["init", "--git"], environment: ssh))
    try GitReplicas.require(GitReplicas.git(["init", "-q", "--bare", "-b", "main", remote], a))
    try GitReplicas.require(
      GitReplicas.git(["-C", a.path, "remote", "add", "origin", server.url(remote)], a))
    try GitReplicas.require(a.tafel(["sync"], environment: ssh), "first push over ssh")
    try GitReplicas.require(
      b.tafel(["clone", server.url(remote), "--replica", "lap2"], environment: ssh), "clone")

    let agenda = try DemoAgenda.read(store: a.path)
    let family = agenda.families[1].id
    let replicas = [
      (a, "secretaris", "Onderzoek door de Raad."),
      (b, "coach", "Een kans in het vrijwillig kader."),
    ]
    for (store, by, rationale) in replicas {
      try GitReplicas.require(
        store.tafel(
          [
            "decide", family, "--meeting", agenda.meetingID, "--outcome", "no-investigation",
            "--rationale", rationale, "--as", by, "--child-not-heard", "Niet aanwezig.",
          ], environment: ssh))
    }
    for store in [a, b, a] {
      let sync = try store.tafel(["sync"], environment: ssh)
      #expect(sync.status == 0 && sync.stdout.hasPrefix("synced"), "\(sync)")
    }
    for store in [a, b] {
      let rationales = try store.family(family).decisions.map(\.rationale)
      #expect(rationales.contains("Onderzoek door de Raad."))
      #expect(rationales.contains("Een kans in het vrijwillig kader."))
    }

    server.stop()
    try GitReplicas.require(
      a.tafel(
        [
          "event", family, "--kind", "intake", "--from", "lt-ede", "--date",
          TestClock.today.description, "--note", "na de tafel",
        ], environment: ssh))
    let offline = try a.tafel(["sync"], environment: ssh)
    #expect(offline.status == 0, "\(offline)")
    #expect(offline.stdout.hasPrefix("offline"), "\(offline)")
    // ssh's reason in plain words on one line (ssh ends its lines in CR LF).
    #expect(offline.stdout.contains("Connection refused"), "\(offline)")
    #expect(!offline.stdout.contains("␍"), "\(offline)")
    #expect(try a.family(family).events.contains { $0.note == "na de tafel" })
    let log = try GitReplicas.git(["-C", a.path, "log", "-3", "--format=%an|%s"], a)
    #expect(log.stdout.contains("tester|\(family): recorded intake"), "\(log)")
  }

  @Test("a commit is signed when git's configuration asks for it (ssh signing)")
  func signedCommits() throws {
    let keys = try CliScratch()
    let key = keys.file("signing")
    try GitReplicas.require(
      CliRunner.run(
        ["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], home: keys.path))
    let store = try CliStore()
    try GitReplicas.require(store.tafel(["init", "--git"]))
    for (name, value) in [
      ("gpg.format", "ssh"), ("user.signingkey", key + ".pub"), ("commit.gpgSign", "true"),
    ] {
      try GitReplicas.require(GitReplicas.git(["-C", store.path, "config", name, value], store))
    }
    let agenda = try DemoAgenda.read(store: store.path)
    try GitReplicas.require(
      store.tafel([
        "decide", agenda.families[0].id, "--meeting", agenda.meetingID, "--outcome",
        "no-investigation", "--rationale", "Hulp werkt.", "--child-not-heard", "Niet aanwezig.",
      ]))
    let email = try GitReplicas.git(["-C", store.path, "config", "user.email"], store).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let publicKey = String(
      decoding: FileManager.default.contents(atPath: key + ".pub") ?? Data(), as: UTF8.self)
    try Data("\(email) \(publicKey)".utf8).write(to: URL(fileURLWithPath: keys.file("allowed")))
    let verified = try GitReplicas.git(
      [
        "-C", store.path, "-c", "gpg.ssh.allowedSignersFile=" + keys.file("allowed"),
        "verify-commit", "HEAD",
      ],
      store)
    #expect(verified.status == 0, "\(verified)")
    #expect(verified.stderr.contains("Good \"git\" signature"), "\(verified)")
  }
}
