// A region whose store lists people, as the people and erasure tests need
// it: ed25519 keys made here, the region's remote made by `tafel remote
// init`, store A put under git and sent there, its administrator added first
// (by whoever sets it up) and this machine recording as them, then the other
// people added and sent. Where the remote is reached (file:// or ssh) and
// the environment that reaches it are the caller's.

import Foundation

enum PeopleRegion {
  /// One person to add after the administrator: name, role, id, key file name.
  struct Person {
    var name: String
    var role: String
    var id: String
    var key: String
  }

  /// Makes an ed25519 key for each of `names` in `directory` (files NAME and NAME.pub).
  static func makeKeys(_ names: [String], in directory: String, home: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for name in names {
      try GitReplicas.require(
        CliRunner.run(
          [
            "/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f",
            directory + "/" + name,
          ], home: home))
    }
  }

  /// The remote at `remote` (reached as `url`), store `a` on it with its
  /// people: the administrator (key "admin"), then `people`.
  static func start(
    _ a: CliStore, remote: String, url: String, keys: String, people: [Person],
    environment: [String: String] = [:]
  ) throws {
    try GitReplicas.require(CliRunner.tafel(["remote", "init", remote], home: a.home))
    try GitReplicas.require(a.tafel(["init", "--git"]))
    try GitReplicas.require(GitReplicas.git(["-C", a.path, "remote", "add", "origin", url], a))
    try GitReplicas.require(a.tafel(["sync"], environment: environment))
    // The first person, an administrator, added by whoever sets it up.
    try GitReplicas.require(
      a.tafel([
        "people", "add", "Beheer Foodvalley", "--role", "administrator", "--organisation",
        "jbt-fv", "--key", keys + "/admin.pub", "--id", "beheer", "--as", "installer",
      ]))
    try GitReplicas.require(CliRunner.tafel(["whoami", "--key", keys + "/admin"], home: a.home))
    for person in people {
      try GitReplicas.require(
        a.tafel([
          "people", "add", person.name, "--role", person.role, "--organisation", "jbt-fv",
          "--key", keys + "/" + person.key + ".pub", "--id", person.id,
        ]))
    }
    try GitReplicas.require(a.tafel(["sync"], environment: environment))
  }

  /// A replica of the region on a machine that records as the person of `key`.
  static func join(
    _ store: CliStore, url: String, keys: String, key: String, tag: String,
    environment: [String: String] = [:]
  ) throws {
    try GitReplicas.require(
      CliRunner.tafel(["whoami", "--key", keys + "/" + key], home: store.home))
    try GitReplicas.require(
      store.tafel(["clone", url, "--replica", tag], environment: environment))
  }
}
