// `tafel sync` and the board's background sync: fetch, merge, push — all
// through the `git` command. The merge is Tafel's own per-file merge
// (StoreFileMerge) on the paths both sides changed; git checks nothing out
// itself, because git writes a file in place and a board reading it then
// could see half of it. Every file the merge changes is written atomically
// under its lock, then the merge commit is made and HEAD moved; a sync cut
// short anywhere leaves the old HEAD and whole files, and the next sync
// starts again.

import Foundation
import TafelCore

package struct SyncOutcome: Sendable, Equatable {
  package enum State: Sendable, Equatable {
    /// Fetched, merged and pushed: the replica and the remote agree.
    case synced
    /// The remote could not be reached; commits wait for the next sync.
    case offline(String)
    /// The remote refused the push (it moved again, or it is read-only).
    case pushRefused(String)
    /// The store has no remote: nothing to sync with.
    case noRemote
  }

  package var state: State
  /// Files the merge brought in or changed.
  package var changed: Set<StoreFile> = []
  /// Conflicts the merge kept (values changed differently on both sides).
  package var conflicts: [String] = []
  /// Whether commits were sent.
  package var pushed = false
  /// One line each: what else a person should know.
  package var notes: [String] = []
}

extension Store {
  /// Fetches from the store's remote (`origin`), merges what came, and
  /// pushes what this replica has. Offline is an outcome, not an error; a
  /// file the merge cannot read stops the sync with one line and changes nothing.
  package func sync(by: String) throws -> SyncOutcome {
    guard let repository else {
      throw StoreError.refused(
        "\(path) is not under git; `tafel init --git` makes it so, `tafel clone` makes a replica")
    }
    // The board's queued commits first: a queued change is never a leftover.
    finishCommits()
    // Two syncs of one replica (the board's and a command's) take turns.
    return try FileLock.withLock(StoreLayout.syncLock, in: path) {
      try syncAlone(repository, by: by)
    }
  }

