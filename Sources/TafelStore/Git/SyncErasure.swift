// The sync's side of an erasure (Store/StoreErasure.swift). On the replica
// that erased, the next sync replaces exactly the remote's branch as it was
// (`--force-with-lease`) with the rewritten history; commits another replica
// pushed meanwhile on the old history are first written again without the
// family, here. On every other replica, a remote whose history was replaced
// is followed only when the replacement is an erasure (checked commit by
// commit, HistoryErasure.checkErasure) of families its store.json records
// as erased: this replica's own later commits are written onto the new
// history without them — its changes to an erased family are not taken,
// and said so — its working files, drafts and index lose the family, and
// what is unreachable is pruned. Anything else that replaces history stays
// what it was: a force-push, noted, with this replica's commits sent again.

import Foundation
import TafelCore

/// `.git/tafel-erasure-push`: what this replica's erasure replaces on the remote.
struct ErasurePush: Codable, Sendable {
  var families: [String]
  /// Per remote-tracking ref: the tip the remote had, and its rewrite here.
  var leases: [String: Lease]

  struct Lease: Codable, Sendable {
    var was: String
    var now: String
  }
}

extension StoreRepository {
  var erasurePushPath: String { gitDirectory + "/" + StoreRepository.erasurePushFile }

  func erasurePush() -> ErasurePush? {
    guard let data = FileManager.default.contents(atPath: erasurePushPath) else { return nil }
    return try? JSONDecoder().decode(ErasurePush.self, from: data)
  }

  func saveErasurePush(_ push: ErasurePush?) throws {
    guard let push, !push.leases.isEmpty else {
      unlink(erasurePushPath)
      return
    }
    try AtomicFile.write(try TafelJSON.encode(push), to: erasurePushPath)
  }

  /// Old id → new id of every rewrite in HEAD's history (its trailers).
  func rewrites() throws(StoreError) -> [String: String] {
    let listed = try must([
      "log", "--format=%H%x1f%(trailers:key=\(HistoryErasure.wasKey),valueonly,separator=%x1e)",
      "HEAD",
    ]).text
    var mapped: [String: String] = [:]
    for line in listed.split(separator: "\n") {
      let fields = line.split(separator: "\u{1f}", omittingEmptySubsequences: false)
      guard fields.count == 2, !fields[1].isEmpty else { continue }
      if let was = fields[1].split(separator: "\u{1e}").last {
        mapped[String(was).trimmingCharacters(in: .whitespaces)] = String(fields[0])
      }
    }
    return mapped
  }

  func isAncestor(_ older: String, of newer: String) throws(StoreError) -> Bool {
    try git(["merge-base", "--is-ancestor", older, newer]).succeeded
  }
}

extension Store {
  /// This replica's erasure not yet sent: points the tracking ref at what
  /// the push will replace the remote's tip with. Returns the remote tip the
  /// push must replace (its lease), or nil when there is nothing to send.
  func prepareErasurePush(
    _ repository: StoreRepository, tracking: String, remoteTip: String?
  ) throws -> String? {
    guard var push = repository.erasurePush(), let lease = push.leases[tracking] else {
      return nil
    }
    guard let remoteTip else { return nil }
    if remoteTip == lease.was {
      try repository.must(["update-ref", tracking, lease.now])
      return remoteTip
    }
    if try repository.isAncestor(lease.now, of: remoteTip) {
      // Sent already (by another sync that did not get to clear the file).
      push.leases[tracking] = nil
      try repository.saveErasurePush(push)
      return nil
    }
    // Others pushed onto the old history meanwhile: their commits, here,
    // without the erased families, onto the rewritten history.
    var mapped = try repository.rewrites()
    let theirs = try repository.commits(from: [remoteTip], not: [lease.was])
    try repository.rewrite(theirs, erasing: push.families, mapped: &mapped, at: clock())
    try repository.must(["update-ref", tracking, mapped[remoteTip] ?? remoteTip])
    return remoteTip
  }

  /// After this replica's erasure reached the remote: nothing of it waits,
  /// and the old history the fetch brought back is pruned.
  func finishErasurePush(_ repository: StoreRepository, tracking: String) throws {
    guard var push = repository.erasurePush() else { return }
    push.leases[tracking] = nil
    try repository.saveErasurePush(push)
    try FileLock.withLock(StoreLayout.gitLock, in: path) { try repository.purgeUnreachable() }
  }

