// Every change Tafel makes to a store under git is one commit, made right
// after the atomic write while the file's lock is still held. It is built
// with git's plumbing on the changed paths only: the blob, the few trees on
// its path (a shard of 500 entries, families/ of 100, the root), the commit
// and the ref — never a walk over 50,000 files. git's own index is brought
// up to date for the same paths at the same time, on a second process, so
// `git status` beside Tafel stays clean.
//
// Before the write, the path is marked pending (an empty file in
// .git/tafel-pending/); the commit removes the mark. So a commit that fails
// (git missing, a disk full, a lock left by a `git` run by hand) or a
// process killed between the write and the commit never loses the change
// to the other replicas: the next `tafel sync` commits it (a commit takes
// only its own paths, so no change is committed under another's name).

import Foundation
import Synchronization
import TafelCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Store {
  /// Whether the store is a git repository (it has its own .git directory).
  package var isGit: Bool { repository != nil }

  /// Commits the files at `paths` (relative; a missing file is a removal)
  /// as one commit by `by` saying `what`. Called with the file's lock held.
  /// A failure is kept as a problem for the caller to show, never thrown:
  /// the change is saved and will be committed by the next sync.
  func commitChange(_ paths: [String], by: String, what: String) {
    for relative in paths { logChange(relative, by: by, what: what) }
    guard let repository else { return }
    if let together = OneChange.current, together.store == path {
      together.parts.withLock { $0.append((paths, by, what)) }
      return
    }
    commit(paths, by: by, message: StoreCommitMessage.make(paths, what: what), in: repository)
  }

  /// Runs `body`, whose writes make one change a person made (a decision
  /// and its agenda item; an adjournment and the item it carries over), and
  /// commits them as one commit when it ends: the first write's words are
  /// the subject, the others' follow. Each write is marked pending before
  /// it is made, as always, so a process killed inside `body` loses nothing.
  /// The commit is made holding the locks of every file in it, so it holds
  /// those files as they were written here.
  package func asOneChange<T>(_ body: () throws -> T) rethrows -> T {
    guard let repository, OneChange.current == nil else { return try body() }
    let together = OneChange(store: path)
    // On the board, the commit thread waits until this change's words are queued.
    let gate = backgroundCommits.enabled ? backgroundCommits.gate : nil
    gate?.lock()
    defer { gate?.unlock() }
    defer {
      let parts = together.parts.withLock { $0 }
      if let first = parts.first {
        let paths = Array(Set(parts.flatMap(\.paths))).sorted()
        var message = StoreCommitMessage.make(first.paths, what: first.what)
        if parts.count > 1 {
          message +=
            "\n"
            + parts.dropFirst().map { StoreCommitMessage.make($0.paths, what: $0.what) }
            .joined()
        }
        if backgroundCommits.enabled {
          backgroundCommits.add(.init(paths: paths, by: first.by, message: message, at: clock()))
        } else {
          commitHoldingLocks(paths, by: first.by, message: message, at: clock(), in: repository)
        }
      }
    }
    return try OneChange.$current.withValue(together) { try body() }
  }

  private func commit(
    _ paths: [String], by: String, message: String, in repository: StoreRepository
  ) {
    if backgroundCommits.enabled {
      backgroundCommits.add(.init(paths: paths, by: by, message: message, at: clock()))
    } else {
      commitNow(paths, by: by, message: message, at: clock(), in: repository)
    }
  }

  /// A commit made holding the locks of every file in it, so it holds those
  /// files as they were written.
  func commitHoldingLocks(
    _ paths: [String], by: String, message: String, at: Timestamp, in repository: StoreRepository
  ) {
    let locks = Array(Set(paths.compactMap(Store.lockName))).sorted()
    do {
      try FileLock.withLocks(locks, in: path) {
        commitNow(paths, by: by, message: message, at: at, in: repository)
      }
    } catch {
      commitProblems.add(
        "saved, but not yet committed to git (\(error)); `tafel sync` commits it")
    }
  }

  /// The commit itself, under the store's git lock (the caller holds the
  /// files' locks).
  func commitNow(
    _ paths: [String], by: String, message: String, at: Timestamp, in repository: StoreRepository
  ) {
    do {
      let warning = try FileLock.withLock(StoreLayout.gitLock, in: path) {
        _ = repository.clearStaleLocks()  // a git killed mid-commit must not stop every commit
        return try repository.commit(paths, by: by, message: message, at: at)
      }
      if let warning { commitProblems.add(warning) }
    } catch {
      commitProblems.add(
        "saved, but not yet committed to git (\(error)); `tafel sync` commits it")
    }
  }

  /// The access log's entry for a change of a family file (who is the
  /// change's author; Access/AccessLog.swift). A log that cannot be written
  /// is told like a commit that failed: the change itself is saved.
  func logChange(_ relative: String, by: String, what: String) {
    guard case .family(let id) = StoreFile(relative) else { return }
    do {
      try logAccess([(id, .change, what)], who: by, onBehalfOf: onBehalfOf)
    } catch {
      commitProblems.add("saved, but the access log could not be written: \(error)")
    }
  }

  /// Whose behalf the changes through this store are made on (a command's
  /// `--on-behalf-of`): logged with each change, as with each view.
  package var onBehalfOf: String? {
    get { behalf.withLock { $0 } }
    set { behalf.withLock { $0 = newValue } }
  }

  /// Marks `paths` as about to change (before their write; see above).
  func willChange(_ paths: [String]) { repository?.markPending(paths) }

  /// Problems of commits since the last call (at most a few lines).
  package func takeCommitProblems() -> [String] { commitProblems.take() }
}