  /// (Not optimised: Swift 6.3.1's optimizer crashes on this function in a
  /// release build. Its time is git's, not Swift's.)
  @_optimize(none)
  private func syncAlone(_ repository: StoreRepository, by: String) throws -> SyncOutcome {
    var outcome = SyncOutcome(state: .synced)
    let stale = try FileLock.withLock(StoreLayout.gitLock, in: path) {
      repository.clearStaleLocks()
    }
    if let left = stale.first {
      throw StoreError.refused(
        "\(left) is held by a git still running in this store; sync again when it ends")
    }
    if let shortened = try accessLogShortened(repository, remembering: true).first {
      throw StoreError.refused(
        "\(shortened): the access log is not what was committed before plus new lines (a line "
          + "was removed or changed); it was not committed and nothing was sent")
    }
    // The access log's new lines wait for the sync by design; other paths
    // are changes whose own commit did not happen (a process killed between
    // its write and its commit, a commit that failed). Each is taken under
    // its file's lock, so a change another process is making right now is
    // left to that process's own commit, under its own name.
    let queued = backgroundCommits.waiting  // this process's own, committed by their own commit
    let waiting = repository.pending().filter { !queued.contains($0) }
    let logs = waiting.filter(StoreRepository.isAccessLog)
    if !logs.isEmpty,
      let warning = try commitLeftovers(logs, "store: the access log's new entries\n", by: by)
    {
      outcome.notes.append(warning)
    }
    let others = waiting.filter { !StoreRepository.isAccessLog($0) }
    if !others.isEmpty,
      let warning = try commitLeftovers(
        others, "store: changes saved before, committed now\n", by: by)
    {
      outcome.notes.append(warning)
    }
    try commitHandEdits(repository, by: by, into: &outcome)
    let remotes = try repository.must(["remote"]).text.split(separator: "\n")
    guard let remote = remotes.first(where: { $0 == "origin" }) ?? remotes.first else {
      outcome.state = .noRemote
      return outcome
    }
    let branch = try repository.must(["symbolic-ref", "--short", "HEAD"]).text
    let tracking = "refs/remotes/\(remote)/\(branch)"
    let before = try heads(repository, tracking).remote
    // git checks every object it receives (fsck); Tafel then checks every
    // path and file (IncomingCommits). A remote that stops answering is
    // offline after GitProcess.stallSeconds.
    let fetched = try repository.git(
      [
        "-c", "fetch.fsckObjects=true", "-c", "transfer.fsckObjects=true", "fetch",
        "--progress", "--no-tags", String(remote),
      ], network: true)
    if !fetched.succeeded {
      try GitResult.throwIfDiskFull(fetched)
      let said = String(decoding: fetched.errors, as: UTF8.self)
      if said.contains("error: object ") || said.contains("fsck") {
        let line =
          said.split(whereSeparator: \.isNewline).first { $0.contains("error: object ") }
          .map(String.init) ?? fetched.firstError
        throw StoreError.refused(
          "sync refused what \(remote) sent: git's check of its objects (fsck) says "
            + "\(Sanitized.line(line.trimmingCharacters(in: .whitespaces))); nothing of it was "
            + "written, this replica's work is kept and is sent once the remote is mended")
      }
      outcome.state = .offline(Sanitized.line(fetched.firstError))
      return outcome
    }
    let after = try heads(repository, tracking).remote
    // This replica's erasure, not yet sent: the push replaces exactly the
    // remote's tip as it was. Another replica's erasure: followed, once checked.
    let replacing = try prepareErasurePush(repository, tracking: tracking, remoteTip: after)
    var followed = false
    if replacing == nil, let before, let after, before != after,
      try !repository.isAncestor(before, of: after),
      try repository.isAncestor(before, of: "HEAD")
    {
      do {
        followed = try followErasure(repository, old: before, new: after, by: by, into: &outcome)
      } catch {
        // Refused: the remote-tracking branch goes back to what this replica had.
        _ = try? repository.git(["update-ref", tracking, before])
        throw error
      }
    }
    // What this replica had from the remote: the remote's tip as last seen,
    // when this replica took it (a commit it refused was never its own).
    let accepted =
      followed
      ? after
      : try before.flatMap { before in
        try repository.git(["merge-base", "--is-ancestor", before, "HEAD"]).succeeded
          ? before : nil
      }
    if replacing == nil, !followed, let before = accepted, before != after {
      let kept = try after.map { try repository.git(["merge-base", "--is-ancestor", before, $0]) }
      if kept?.succeeded != true {
        outcome.notes.append(
          "\(remote) no longer holds commits this replica had from it (\(before.prefix(10))): "
            + "its history was rewritten (a force-push); this replica's commits are sent again")
      }
    }
    for _ in 0..<3 {
      let ids = try heads(repository, tracking)
      guard let local = ids.local else { throw StoreError.refused("git: the store has no commit") }
      guard let theirs = ids.remote else { break }  // the remote has no branch yet: push it
      if theirs == local { break }
      let base = try repository.git(["merge-base", local, theirs]).text
      guard !base.isEmpty else {
        throw StoreError.refused(
          "\(remote) holds another store (no history in common); nothing was merged")
      }
      if base == theirs { break }  // we are ahead: push only
      do {
        if try merge(local: local, theirs: theirs, base: base, by: by, into: &outcome) { break }
      } catch {
        // Refused: the remote-tracking branch goes back to what this replica
        // had, so a `git merge origin/main` by hand cannot take the refused commit.
        if let accepted {
          _ = try? repository.git(["update-ref", tracking, accepted])
        } else {
          _ = try? repository.git(["update-ref", "-d", tracking])
        }
        throw error
      }
    }
    let ids = try heads(repository, tracking)
    if ids.local != ids.remote || replacing != nil {
      // An erasure replaces the remote's branch, and only as it was.
      let lease = replacing.map { ["--force-with-lease=refs/heads/\(branch):\($0)"] } ?? []
      let pushed = try repository.git(
        ["push", "--progress"] + lease + [String(remote), "HEAD:refs/heads/" + branch],
        network: true)
      if pushed.succeeded {
        outcome.pushed = true
        if replacing != nil { try finishErasurePush(repository, tracking: tracking) }
      } else {
        try GitResult.throwIfDiskFull(pushed)
        let text = String(decoding: pushed.errors, as: UTF8.self)
        let refused =
          text.contains("rejected") || text.contains("fetch first")
          || text.contains("non-fast-forward") || text.contains("denied")
        // The region's hook says why in its own line ("remote: tafel: push refused: …").
        let hook = text.split(whereSeparator: \.isNewline).first { $0.contains("push refused:") }
          .map { line -> String in
            var said = String(line)
            for prefix in ["remote:", " ", "tafel:", " "] where said.hasPrefix(prefix) {
              said.removeFirst(prefix.count)
            }
            return said.trimmingCharacters(in: .whitespaces)
          }
        let line = Sanitized.line(hook ?? pushed.firstError)
        outcome.state = refused ? .pushRefused(line) : .offline(line)
      }
    }
    return outcome
  }

