// Taking an erased family out of a store's git history (`tafel erase`). Every
// commit whose tree held the family's file, or a meeting file with its
// agenda items, is written again without them; every commit after it
// follows with its parents mapped. Commits from before the family existed
// keep their ids and their signatures. A rewritten commit keeps its author,
// the author's date and its message, and carries two trailers: the family
// erased (`Tafel-Erased: FV-2026-0052`) and the commit it replaces
// (`Tafel-Was: <id>`). It is signed by whoever rewrote it: the administrator
// who erased, or on another replica that replica's person for its own later
// commits.
//
// The same rules check a rewrite made elsewhere (the region's server before
// it takes the push, every replica before it follows): each new commit that
// names a commit known here must be that commit with exactly the family
// taken out — same tree minus the family, same author, same message plus
// the trailers, same parents as mapped — and no known commit may be left
// without its replacement. So a "rewrite" can only ever remove an erased
// family, never change or drop anyone's record.

import Foundation
import TafelCore

/// A commit as git holds it, for rewriting and for checking a rewrite.
struct RawCommit: Sendable {
  var id: String
  var tree: String
  var parents: [String]
  /// "Name <email> 1733500000 +0000", as git wrote it.
  var author: String
  var message: String

  init?(id: String, bytes: ArraySlice<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let split = text.range(of: "\n\n") else {
      guard text.hasPrefix("tree ") else { return nil }
      self.init(id: id, headers: text, message: "")
      return
    }
    self.init(
      id: id, headers: String(text[..<split.lowerBound]), message: String(text[split.upperBound...])
    )
  }

  private init?(id: String, headers: String, message: String) {
    self.id = id
    self.message = message
    var tree: String?
    var parents: [String] = []
    var author = ""
    for line in headers.split(separator: "\n", omittingEmptySubsequences: false)
    where !line.hasPrefix(" ") {
      if line.hasPrefix("tree ") { tree = String(line.dropFirst(5)) }
      if line.hasPrefix("parent ") { parents.append(String(line.dropFirst(7))) }
      if line.hasPrefix("author ") { author = String(line.dropFirst(7)) }
    }
    guard let tree else { return nil }
    self.tree = tree
    self.parents = parents
    self.author = author
  }

  /// The values of one trailer key, in order.
  func trailers(_ key: String) -> [String] {
    message.split(separator: "\n").compactMap { line in
      line.hasPrefix(key + ": ") ? String(line.dropFirst(key.count + 2)) : nil
    }
  }

  /// The commit this one replaces, when it is a rewrite.
  var was: String? { trailers(HistoryErasure.wasKey).last }

  /// The author's name, e-mail and date as git's environment takes them.
  var authorEnvironment: [String: String] {
    guard let open = author.lastIndex(of: "<"), let close = author.lastIndex(of: ">") else {
      return [:]
    }
    let name = author[..<open].trimmingCharacters(in: .whitespaces)
    let email = String(author[author.index(after: open)..<close])
    let date = author[author.index(after: close)...].trimmingCharacters(in: .whitespaces)
    return [
      "GIT_AUTHOR_NAME": name.isEmpty ? "unknown" : name, "GIT_AUTHOR_EMAIL": email,
      "GIT_AUTHOR_DATE": "@" + date,
    ]
  }
}

enum HistoryErasure {
  static let erasedKey = "Tafel-Erased"
  static let wasKey = "Tafel-Was"

  /// The message of a rewrite of a commit with `message`: the same words,
  /// then the trailers (added to a block of Tafel trailers it has already).
  /// The store path of an erased name: a family's file, or an access-log path as it is.
  static func path(of name: String) -> String {
    name.contains("/") ? name : StoreLayout.familyFile(name)
  }

  static func message(_ message: String, was: String, erasing families: [String]) -> String {
    var text = message
    while text.hasSuffix("\n\n") { text.removeLast() }
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    let paragraphs = text.components(separatedBy: "\n\n")
    let last = paragraphs.last?.split(separator: "\n") ?? []
    let trailing = !last.isEmpty && last.allSatisfy { $0.hasPrefix("Tafel-") }
    if !trailing { text += "\n" }
    for family in families { text += "\(erasedKey): \(family)\n" }
    return text + "\(wasKey): \(was)\n"
  }
}

