// Erasing a family (`tafel erase`, and `tafel retention --remove`, which
// takes the same step): its file, its drafts, its place in the index and its
// agenda items (with the names of who attended) are removed, store.json
// records that it was erased — id, dates, ground, who asked, who did it —
// and, in a store under git, the family is taken out of the whole history
// (Git/HistoryErasure.swift) and what is no longer reachable is pruned. The
// next sync carries the rewrite to the region's server, which checks it is
// an erasure and nothing else, and from there to every replica. The access
// log keeps its lines: they hold ids, and are kept on terms of their own.

import Foundation
import TafelCore

/// What an erasure is asked to do.
package struct ErasureRequest: Sendable {
  package var family: String
  package var ground: ErasureGround
  package var reason: String
  /// Who asked for destruction before the period ended (a parent, a youth from 12).
  package var requestedBy: ErasureRequester?
  package var requestedOn: Day?

  package init(
    family: String, ground: ErasureGround, reason: String, requestedBy: ErasureRequester? = nil,
    requestedOn: Day? = nil
  ) {
    self.family = family
    self.ground = ground
    self.reason = reason
    self.requestedBy = requestedBy
    self.requestedOn = requestedOn
  }
}

/// What an erasure did.
package struct ErasureOutcome: Sendable {
  package var family: String
  /// Meetings whose agenda held the family.
  package var meetings: [String]
  package var drafts: Int
  /// Commits written again without the family (0 in a store without git).
  package var rewritten: Int
}

extension Store {
  /// Erases a family (see the file's head). Refused, with nothing changed:
  /// a family erased before, one that is not here, one on the agenda of a
  /// meeting not closed, and on the ground of retention one not yet due.
  @discardableResult
  package func erase(_ request: ErasureRequest, by: String) throws -> ErasureOutcome {
    let id = request.family
    try StoreLayout.validateID(id, kind: "family")
    // The whole erasure holds the sync lock: no sync of this replica runs
    // between the rewrite and its push.
    return try FileLock.withLock(StoreLayout.syncLock, in: path) {
      try FileLock.withLock(StoreLayout.familyLock(id), in: path) {
        try eraseHoldingLocks(request, by: by)
      }
    }
  }

  private func eraseHoldingLocks(_ request: ErasureRequest, by: String) throws -> ErasureOutcome {
    let id = request.family
    let info = try self.info()
    if let before = info.removed.first(where: { $0.id == id }) {
      throw StoreError.refused(
        "\(id) was \(before.historyErased ? "erased" : "removed") on \(before.removedAt.utcDay) "
          + "by \(before.by) (\(before.ground.rawValue)); nothing is left to erase")
    }
    let relative = relativePath(family: id)
    guard FileReading.signature(absolute(relative)) != nil else {
      throw StoreError.refused("\(id): no such family in \(path)")
    }
    let family = try self.family(id)
    // The record of an erasure holds no one's name: not in its reason either.
    if let named = ErasureReason.namedWord(
      in: request.reason, names: [family.name] + family.members.map(\.name))
    {
      throw StoreError.refused(
        "--reason has \"\(named)\", a name in the family: the record of an erasure keeps no "
          + "one's name; say why without it")
    }
    var meetings: [String] = []
    for meetingID in try meetingIDs() {
      let meeting = try self.meeting(meetingID)
      guard meeting.items.contains(where: { $0.family == id }) else { continue }
      if meeting.closedAt == nil {
        throw StoreError.refused(
          "\(id) is on the agenda of \(meetingID), which is not closed; take it off or close "
            + "the meeting first")
      }
      meetings.append(meetingID)
    }
    let now = clock()
    let years = info.retention.familyYears
    if request.ground == .retention {
      guard let clock = RetentionClock(family, years: years), clock.isDue(on: now.utcDay) else {
        let clock = RetentionClock(family, years: years)
        let last = clock.map { " after its last change (\($0.lastChange.utcDay))" } ?? ""
        let due = clock.map { ", until \($0.due)" } ?? ""
        throw StoreError.refused(
          "\(id) is not due: it is kept \(years) years\(last)\(due); "
            + "destruction on request is `--ground request`")
      }
    }
    try logAccess([(id, .remove, "erasure (\(request.ground.rawValue))")], who: by)

    // The working files: store.json's record, the meetings without the
    // family's items, the family's file, its drafts and index entry.
    var paths = [relative, StoreLayout.info]
    let meetingLocks = meetings.map(StoreLayout.meetingLock).sorted()
    try FileLock.withLocks(meetingLocks + [StoreLayout.infoLock], in: path) {
      var written: [(String, Data)] = []
      for meetingID in meetings {
        let meetingPath = relativePath(meeting: meetingID)
        let data = try readData(meetingPath)
        let value = try FileDecoding.decode(JSONValue.self, from: data, path: absolute(meetingPath))
        if let without = ErasedMeeting.without(id, in: value) {
          written.append((meetingPath, try TafelJSON.encode(without)))
        }
      }
      let (value, original) = try read(StoreInfo.self, StoreLayout.info)
      var updated = value
      updated.removed.append(
        RemovedFamily(
          id: id, archivedAt: family.archived?.at, removedAt: now, by: by, ground: request.ground,
          reason: Sanitized.line(request.reason), requestedBy: request.requestedBy,
          requestedOn: request.requestedOn, lastChange: family.lastChange,
          historyErased: isGit))
      updated.changes.append(
        ChangeRecord(by: by, at: now, what: "erased \(id) (\(request.ground.rawValue))"))
      paths += written.map(\.0)
      willChange(paths)
      for (meetingPath, data) in written { try writeFile(data, meetingPath) }
      try write(updated, to: StoreLayout.info, original: original)
      familyCache.forget(id)
      try AtomicFile.remove(absolute(relative))
      let what = "erased \(id) (\(request.ground.rawValue))"
      if let repository {
        commitNow(
          paths.sorted(), by: by, message: StoreCommitMessage.make([relative], what: what),
          at: now, in: repository)
      }
    }
    let drafts = removeDrafts(of: id)
    try? removeIndexEntry(id)
    var rewritten = 0
    if let repository {
      if let problem = commitProblems.take().first {
        throw StoreError.refused("\(id) was erased from the files, but \(problem)")
      }
      rewritten = try eraseFromHistory([id], in: repository)
    }
    return ErasureOutcome(family: id, meetings: meetings, drafts: drafts, rewritten: rewritten)
  }