/// The words of a commit: "FV-2026-0052: recorded a decision (investigation)".
enum StoreCommitMessage {
  static func make(_ paths: [String], what: String) -> String {
    let subject: String
    switch paths.first.map(StoreFile.init) {
    case .family(let id)?: subject = id
    case .meeting(let id)?: subject = id
    case .directory?: subject = "organisations"
    case .info?: subject = "store"
    default: subject = "store"
    }
    return Sanitized.line(subject + ": " + what) + "\n"
  }
}

/// The writes of one change made inside `Store.asOneChange`, waiting to be
/// committed together; task-local, so another thread's writes (the board's
/// background sync) are never taken into it.
final class OneChange: Sendable {
  @TaskLocal static var current: OneChange?
  let store: String
  let parts = Mutex<[(paths: [String], by: String, what: String)]>([])

  init(store: String) { self.store = store }
}

/// Lines of problems, kept until the caller takes them.
final class CommitProblems: Sendable {
  private let lines = Mutex<[String]>([])
  func add(_ line: String) { lines.withLock { $0.append(line) } }
  func take() -> [String] {
    lines.withLock { lines in
      defer { lines = [] }
      return lines
    }
  }
}

/// The git side of one store directory.
struct StoreRepository: Sendable {
  let path: String
  /// Where git keeps its files: `path/.git`, or `path` itself for the
  /// region's bare repository.
  let gitDirectory: String

  /// The store's own repository, when `path/.git` is a directory.
  init?(store path: String) {
    var info = stat()
    guard stat(path + "/.git", &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
    self.path = path
    self.gitDirectory = StoreRepository.absolute(path) + "/.git"
  }

  /// A bare repository (the region's remote).
  init(bare path: String) {
    self.path = path
    self.gitDirectory = StoreRepository.absolute(path)
  }

  /// `path` from the root: a file named in git's settings is read from
  /// wherever git runs.
  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// One empty file per path saved and not yet committed ("families%43%FV-2026-0043.json").
  var pendingDirectory: String { path + "/.git/tafel-pending" }

  /// Runs git in the store. `network`: it talks to a remote, so it runs in
  /// a process group of its own and is stopped when the remote stalls.
  func git(
    _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
    network: Bool = false
  ) throws(StoreError) -> GitResult {
    try GitProcess.run(
      arguments, in: path, input: input, environment: environment,
      stallAfter: network ? GitProcess.stallSeconds : nil)
  }

  /// Runs git and throws its first error line when it fails.
  @discardableResult
  func must(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:])
    throws(StoreError) -> GitResult
  {
    let result = try git(arguments, input: input, environment: environment)
    guard result.succeeded else {
      throw .refused("git \(arguments.first ?? ""): \(Sanitized.line(result.firstError))")
    }
    return result
  }

