// Making a store a git repository (`tafel init --git`, new or existing) and
// making a new replica of one (`tafel clone`): what is tracked, the modes,
// the merge driver, the replica's tag, and the first commit.

import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Store {
  /// What git must never track: locks, drafts (a decision being typed),
  /// the index (a cache every replica rebuilds) and temporary files.
  static let gitIgnore = """
    # Written by Tafel: what stays on this machine.
    /.locks/
    /drafts/
    /index.json
    .tmp-*

    """

  /// Every JSON file of the store merges with Tafel's driver.
  static let gitAttributes = """
    # Written by Tafel: family, meeting and other store files merge by id.
    *.json merge=tafel

    """

  /// Makes the store a git repository (a first commit of everything), or
  /// brings an existing one's settings up to date. `driver` is the command
  /// git runs to merge a store file (`<tafel> merge-file`). Returns false
  /// when it already was one.
  /// (Not optimised: Swift 6.3.1's optimizer crashes on this function in a
  /// release build — "Found a leak due to a consuming post-dominance
  /// failure" on a `Data` value it inlined. It runs once per store.)
  @discardableResult
  @_optimize(none)
  package func makeRepository(by: String, driver: String) throws -> Bool {
    guard GitProcess.isAvailable else {
      throw StoreError.refused("git is not installed (Debian: apt install git)")
    }
    let existed = repository != nil
    if !existed {
      _ = try GitProcess.run(["init", "-q", "-b", "main"], in: path)
    }
    guard let repository = StoreRepository(store: path) else {
      throw StoreError.refused("git init did not make \(path)/.git")
    }
    try Store.configure(repository, driver: driver)
    if existed { willChange([".gitignore", ".gitattributes"]) }
    try AtomicFile.write(Data(Store.gitIgnore.utf8), to: absolute(".gitignore"))
    try AtomicFile.write(Data(Store.gitAttributes.utf8), to: absolute(".gitattributes"))
    if !existed {
      try FileLock.withLock(StoreLayout.gitLock, in: path) {
        try repository.must(["add", "-A"])
        // Packed at once, in the foreground: left to `gc --auto`, 50,000 loose
        // objects would be repacked in the background while the store is used.
        try repository.must(
          [
            "-c", "gc.auto=0", "commit", "-q", "--no-verify", "-m",
            "store: made a git repository (tafel init --git)",
          ],
          environment: repository.environment(by: by, at: clock()))
        try repository.must(["gc", "--quiet"])
      }
    } else {
      commitChange([".gitignore", ".gitattributes"], by: by, what: "Tafel's git settings")
    }
    return !existed
  }

  /// The settings every replica has: modes 0600/0700 for what git writes,
  /// the split index (a commit rewrites a small file, not 5 MB at 50,000
  /// families), the merge driver, and an identity when the machine has none.
  static func configure(_ repository: StoreRepository, driver: String) throws {
    let settings: [(String, String)] = [
      ("core.sharedRepository", "0600"),
      ("core.splitIndex", "true"),
      ("merge.tafel.name", "Tafel: store files merge by id, conflicts are kept"),
      // The binary that set this up, else `tafel` on PATH: a store outlives
      // the build or install it was made with.
      (
        "merge.tafel.driver",
        "t=" + Store.quoted(driver) + "; [ -x \"$t\" ] || t=tafel; \"$t\" merge-file %O %A %B %P"
      ),
      // A `git pull` by hand merges (with the driver above) instead of
      // stopping at "Need to specify how to reconcile divergent branches".
      ("pull.rebase", "false"),
      // The access log grows between syncs, so the work tree is rarely
      // clean: a rebase or merge by hand puts its new lines aside and back.
      ("rebase.autoStash", "true"),
      ("merge.autoStash", "true"),
      ("merge.conflictStyle", "merge"),
      // git checks every object another replica sends, also for a fetch by
      // hand; Tafel's own review of paths and files follows (IncomingCommits).
      ("fetch.fsckObjects", "true"),
      ("transfer.fsckObjects", "true"),
      ("receive.fsckObjects", "true"),
    ]
    for (key, value) in settings {
      try repository.must(["config", key, value])
    }
    // A committer for machines without one (git would refuse to commit).
    let identity = try repository.git(["var", "GIT_COMMITTER_IDENT"])
    if !identity.succeeded {
      let host = ProcessInfo.processInfo.hostName
      try repository.must(["config", "user.name", "Tafel on \(host)"])
      try repository.must(["config", "user.email", "tafel@\(host)"])
    }
    Store.restrictModes(repository.path + "/.git")
  }

  /// `'…'` for the shell git runs a driver with.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// chmod go-rwx over a tree (git made it with the process umask).
  static func restrictModes(_ root: String) {
    var info = stat()
    guard lstat(root, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFLNK { return }
    chmod(root, info.st_mode & 0o700)
    guard (info.st_mode & S_IFMT) == S_IFDIR,
      let names = try? FileManager.default.contentsOfDirectory(atPath: root)
    else { return }
    for name in names { restrictModes(root + "/" + name) }
  }

  /// Makes a new replica of the store at `url` in the missing or empty
  /// directory `path`, with `replica` as its tag. The tag is registered in
  /// store.json (one commit, pushed when the remote takes it), and refused
  /// when another replica has it.
  package static func clone(
    _ url: String, to path: String, replica: String, by: String, driver: String,
    clock: @escaping @Sendable () -> Timestamp = SystemClock.now,
    identify: (Store) throws -> String? = { _ in nil }
  ) throws -> Store {
    guard GitProcess.isAvailable else {
      throw StoreError.refused("git is not installed (Debian: apt install git)")
    }
    guard ReplicaTag.isValid(replica) else {
      throw StoreError.badArgument(
        "--replica: \"\(replica)\" must be 1 to 8 lowercase letters or digits, starting with a letter"
      )
    }
    try requireMissingOrEmpty(path)
    let parent = PathText.parent(path)
    let previous = umask(0o077)
    defer { umask(previous) }
    // Tafel's branch is main (`tafel init --git`), whatever the server's
    // HEAD says (a bare repository made with plain `git init --bare` says master).
    var cloned = try GitProcess.run(
      [
        "-c", "transfer.fsckObjects=true", "clone", "-q", "-b", "main", "-c",
        "core.sharedRepository=0600", "--", url, path,
      ],
      in: parent.isEmpty ? "." : parent)
    if !cloned.succeeded, String(decoding: cloned.errors, as: UTF8.self).contains("main") {
      try? FileManager.default.removeItem(atPath: path)
      cloned = try GitProcess.run(
        [
          "-c", "transfer.fsckObjects=true", "clone", "-q", "-c", "core.sharedRepository=0600",
          "--", url, path,
        ],
        in: parent.isEmpty ? "." : parent)
    }
    guard cloned.succeeded else {
      throw StoreError.refused("git clone \(url): \(Sanitized.line(cloned.firstError))")
    }
    let store: Store
    do {
      store = try Store.open(path, clock: clock)
    } catch {
      throw StoreError.refused("\(url) is not a Tafel store (\(error)); the clone is in \(path)")
    }
    guard let repository = store.repository else { throw StoreError.notAStore(path) }
    let info = try store.info()
    if info.replicas.contains(where: { $0.id == replica }) {
      try? FileManager.default.removeItem(atPath: path)
      throw StoreError.refused(
        "replica tag \"\(replica)\" is taken in \(url); choose another with --replica")
    }
    try configure(repository, driver: driver)
    // In a store with people, who records here (and signs) is known now,
    // before the first commit: the replica's registration.
    let given = by
    let by: String
    do {
      by = try identify(store) ?? given
    } catch {
      try? FileManager.default.removeItem(atPath: path)
      throw error
    }
    try AtomicFile.write(Data((replica + "\n").utf8), to: path + "/.git/tafel-replica")
    for directory in [StoreLayout.drafts, StoreLayout.locks] {
      try AtomicFile.makeDirectory(store.absolute(directory))
    }
    restrictModes(path)
    let what = "replica \(replica) cloned from \(Sanitized.line(url))"
    try store.updateDocument(
      StoreLayout.info, lock: StoreLayout.infoLock, by: by, what: what,
      decode: {
        try FileDecoding.decode(StoreInfo.self, from: $0, path: store.absolute(StoreLayout.info))
      },
      change: { (info: inout StoreInfo) in
        info.replicas.append(Replica(id: replica, by: by, at: clock()))
      })
    try store.rebuildIndex()
    return store
  }
}

extension Store {
  /// Refuses a directory that holds anything: a clone or a new remote is
  /// made only where nothing of the user's can be overwritten.
  static func requireMissingOrEmpty(_ path: String) throws {
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: path) {
      guard entries.isEmpty else { throw StoreError.notEmpty(path) }
    } else if FileReading.signature(path) != nil {
      throw StoreError.notEmpty(path)
    }
  }

  /// This replica's tag ("b") when the store was cloned with `tafel clone`;
  /// nil for a store that is not under git or was the first of its region.
  package var replica: String? {
    guard let repository,
      let data = FileManager.default.contents(atPath: repository.path + "/.git/tafel-replica")
    else { return nil }
    let tag = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return ReplicaTag.isValid(tag) ? tag : nil
  }
}