  /// The access-log files whose retention has run out on `today`, with the
  /// day each was due (every line in a month's file is older than the period).
  package func dueAccessLogs(on today: Day, years: Int? = nil) throws -> [(path: String, due: Day)]
  {
    let years = try years ?? info().retention.accessLogYears
    return accessLogFiles().compactMap { path in
      guard let due = AccessLogRetention.due(path, years: years), due <= today else { return nil }
      return (path, due)
    }
  }

  /// Removes the access-log files past their retention (`dueAccessLogs`),
  /// records each in store.json (`expiredLogs`), and takes them out of the
  /// history as an erasure takes a family (the sync carries it everywhere).
  /// Returns the paths removed.
  @discardableResult
  package func expireAccessLogs(by: String) throws -> [String] {
    try FileLock.withLock(StoreLayout.syncLock, in: path) {
      let now = clock()
      let due = try dueAccessLogs(on: now.utcDay).map(\.path)
      guard !due.isEmpty else { return [] }
      try FileLock.withLocks(
        (due.compactMap(Store.lockName) + [StoreLayout.infoLock]).sorted(), in: path
      ) {
        let (value, original) = try read(StoreInfo.self, StoreLayout.info)
        var updated = value
        for log in due { updated.expiredLogs.append(ExpiredLog(path: log, removedAt: now, by: by)) }
        updated.changes.append(
          ChangeRecord(
            by: by, at: now,
            what:
              "removed \(due.count) access-log file(s) after \(value.retention.accessLogYears) years"
          ))
        willChange(due + [StoreLayout.info])
        try write(updated, to: StoreLayout.info, original: original)
        for log in due { try AtomicFile.remove(absolute(log)) }
        if let repository {
          commitNow(
            (due + [StoreLayout.info]).sorted(), by: by,
            message: "store: removed \(due.count) access-log file(s) past their retention\n",
            at: now, in: repository)
        }
      }
      if let repository {
        if let problem = commitProblems.take().first {
          throw StoreError.refused("the old access-log files were removed, but \(problem)")
        }
        _ = try eraseFromHistory(due, in: repository)
      }
      return due
    }
  }

  /// Removes every draft of the family (each person's); returns how many.
  func removeDrafts(of id: String) -> Int {
    let directory = absolute(StoreLayout.drafts)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var removed = 0
    for name in names where name == id + ".json" || name.hasPrefix(id + ".") {
      if (try? AtomicFile.remove(directory + "/" + name)) != nil { removed += 1 }
    }
    return removed
  }

  /// Takes `families` (ids, and access-log paths) out of every commit of every branch, points the
  /// branches at the rewritten history, and prunes what is left unreachable.
  /// The remote's branch as it was is kept as an id only, for the sync's
  /// push (`--force-with-lease`). Returns how many commits were rewritten.
  func eraseFromHistory(_ families: [String], in repository: StoreRepository) throws -> Int {
    try FileLock.withLock(StoreLayout.gitLock, in: path) {
      let refs = try repository.must(["for-each-ref", "--format=%(objectname) %(refname)"]).text
        .split(separator: "\n").compactMap { line -> (id: String, name: String)? in
          let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
          return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
      let branches = refs.filter {
        $0.name.hasPrefix("refs/heads/") || $0.name.hasPrefix("refs/remotes/")
      }
      let all = try repository.commits(from: Array(Set(branches.map(\.id))).sorted())
      var mapped: [String: String] = [:]
      try repository.rewrite(all, erasing: families, mapped: &mapped, at: clock())
      // The remote's tips as they were: the sync replaces exactly those.
      var push = repository.erasurePush() ?? ErasurePush(families: [], leases: [:])
      push.families = Array(Set(push.families + families)).sorted()
      for ref in branches where ref.name.hasPrefix("refs/remotes/") {
        guard let new = mapped[ref.id], new != ref.id else { continue }
        // An earlier erasure not yet sent keeps its lease: the remote still has that tip.
        let was = push.leases[ref.name]?.was ?? ref.id
        push.leases[ref.name] = ErasurePush.Lease(was: was, now: new)
      }
      try repository.saveErasurePush(push)
      for ref in branches {
        guard let new = mapped[ref.id], new != ref.id else { continue }
        try repository.must(["update-ref", "-m", "tafel erase", ref.name, new, ref.id])
      }
      try repository.settleRewrite(erasing: families)
      return mapped.filter { $0.key != $0.value }.count
    }
  }
}

extension StoreRepository {
  /// `.git/tafel-erasure-push` (SyncErasure.swift): for each remote branch
  /// an erasure rewrote, the tip the remote had and its rewrite here, until
  /// the sync has replaced exactly that tip on the remote.
  static let erasurePushFile = "tafel-erasure-push"
}