  /// `git commit-tree` with `rest`, signed: with this machine's person's
  /// ssh key in a store with people (Store.record(as:)), else when git's
  /// configuration asks for signed commits (`commit.gpgSign`, which
  /// `commit-tree` does not read itself; asked once per store and process).
  func commitTree(_ rest: [String]) throws(StoreError) -> [String] {
    if let signer = StoreRepository.signers.withLock({ $0[path] }), !signer.key.isEmpty {
      return ["-c", "gpg.format=ssh", "-c", "user.signingkey=" + signer.key, "commit-tree"] + rest
        + ["-S"]
    }
    return ["commit-tree"] + rest + (try signing())
  }

  func signing() throws(StoreError) -> [String] {
    if let known = StoreRepository.signs.withLock({ $0[path] }) { return known ? ["-S"] : [] }
    let answer = try git(["config", "--bool", "--get", "commit.gpgSign"]).text == "true"
    StoreRepository.signs.withLock { $0[path] = answer }
    return answer ? ["-S"] : []
  }

  private static let signs = Mutex<[String: Bool]>([:])
  /// Who signs commits in a store with people, by store path.
  static let signers = Mutex<[String: Signer]>([:])

  static func isAccessLog(_ relative: String) -> Bool {
    relative.hasPrefix(Store.accessDirectory + "/") && relative.hasSuffix(".jsonl")
  }