  /// Follows a remote whose history was replaced by an erasure (see the
  /// file's head). False when the replacement is not an erasure (the caller
  /// treats it as a force-push); throws when it claims to be one and is not.
  func followErasure(
    _ repository: StoreRepository, old: String, new: String, by: String,
    into outcome: inout SyncOutcome
  ) throws -> Bool {
    let checked: (mapped: [String: String], families: [String])
    switch try repository.checkErasure(old: old, new: new) {
    case .failure(let refusal):
      let claims = try repository.rawCommits([refusal.commit])[refusal.commit]?.was != nil
      guard claims else { return false }
      throw StoreError.refused(
        "sync refused what the remote holds now: \(try repository.commitLabel(refusal.commit)) "
          + "\(refusal.why); nothing was written, this replica keeps its history")
    case .success(let result):
      checked = result
    }
    guard !checked.families.isEmpty else { return false }
    // Every family erased must be recorded as erased in what the remote holds.
    let objects = try GitBatch.read([new + ":" + StoreLayout.info], in: repository)
    let recorded = (objects.first ?? nil).flatMap {
      try? StoreJSON.decode(StoreInfo.self, from: Data($0.bytes))
    }
    let erased = Dictionary(
      (recorded?.removed ?? []).filter(\.historyErased).map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    if let problem = ErasureRecords.unrecorded(checked.families, in: recorded) {
      throw StoreError.refused(
        "sync refused what the remote holds now: \(problem); nothing was written")
    }
    try FileLock.withLock(StoreLayout.gitLock, in: path) {
      guard let head = try GitTree.head(repository) else { return }
      var mapped = checked.mapped
      let own = try repository.commits(from: [head.commit], not: [old])
      // What this replica changed of an erased family is not taken.
      if !own.isEmpty {
        let touched = try repository.must(
          ["diff-tree", "--stdin", "-r", "--name-only", "--no-commit-id", "-m", "--root"],
          input: Data((own.joined(separator: "\n") + "\n").utf8)
        ).text.split(separator: "\n").map(String.init)
        for family in checked.families where touched.contains(StoreLayout.familyFile(family)) {
          outcome.notes.append(
            "\(family) was erased; this replica's change to it was not taken")
        }
      }
      try repository.rewrite(own, erasing: checked.families, mapped: &mapped, at: clock())
      let newHead = mapped[head.commit] ?? head.commit
      if newHead != head.commit {
        try repository.must([
          "update-ref", "-m", "tafel sync: erasure", "HEAD", newHead, head.commit,
        ])
      }
      // The working files as the new history has them.
      for log in checked.families where log.contains("/") {
        try? AtomicFile.remove(absolute(log))
      }
      for family in checked.families where !family.contains("/") {
        familyCache.forget(family)
        try? AtomicFile.remove(absolute(StoreLayout.familyFile(family)))
        _ = removeDrafts(of: family)
        try? removeIndexEntry(family)
      }
      for meetingID in (try? meetingIDs()) ?? [] {
        let relative = relativePath(meeting: meetingID)
        try FileLock.withLock(StoreLayout.meetingLock(meetingID), in: path) {
          guard let data = try? readData(relative),
            checked.families.contains(where: { data.firstRange(of: Data($0.utf8)) != nil }),
            let value = try? StoreJSON.decode(JSONValue.self, from: data),
            let without = ErasedMeeting.without(checked.families, in: value)
          else { return }
          try writeFile(try TafelJSON.encode(without), relative)
        }
      }
      try repository.settleRewrite(erasing: checked.families)
      let logs = checked.families.filter { $0.contains("/") }
      if !logs.isEmpty {
        outcome.notes.append(
          "\(logs.count) access-log file(s) past their retention were removed, as on the remote")
      }
      for family in checked.families {
        if let record = erased[family] {
          outcome.notes.append(
            "\(family) was erased on \(record.removedAt.utcDay) by \(Sanitized.line(record.by)) "
              + "(\(record.ground.rawValue)); nothing of it is left on this replica")
        }
      }
    }
    return true
  }
}