extension HistoryErasure {
  /// What `rewritten` erased since `original`, when its message is exactly
  /// `original`'s followed by erasure trailers — a `Tafel-Was` naming
  /// `original` first — and nothing else; nil when the words differ.
  static func erasedSince(_ original: RawCommit, in rewritten: RawCommit) -> [String]? {
    // The first erasure since `original` is written exactly as `message` writes it ...
    let lines = rewritten.message.split(separator: "\n", omittingEmptySubsequences: false)
    guard let firstWas = lines.firstIndex(of: Substring("\(wasKey): \(original.id)")) else {
      return nil
    }
    var start = firstWas
    while start > 0, lines[start - 1].hasPrefix(erasedKey + ": ") { start -= 1 }
    let first = lines[start..<firstWas].map { String($0.dropFirst(erasedKey.count + 2)) }
    let head = message(original.message, was: original.id, erasing: first)
    guard rewritten.message.hasPrefix(head) else { return nil }
    // ... and every later one adds trailer lines only.
    let rest = rewritten.message.dropFirst(head.count).split(separator: "\n")
    guard rest.allSatisfy({ $0.hasPrefix(erasedKey + ": ") || $0.hasPrefix(wasKey + ": ") })
    else { return nil }
    let later = rest.filter { $0.hasPrefix(erasedKey + ": ") }.map {
      String($0.dropFirst(erasedKey.count + 2))
    }
    return first + later
  }
}

extension StoreRepository {
  /// The commits named, as git holds them.
  func rawCommits(_ ids: [String]) throws(StoreError) -> [String: RawCommit] {
    var commits: [String: RawCommit] = [:]
    for (id, object) in zip(ids, try GitBatch.read(ids, in: self)) {
      guard let object, object.type == "commit", let commit = RawCommit(id: id, bytes: object.bytes)
      else { throw .refused("git: \(id.prefix(10)) is not a commit here") }
      commits[id] = commit
    }
    return commits
  }

  /// The commits reachable from `tips` and not from `not`, oldest first
  /// (every commit after its parents).
  func commits(from tips: [String], not: [String] = []) throws(StoreError) -> [String] {
    guard !tips.isEmpty else { return [] }
    return try must(
      ["rev-list", "--topo-order", "--reverse"] + tips + not.map { "^" + $0 }
    ).text.split(separator: "\n").map(String.init)
  }

  /// Trees without the erased families, computed once per tree.
  final class TreeEraser {
    let repository: StoreRepository
    let families: [String]
    private var trees: [String: String] = [:]
    private var blobs: [String: String] = [:]

    /// Access-log files past their retention, taken out whole.
    let paths: [String]

    /// `names`: family ids, and access-log paths ("access/b/2019-03.jsonl").
    init(_ repository: StoreRepository, families names: [String]) {
      self.repository = repository
      self.families = names.filter { !$0.contains("/") }.sorted()
      self.paths = names.filter { $0.contains("/") }.sorted()
    }

    /// The root tree `root` without the families' files (in either layout)
    /// and without their items in any meeting file.
    func without(_ root: String) throws(StoreError) -> String {
      if let known = trees[root] { return known }
      var paths = self.paths
      for family in families {
        paths.append(StoreLayout.familyFile(family))
        paths.append(StoreLayout.families + "/" + family + ".json")
      }
      var changes: [String: GitTree.Entry?] = [:]
      let present = try repository.must(
        ["cat-file", "--batch-check=%(objectname)"],
        input: Data((paths.map { root + ":" + $0 }.joined(separator: "\n") + "\n").utf8)
      ).text.split(separator: "\n")
      for (path, answer) in zip(paths, present) where !answer.hasSuffix("missing") {
        changes[path] = .some(nil)
      }
      let meetings =
        try GitTree.read([StoreLayout.meetings], of: root, in: repository)[
          StoreLayout.meetings] ?? [:]
      let unknown =
        families.isEmpty
        ? [] : meetings.values.filter { $0.type == "blob" && blobs[$0.id] == nil }.map(\.id)
      if !unknown.isEmpty {
        let objects = try GitBatch.read(unknown, in: repository)
        for (id, object) in zip(unknown, objects) {
          blobs[id] = try rewritten(id, object.map { Data($0.bytes) })
        }
      }
      for (name, entry) in meetings where entry.type == "blob" {
        if let replacement = blobs[entry.id], replacement != entry.id {
          changes[StoreLayout.meetings + "/" + name] = GitTree.Entry(
            mode: entry.mode, id: replacement)
        }
      }
      let result =
        changes.isEmpty ? root : try GitTree.apply(changes, to: root, in: repository)
      trees[root] = result
      return result
    }

