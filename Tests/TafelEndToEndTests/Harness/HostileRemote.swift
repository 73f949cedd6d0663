// A hostile (or broken) replica, played for real: it writes objects straight
// into the bare repository with git's plumbing (hash-object, mktree,
// commit-tree, update-ref) — what a replica that does not run Tafel can push
// — so the crafted commits hold whatever a tree can hold: `..`, `.git`,
// symlinks, gitlinks, files too large, records rewritten.

import Foundation
import Testing

struct HostileRemote {
  let gitDirectory: String
  let home: String

  init(_ replicas: GitReplicas) {
    gitDirectory = replicas.remote
    home = replicas.a.home
  }

  init(gitDirectory: String, home: String) {
    self.gitDirectory = gitDirectory
    self.home = home
  }

  @discardableResult
  func git(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:])
    throws -> String
  {
    let result = try CliRunner.run(
      ["/usr/bin/env", "git", "--git-dir", gitDirectory] + arguments, home: home,
      environment: environment, input: input)
    guard result.status == 0 else { throw CliRunnerError.launch("git \(arguments): \(result)") }
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The tip of main.
  func tip() throws -> String { try git(["rev-parse", "refs/heads/main"]) }

  /// The bytes of `relative` at main.
  func read(_ relative: String) throws -> Data {
    let result = try CliRunner.run(
      ["/usr/bin/env", "git", "--git-dir", gitDirectory, "cat-file", "blob", "main:" + relative],
      home: home)
    return result.stdoutData
  }

  func blob(_ data: Data) throws -> String {
    try git(["hash-object", "-w", "--stdin"], input: data)
  }

  /// One change of a crafted commit: `path` gets `mode` and object `id`, or goes (nil).
  struct Change {
    var path: [String]
    var entry: (mode: String, id: String)?
  }

  /// `tree` with the changes made, built level by level with `git mktree`.
  func tree(_ tree: String?, applying changes: [Change]) throws -> String {
    var entries: [String: (mode: String, type: String, id: String)] = [:]
    if let tree {
      for line in try git(["ls-tree", tree]).split(separator: "\n") {
        let parts = line.split(separator: "\t", maxSplits: 1)
        let fields = parts[0].split(separator: " ")
        entries[String(parts[1])] = (String(fields[0]), String(fields[1]), String(fields[2]))
      }
    }
    var deeper: [String: [Change]] = [:]
    for change in changes {
      if change.path.count == 1 {
        if let entry = change.entry {
          let type = entry.mode == "040000" ? "tree" : entry.mode == "160000" ? "commit" : "blob"
          entries[change.path[0]] = (entry.mode, type, entry.id)
        } else {
          entries[change.path[0]] = nil
        }
      } else {
        deeper[change.path[0], default: []].append(
          Change(path: Array(change.path.dropFirst()), entry: change.entry))
      }
    }
    for (name, inner) in deeper {
      let existing = entries[name].flatMap { $0.type == "tree" ? $0.id : nil }
      entries[name] = ("040000", "tree", try self.tree(existing, applying: inner))
    }
    let listing = entries.keys.sorted().map { name in
      let entry = entries[name]!
      return "\(entry.mode) \(entry.type) \(entry.id)\t\(name)\n"
    }.joined()
    return try git(["mktree", "--missing"], input: Data(listing.utf8))
  }

  /// Pushes a commit on main with the changes, as `author` wrote it.
  @discardableResult
  func commit(
    _ changes: [Change], message: String = "store: a change", author: String = "mallory",
    parent: String? = nil
  ) throws -> String {
    let parent = try parent ?? tip()
    let base = try git(["rev-parse", parent + "^{tree}"])
    let tree = try self.tree(base, applying: changes)
    let commit = try git(
      ["commit-tree", tree, "-p", parent], input: Data((message + "\n").utf8),
      environment: [
        "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "\(author)@example.invalid",
        "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "\(author)@example.invalid",
      ])
    try git(["update-ref", "refs/heads/main", commit])
    return commit
  }

  /// A commit that puts `data` at `relative` (a plain file unless `mode` says otherwise).
  @discardableResult
  func put(
    _ relative: String, _ data: Data, mode: String = "100644", author: String = "mallory"
  ) throws -> String {
    let id = try blob(data)
    return try commit(
      [Change(path: relative.split(separator: "/").map(String.init), entry: (mode, id))],
      author: author)
  }

  /// Moves main back to `commit` (a mended remote, or a force-push).
  func reset(to commit: String) throws { try git(["update-ref", "refs/heads/main", commit]) }
}