  /// One change of the merge: the new entry of a path (nil: removed) and its bytes.
  private struct MergedPath {
    var entry: GitTree.Entry?
    var data: Data?
  }

  /// Merges `theirs` into `local` (HEAD), in four steps: what each side
  /// changed since `base` and what is taken; the files both changed, merged
  /// by id; a local file changed outside a commit, committed first; the
  /// result written under the files' locks and committed. Returns false when
  /// HEAD moved meanwhile (a save on this replica), so the caller tries again.
  private func merge(
    local: String, theirs: String, base: String, by: String, into outcome: inout SyncOutcome
  ) throws -> Bool {
    guard let repository else { return true }
    let ours = try changedPaths(repository, from: base, to: local)
    let incoming = try changedPaths(repository, from: base, to: theirs)
    let review = try reviewIncoming(
      repository, local: local, theirs: theirs, base: base, incoming: incoming)
    var plan = planMerge(ours: ours, incoming: incoming, review: review, into: &outcome)
    let blobs = try mergeBothChanged(
      &plan, ours: ours, incoming: incoming, base: base, review: review, in: repository,
      into: &outcome)
    if try commitChangedOutsideACommit(
      plan.merged.keys, local: local, by: by, in: repository, into: &outcome)
    {
      return false
    }
    let done = try writeMerged(
      plan, blobs: blobs, local: local, theirs: theirs, base: base, by: by, in: repository,
      into: &outcome)
    if done { try indexChangedFamilies(outcome) }
    return done
  }

  /// What a merge writes, as far as it is known before any bytes are read.
  private struct MergePlan {
    var merged: [String: MergedPath] = [:]
    /// Changed on both sides since the base: merged by id.
    var bothChanged: [String] = []
    /// A change left out (to a family removed after its retention period)
    /// makes the result differ from theirs: a merge commit, never a fast-forward.
    var leftOut = false
  }

  /// Step 1: theirs is taken where only they changed a file; a file both
  /// changed is kept for step 2; a change to a family removed after its
  /// retention period is left out.
  private func planMerge(
    ours: [String: GitTree.Entry?], incoming: [String: GitTree.Entry?],
    review: IncomingReview, into outcome: inout SyncOutcome
  ) -> MergePlan {
    var plan = MergePlan()
    for (relative, entry) in incoming.sorted(by: { $0.key < $1.key }) {
      if entry != nil, case .family(let id) = StoreFile(relative),
        review.removedFamilies.contains(id)
      {
        plan.leftOut = true
        outcome.notes.append(
          "\(id) was removed after its retention period; a change to it from another replica "
            + "was not taken")
        if FileReading.signature(absolute(relative)) != nil, ours[relative] == nil {
          plan.merged[relative] = MergedPath(entry: nil, data: nil)
        }
        continue
      }
      guard let mine = ours[relative] else {
        plan.merged[relative] = MergedPath(entry: entry, data: nil)
        continue
      }
      if mine == entry { continue }
      plan.bothChanged.append(relative)
    }
    return plan
  }

  /// Step 2: the bytes of everything written (theirs, and the three sides of
  /// a file both changed), and each file both changed merged by id.
  private func mergeBothChanged(
    _ plan: inout MergePlan, ours: [String: GitTree.Entry?], incoming: [String: GitTree.Entry?],
    base: String, review: IncomingReview, in repository: StoreRepository,
    into outcome: inout SyncOutcome
  ) throws -> [String: Data] {
    // Bytes of everything that is written: theirs, and the three sides of both-changed.
    var wanted: [String] = plan.merged.values.compactMap { $0.entry?.id }
    for relative in plan.bothChanged {
      wanted += [ours[relative]??.id, incoming[relative]??.id].compactMap { $0 }
      wanted.append(base + ":" + relative)
    }
    let blobs = try readBlobs(repository, Array(Set(wanted)))
    for relative in plan.bothChanged {
      let mine = ours[relative] ?? nil
      let other = incoming[relative] ?? nil
      guard let mine, let other else {
        if case .family(let id) = StoreFile(relative), review.removedFamilies.contains(id) {
          // Removed after its retention period: the removal stands.
          if mine != nil { plan.merged[relative] = MergedPath(entry: nil, data: nil) }
          plan.leftOut = true
          outcome.notes.append(
            "\(id) was removed after its retention period; this replica's change to it was "
              + "not kept")
          continue
        }
        // Removed on one side, changed on the other: the changed one stays.
        let kept = mine ?? other
        plan.merged[relative] = MergedPath(entry: kept, data: kept.flatMap { blobs[$0.id] })
        outcome.notes.append("\(relative): removed on one side, changed on the other; kept")
        continue
      }
      // An access log both sides passed on: the longer holds the other (both
      // only grew, IncomingCommits saw to that).
      if case .accessLog? = TrackedPath(relative), let mineData = blobs[mine.id],
        let otherData = blobs[other.id]
      {
        if otherData.count > mineData.count, otherData.prefix(mineData.count) == mineData {
          plan.merged[relative] = MergedPath(entry: other, data: otherData)
          continue
        }
        if mineData.count >= otherData.count, mineData.prefix(otherData.count) == otherData {
          continue
        }
      }
      guard StoreFile(relative) != .other, let mineData = blobs[mine.id],
        let otherData = blobs[other.id]
      else {
        outcome.notes.append("\(relative): changed on both sides; this replica's version kept")
        continue
      }
      let result = try StoreFileMerge.merge(
        base: blobs[base + ":" + relative], ours: mineData, theirs: otherData,
        relativePath: relative, at: clock())
      outcome.conflicts += result.conflicts.map { "\(relative): \($0.id)" }
      plan.merged[relative] = MergedPath(
        entry: GitTree.Entry(mode: "100644", id: ""), data: result.data)
    }
    return blobs
  }