    /// A meeting file's blob without the families' items (written to git),
    /// or the same id when it holds nothing of them.
    private func rewritten(_ id: String, _ data: Data?) throws(StoreError) -> String {
      guard let data, !families.isEmpty,
        families.contains(where: { data.firstRange(of: Data($0.utf8)) != nil })
      else { return id }
      guard let value = try? StoreJSON.decode(JSONValue.self, from: data),
        let without = ErasedMeeting.without(families, in: value)
      else { return id }
      let bytes: Data
      do {
        bytes = try TafelJSON.encode(without)
      } catch {
        throw .refused("a meeting without the erased family could not be written: \(error)")
      }
      return try repository.must(["hash-object", "-w", "--stdin"], input: bytes).text
    }
  }

  /// Writes `commits` (oldest first) again without `families`, each onto
  /// its parents as mapped in `mapped` (which this extends), signed as
  /// this replica signs; a commit whose tree and parents stay the same
  /// keeps its id. `committed`: the rewrite's time.
  func rewrite(
    _ commits: [String], erasing families: [String], mapped: inout [String: String],
    at committed: Timestamp
  ) throws(StoreError) {
    let raw = try rawCommits(commits)
    let eraser = TreeEraser(self, families: families)
    for id in commits {
      guard let commit = raw[id] else { continue }
      let parents = commit.parents.map { mapped[$0] ?? $0 }
      let tree = try eraser.without(commit.tree)
      if tree == commit.tree, parents == commit.parents {
        mapped[id] = id
        continue
      }
      let message = HistoryErasure.message(commit.message, was: id, erasing: families)
      var environment = commit.authorEnvironment
      environment["GIT_COMMITTER_DATE"] = "@\(committed.seconds) +0000"
      let made = try must(
        try commitTree([tree] + parents.flatMap { ["-p", $0] }), input: Data(message.utf8),
        environment: environment
      ).text
      mapped[id] = made
    }
  }

  /// Checks that the commits from `newTip` not in `oldTip`'s history are an
  /// erasure of the families they name and nothing else (see the file's
  /// head), and that every commit of `oldTip`'s history not in `newTip`'s
  /// has its replacement. Returns the map from old to new ids and the
  /// families erased, or one line saying what is wrong.
  func checkErasure(old oldTip: String, new newTip: String) throws(StoreError) -> Result<
    (mapped: [String: String], families: [String]), ErasureRefusal
  > {
    let added = try commits(from: [newTip], not: [oldTip])
    let dropped = Set(try commits(from: [oldTip], not: [newTip]))
    let raw = try rawCommits(added)
    // Nothing claims to be a rewrite: not an erasure (a force-push).
    guard raw.values.contains(where: { $0.was != nil }) else { return .success(([:], [])) }
    // The commits replaced, read once (each rewrite is checked against one of them).
    let originals = try rawCommits(dropped.sorted())
    var mapped: [String: String] = [:]
    var families: Set<String> = []
    var erasers: [[String]: TreeEraser] = [:]
    for id in added {
      guard let commit = raw[id], commit.was != nil else { continue }
      // A commit erased from more than once names each version it replaced,
      // oldest first: the newest one this replica has is what it is checked
      // against (a replica that missed an erasure knows an older one).
      let chain = commit.trailers(HistoryErasure.wasKey)
      guard let was = chain.last(where: { dropped.contains($0) || mapped[$0] != nil }) else {
        // A rewrite of a commit this replica never had: it is reviewed as new.
        continue
      }
      var found = originals[was]
      if found == nil { found = try rawCommits([was])[was] }
      guard let original = found else { continue }
      let label = "rewrites \(was.prefix(10))"
      guard let erased = HistoryErasure.erasedSince(original, in: commit) else {
        return .failure(ErasureRefusal(commit: id, why: "\(label) but changes its message"))
      }
      guard !erased.isEmpty else {
        return .failure(ErasureRefusal(commit: id, why: "\(label) and erases nothing"))
      }
      guard commit.author == original.author else {
        return .failure(ErasureRefusal(commit: id, why: "\(label) but changes its author"))
      }
      guard commit.parents == original.parents.map({ mapped[$0] ?? $0 }) else {
        return .failure(ErasureRefusal(commit: id, why: "\(label) but changes its parents"))
      }
      let eraser = erasers[erased.sorted()] ?? TreeEraser(self, families: erased)
      erasers[erased.sorted()] = eraser
      guard try eraser.without(original.tree) == commit.tree else {
        return .failure(
          ErasureRefusal(
            commit: id,
            why: "\(label) but its files differ by more than \(erased.joined(separator: ", "))"))
      }
      mapped[was] = id
      families.formUnion(erased)
    }
    if let lost = dropped.first(where: { mapped[$0] == nil }) {
      return .failure(
        ErasureRefusal(
          commit: lost, why: "is no longer in the history and nothing replaces it"))
    }
    return .success((mapped, families.sorted()))
  }