  /// Paths saved but not yet committed.
  func pending() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: pendingDirectory)) ?? []
    return names.map { $0.replacingOccurrences(of: "%", with: "/") }
      .filter {
        StoreFile($0) != .other || $0 == ".gitignore" || $0 == ".gitattributes"
          || ($0.hasPrefix(Store.accessDirectory + "/") && $0.hasSuffix(".jsonl"))
      }.sorted()
  }

  /// Marks paths as saved-not-committed (before their write: a process
  /// killed after the write still leaves the mark).
  func markPending(_ paths: [String]) {
    for relative in paths {
      let name = pendingDirectory + "/" + relative.replacingOccurrences(of: "/", with: "%")
      var descriptor = open(name, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor < 0, errno == ENOENT {
        mkdir(pendingDirectory, 0o700)
        descriptor = open(name, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
      }
      if descriptor >= 0 { close(descriptor) }
    }
  }

  func clearPending(_ paths: [String]) {
    for relative in paths {
      unlink(pendingDirectory + "/" + relative.replacingOccurrences(of: "/", with: "%"))
    }
  }

  /// The identity and time of a commit by `by` at `at` (the author is the
  /// person; the committer is this machine's git identity).
  func environment(by: String, at: Timestamp) -> [String: String] {
    let name = Sanitized.line(by).replacingOccurrences(of: "<", with: "")
      .replacingOccurrences(of: ">", with: "")
    let date = "@\(at.seconds) +0000"
    // In a store with people the author's e-mail is the person's id: the
    // principal their key signs as in git's allowed signers.
    let signer = StoreRepository.signers.withLock { $0[path] }
    return [
      "GIT_AUTHOR_NAME": name.trimmingCharacters(in: .whitespaces).isEmpty ? "unknown" : name,
      "GIT_AUTHOR_EMAIL": signer.map { $0.person.id } ?? "", "GIT_AUTHOR_DATE": date,
      "GIT_COMMITTER_DATE": date,
    ]
  }

  /// One commit of exactly `paths` on top of HEAD; called under the
  /// store's git lock and the locks of the files. Nothing to commit when
  /// the trees are unchanged. Another process's pending marks are neither
  /// taken nor cleared: its change is committed by its own commit, under its
  /// own name (or, when it died before, by `tafel sync`). Returns a warning
  /// when the commit was made but git's index could not be updated (the
  /// paths stay pending, so the next sync commits them again, unchanged).
  func commit(_ paths: [String], by: String, message: String, at: Timestamp) throws(StoreError)
    -> String?
  {
    let all = Array(Set(paths)).sorted()
    let present = all.filter { FileReading.signature(path + "/" + $0) != nil }
    let directories = GitTree.directories(of: all)
    // Three gits at once: the blobs, HEAD's trees on these paths, and git's
    // own index (which has to read all of its 50,000 entries at that size).
    let repository = self
    let group = DispatchGroup()
    let indexGroup = DispatchGroup()
    let indexResult = Mutex<StoreError?>(nil)
    let blobResult = Mutex<Result<[String: String], StoreError>>(.success([:]))
    let headResult = Mutex<
      Result<(commit: String, tree: String, trees: [String: [String: GitTree.Entry]])?, StoreError>
    >(.success(nil))
    DispatchQueue.global().async(group: indexGroup) {
      do throws(StoreError) {
        _ = try repository.must(["update-index", "--add", "--remove", "--"] + all)
      } catch {
        indexResult.withLock { $0 = error }
      }
    }
    // Never leave the git lock with git's index still being written.
    defer { indexGroup.wait() }
    DispatchQueue.global().async(group: group) {
      _ = try? repository.commitTree([])  // asked once per process; answered meanwhile
    }
    DispatchQueue.global().async(group: group) {
      guard !present.isEmpty else { return }
      do throws(StoreError) {
        let hashed = try repository.must(
          ["hash-object", "-w", "--no-filters", "--stdin-paths"],
          input: Data((present.joined(separator: "\n") + "\n").utf8))
        let ids = hashed.text.split(separator: "\n").map(String.init)
        guard ids.count == present.count else { throw .refused("git hash-object: no answer") }
        blobResult.withLock { $0 = .success(Dictionary(uniqueKeysWithValues: zip(present, ids))) }
      } catch {
        blobResult.withLock { $0 = .failure(error) }
      }
    }
    do throws(StoreError) {
      let head = try GitTree.headTrees(directories, in: repository)
      headResult.withLock { $0 = .success(head) }
    } catch {
      headResult.withLock { $0 = .failure(error) }
    }
    group.wait()
    let blobs = try blobResult.withLock { $0 }.get()
    var head = try headResult.withLock { $0 }.get()
    var changes: [String: GitTree.Entry?] = [:]
    for relative in all {
      // updateValue: `changes[relative] = nil` would drop a removal instead of keeping it.
      changes.updateValue(
        blobs[relative].map { GitTree.Entry(mode: "100644", id: $0) }, forKey: relative)
    }
    for attempt in 0..<3 {
      if attempt > 0 { head = try GitTree.headTrees(directories, in: self) }
      let root = try GitTree.build(
        changes, on: head?.trees ?? [:], directories: directories, in: self)
      if let head, root == head.tree { break }
      var rest = [root]
      if let head { rest += ["-p", head.commit] }
      let commit = try must(
        try commitTree(rest), input: Data(message.utf8),
        environment: environment(by: by, at: at)
      ).text
      let old = head?.commit ?? String(repeating: "0", count: commit.count)
      let updated = try git(["update-ref", "-m", "tafel: " + message, "HEAD", commit, old])
      if updated.succeeded { break }
      // HEAD moved under us (a `git commit` by hand): build on the new one.
      if attempt == 2 { throw .refused("git update-ref: \(Sanitized.line(updated.firstError))") }
    }
    // The index is waited for last: at 50,000 entries it is the slowest of the three.
    indexGroup.wait()
    if let failure = indexResult.withLock({ $0 }) {
      return "committed, but git's index was not updated (\(failure)); the next commit updates it"
    }
    clearPending(all)
    return nil
  }
}