  /// Step 3: a file that differs from HEAD (changed by hand, or a save whose
  /// commit never came) is never overwritten: it is committed first, when it
  /// reads as what it is, and the merge starts again (true); else the sync
  /// stops.
  private func commitChangedOutsideACommit(
    _ paths: Dictionary<String, MergedPath>.Keys, local: String, by: String,
    in repository: StoreRepository, into outcome: inout SyncOutcome
  ) throws -> Bool {
    let present = paths.filter { FileReading.signature(absolute($0)) != nil }.sorted()
    guard !present.isEmpty else { return false }
    let hashed = try repository.must(
      ["hash-object", "--no-filters", "--stdin-paths"],
      input: Data((present.joined(separator: "\n") + "\n").utf8)
    ).text.split(separator: "\n").map(String.init)
    let tree = try repository.must(["rev-parse", local + "^{tree}"]).text
    let head = try GitTree.read(
      Array(Set(present.map(GitTree.parent))), of: tree, in: repository)
    var uncommitted: [String] = []
    for (relative, id) in zip(present, hashed) {
      let committed = head[GitTree.parent(of: relative)]?[GitTree.name(of: relative)]?.id
      if committed != id { uncommitted.append(relative) }
    }
    if !Set(uncommitted).isDisjoint(with: backgroundCommits.waiting) {
      finishCommits()  // a save on the board during this sync: its own commit, then again
      return true
    }
    guard !uncommitted.isEmpty else { return false }
    for relative in uncommitted where StoreFile(relative) != .other {
      do {
        _ = try FileDecoding.decode(
          JSONValue.self, from: try readData(relative), path: absolute(relative))
      } catch {
        throw StoreError.refused(
          "\(error); it differs from what git holds and cannot be read, so nothing was "
            + "merged (repair it with `tafel edit`, then sync again)")
      }
    }
    repository.markPending(uncommitted)
    outcome.notes.append(
      uncommitted.count == 1
        ? "\(uncommitted[0]) was changed outside a commit; committed before the merge"
        : "\(uncommitted.count) files were changed outside a commit; committed before the merge"
    )
    _ = try FileLock.withLock(StoreLayout.gitLock, in: path) {
      try repository.commit(
        uncommitted, by: by,
        message: "store: changes made outside a commit, committed by sync\n",
        at: clock())
    }
    return true
  }