  /// After a rewrite has moved the branches: every other ref removed (a
  /// stash left by a `git pull` by hand could hold what was erased), git's
  /// index made HEAD's, the erased paths no longer pending, and what is no
  /// longer reachable pruned.
  func settleRewrite(erasing names: [String]) throws(StoreError) {
    let refs = try must(["for-each-ref", "--format=%(refname)"]).text.split(separator: "\n")
    for ref in refs where !ref.hasPrefix("refs/heads/") && !ref.hasPrefix("refs/remotes/") {
      try must(["update-ref", "-d", String(ref)])
    }
    try must(["read-tree", "HEAD"])
    clearPending(names.map(HistoryErasure.path))
    try purgeUnreachable()
  }

  /// Makes what is no longer reachable unrecoverable: reflogs expired, the
  /// refs git keeps beside the branches removed, and every unreachable
  /// object (loose or packed) pruned.
  func purgeUnreachable() throws(StoreError) {
    for name in ["FETCH_HEAD", "ORIG_HEAD", "MERGE_HEAD", "AUTO_MERGE"] {
      unlink(gitDirectory + "/" + name)
    }
    try must(["reflog", "expire", "--expire=now", "--expire-unreachable=now", "--all"])
    try must(["gc", "--prune=now", "--quiet"])
  }
}

enum ErasureRecords {
  /// The first of `names` (families and access-log paths a rewrite took out)
  /// that store.json (`info`, as the rewritten history holds it) does not
  /// record as erased, or as an access log past its retention: one line, or nil.
  static func unrecorded(_ names: [String], in info: StoreInfo?) -> String? {
    let families = Set((info?.removed ?? []).filter(\.historyErased).map(\.id))
    let logs = Dictionary(
      (info?.expiredLogs ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    let years = info?.retention.accessLogYears ?? RetentionRules.defaultAccessLogYears
    for name in names {
      if !name.contains("/") {
        if !families.contains(name) {
          return "the history lost \(name), but store.json does not record its erasure"
        }
        continue
      }
      guard case .accessLog? = TrackedPath(name) else {
        return "the history lost \(name), which is no access log: only families and old logs go"
      }
      guard let record = logs[name] else {
        return "the history lost \(name), but store.json does not record that it expired"
      }
      guard let due = AccessLogRetention.due(name, years: years), due <= record.removedAt.utcDay
      else {
        return "the history lost \(name), whose \(years) years had not run out"
      }
    }
    return nil
  }
}

/// Why a rewrite from elsewhere is not an erasure: the commit and one line.
struct ErasureRefusal: Error, Sendable {
  var commit: String
  var why: String
}