  /// Step 4: the merged files written and committed under their locks and
  /// git's, unless HEAD moved meanwhile (false).
  private func writeMerged(
    _ plan: MergePlan, blobs: [String: Data], local: String, theirs: String, base: String,
    by: String, in repository: StoreRepository, into outcome: inout SyncOutcome
  ) throws -> Bool {
    let merged = plan.merged
    let leftOut = plan.leftOut
    let locks = Set(merged.keys.compactMap(Store.lockName)).sorted()
    return try FileLock.withLocks(locks, in: path) {
      try FileLock.withLock(StoreLayout.gitLock, in: path) {
        guard let head = try GitTree.head(repository), head.commit == local else { return false }
        // Marked first: a sync killed while it writes leaves them for the next one to commit.
        repository.markPending(merged.keys.sorted())
        var changes: [String: GitTree.Entry?] = [:]
        for (relative, change) in merged.sorted(by: { $0.key < $1.key }) {
          var entry = change.entry
          if let data = change.data ?? entry.flatMap({ blobs[$0.id] }) {
            if entry?.id.isEmpty ?? false {
              let id = try repository.must(["hash-object", "-w", "--stdin"], input: data).text
              entry = GitTree.Entry(mode: "100644", id: id)
            }
            try AtomicFile.makeDirectory(
              PathText.parent(absolute(relative)))
            try writeFile(data, relative)
          } else if entry == nil {
            try AtomicFile.remove(absolute(relative))
          }
          changes.updateValue(entry, forKey: relative)
          outcome.changed.insert(StoreFile(relative))
        }
        if base == local, !leftOut {
          try repository.must([
            "update-ref", "-m", "tafel sync: fast-forward", "HEAD", theirs, local,
          ])
        } else {
          let tree = try GitTree.apply(changes, to: head.tree, in: repository)
          let message =
            "store: sync merged \(merged.count) \(merged.count == 1 ? "file" : "files")"
            + (outcome.conflicts.isEmpty ? "" : ", \(outcome.conflicts.count) kept as conflicts")
            + "\n"
          let commit = try repository.must(
            try repository.commitTree([tree, "-p", local, "-p", theirs]),
            input: Data(message.utf8),
            environment: repository.environment(by: by, at: clock())
          ).text
          try repository.must(["update-ref", "-m", "tafel sync: merge", "HEAD", commit, local])
        }
        if !changes.isEmpty {
          try repository.must(["update-index", "--add", "--remove", "--"] + changes.keys.sorted())
        }
        repository.clearPending(merged.keys.sorted())
        return true
      }
    }
  }

  /// Families that came or changed go into the index (the filter finds them).
  private func indexChangedFamilies(_ outcome: SyncOutcome) throws {
    var summaries: [FamilySummary] = []
    var removed: Set<String> = []
    for case .family(let id) in outcome.changed {
      if let family = try? self.family(id) {
        summaries.append(FamilySummary(family))
      } else if FileReading.signature(absolute(relativePath(family: id))) == nil {
        removed.insert(id)  // removed on the other replica (retention)
      }
    }
    try updateIndexEntries(summaries, removing: removed)
  }

  /// HEAD's commit and the remote branch's, each nil when missing.
  private func heads(_ repository: StoreRepository, _ tracking: String) throws -> (
    local: String?, remote: String?
  ) {
    let local = try repository.git(["rev-parse", "-q", "--verify", "HEAD"])
    let remote = try repository.git(["rev-parse", "-q", "--verify", tracking])
    return (
      local.succeeded ? local.text : nil, remote.succeeded ? remote.text : nil
    )
  }

  /// The lock that guards a store file, or nil for a file Tafel does not lock.
  static func lockName(_ relative: String) -> String? {
    switch StoreFile(relative) {
    case .family(let id): return StoreLayout.familyLock(id)
    case .meeting(let id): return StoreLayout.meetingLock(id)
    case .directory: return StoreLayout.directoryLock
    case .info: return StoreLayout.infoLock
    case .people: return StoreLayout.peopleLock
    case .index, .other: return nil
    }
  }

  /// Path → new entry (nil: removed) between two commits.
  private func changedPaths(_ repository: StoreRepository, from: String, to: String) throws
    -> [String: GitTree.Entry?]
  {
    let result = try repository.must(["diff-tree", "-r", "-z", "--no-renames", from, to])
    var paths: [String: GitTree.Entry?] = [:]
    let fields = result.output.split(separator: 0, omittingEmptySubsequences: false)
    var index = 0
    while index + 1 < fields.count {
      let header = String(decoding: fields[index], as: UTF8.self).split(separator: " ")
      let relative = String(decoding: fields[index + 1], as: UTF8.self)
      index += 2
      guard header.count >= 5 else { continue }
      let mode = String(header[1])
      let id = String(header[3])
      paths[relative] = header[4].hasPrefix("D") ? .some(nil) : GitTree.Entry(mode: mode, id: id)
    }
    return paths
  }

  /// The bytes of objects (ids or "<commit>:<path>"); a missing one is left out.
  private func readBlobs(_ repository: StoreRepository, _ names: [String]) throws -> [String: Data]
  {
    var blobs: [String: Data] = [:]
    for (name, object) in zip(names, try GitBatch.read(names, in: repository)) {
      if let object { blobs[name] = Data(object.bytes) }
    }
    return blobs
  }
}
