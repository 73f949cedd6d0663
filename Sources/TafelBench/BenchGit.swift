// The store under git (issue 13), on the same generated store: a decision
// save with its commit beside the plain save of the same run, `tafel sync`
// when there is nothing to do, and a decision from one replica's save to the
// other replica's board over a file:// remote with a 1 s background sync.

import Foundation
import Synchronization
import TafelCore
import TafelStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package struct BenchGitResult: Codable, Sendable {
  /// `tafel init --git` on the store: the first commit of every file.
  package var setupMilliseconds: Double
  /// Store.updateFamily with Family.record, the commit included.
  package var saveAndCommit: BenchDistribution
  /// A `tafel sync` process with nothing to fetch and nothing to push.
  package var syncNothingToDo: BenchDistribution
  /// `tafel sync` with nothing to do once 1 and 5 years of access log are
  /// committed (240,000 lines a year); nil when not measured for this size.
  package var syncWithLogYears: [BenchLogYears]?
  /// Store.updateFamily with its commit signed with an ssh key (a store with
  /// people); nil when not measured for this size.
  package var saveAndSignedCommit: BenchDistribution?
  /// One `tafel sync` that fetches and verifies `signedCommits` signed commits.
  package var syncVerifyingSigned: BenchDistribution?
  package var signedCommits: Int?
  /// The same signed saves as the board makes them: its commits on a thread
  /// of their own, timed from the save's start to its return (what sits
  /// between Ctrl-S and the next frame); nil when not measured.
  package var boardSaveSigned: BenchDistribution?
  /// From A's save (A syncs at once, as its board does after a save) to B's
  /// watcher seeing the decision in B's file, B syncing every second.
  package var saveToOtherReplica: BenchDistribution?
}

/// A sync with nothing to do over a store with `years` of access log.
package struct BenchLogYears: Codable, Sendable {
  package var years: Int
  package var sync: BenchDistribution
}

package enum BenchGit {
  package static let syncRuns = 10
  /// Access-log lines a replica writes in a year (the issue's figure).
  package static let logLinesPerYear = 240_000
  package static let replicaTrials = 20
  package static let replicaInterval = 1.0

  package static func measure(
    storePath: String, executable: String, scratch: String, today: Day, saves: Int,
    logYears: Bool = false, signed: Bool = false, progress: (String) -> Void
  ) throws -> BenchGitResult {
    let store = try Store.open(storePath)
    let setup = try BenchClock.time {
      try store.makeRepository(by: BenchStoreWriter.author, driver: executable)
    }
    let ids = try store.familyIDs()
    let draft = BenchSave.draft(today: today, meeting: nil)
    func save(_ store: Store, _ id: String, minute: Int) throws -> Int {
      try BenchClock.time {
        try store.updateFamily(id, by: BenchStoreWriter.author, what: "recorded a decision (drang)")
        {
          family in
          try family.record(
            draft, time: Timestamp(day: today, hour: 11, minute: minute % 60), today: today,
            by: BenchStoreWriter.author, replica: store.replica, settings: RegionSettings())
        }
      }.nanoseconds
    }
    progress("\(saves) decision saves with their commits")
    let step = max(1, ids.count / max(1, saves))
    var commits: [Int] = []
    for position in 0..<saves {
      commits.append(
        try save(store, ids[(position * step + step / 2) % ids.count], minute: position))
    }

    progress("tafel sync with nothing to do × \(syncRuns)")
    let remote = scratch + "/remote.git"
    try run(["git", "clone", "-q", "--bare", storePath, remote])
    try run(["git", "-C", storePath, "remote", "add", "origin", remote])
    try run(["git", "-C", storePath, "fetch", "-q", "origin"])
    func syncs() throws -> [Int] {
      var times: [Int] = []
      for _ in 0..<syncRuns {
        let result = try BenchChild.run(executable, ["sync", "--store", storePath], output: .null)
        guard result.exitStatus == 0 else {
          throw BenchFailure.data("tafel sync --store \(storePath) exited \(result.exitStatus)")
        }
        times.append(result.nanoseconds)
      }
      return times
    }
    let idle = try syncs()
    var withLog: [BenchLogYears]?
    if logYears {
      // Years of another replica's log, committed and on the remote as a
      // sync would have left them; one sync first (it verifies them once).
      withLog = []
      var written = 0
      for years in [1, 5] {
        progress("tafel sync with nothing to do, \(years) years of access log × \(syncRuns)")
        while written < years {
          try writeLogYear(store: storePath, year: 2000 + written)
          written += 1
        }
        try run(["git", "-C", storePath, "add", Store.accessDirectory])
        try run(["git", "-C", storePath, "commit", "-q", "-m", "bench: access log"])
        try run(["git", "-C", storePath, "push", "-q", "origin", "HEAD:refs/heads/main"])
        _ = try BenchChild.run(executable, ["sync", "--store", storePath], output: .null)
        withLog?.append(
          BenchLogYears(years: years, sync: BenchDistribution(nanoseconds: try syncs())!))
      }
    }

    progress("a second replica; \(replicaTrials) decisions from A's save to B")
    let other = scratch + "/replica-b"
    let cloned = try BenchChild.run(
      executable, ["clone", "file://" + remote, "--store", other, "--replica", "b"], output: .null)
    guard cloned.exitStatus == 0 else {
      throw BenchFailure.data("tafel clone of \(remote) exited \(cloned.exitStatus)")
    }
    _ = try store.sync(by: BenchStoreWriter.author)
    let replicaB = try Store.open(other)
    let latencies = try replicaLatencies(a: store, b: replicaB, ids: ids, today: today, save: save)
    var signedRun: (saves: [Int], sync: Int, board: [Int])?
    if signed {
      progress(
        "\(signedCount(ids.count)) saves with signed commits on B, then A's sync verifies them")
      signedRun = try signedCommitsAndTheirSync(
        a: store, b: replicaB, scratch: scratch, executable: executable, ids: ids, save: save)
    }
    return BenchGitResult(
      setupMilliseconds: BenchDistribution.milliseconds(setup.nanoseconds),
      saveAndCommit: BenchDistribution(nanoseconds: commits)!,
      syncNothingToDo: BenchDistribution(nanoseconds: idle)!,
      syncWithLogYears: withLog,
      saveAndSignedCommit: signedRun.flatMap { BenchDistribution(nanoseconds: $0.saves) },
      syncVerifyingSigned: signedRun.flatMap { BenchDistribution(nanoseconds: [$0.sync]) },
      signedCommits: signedRun == nil ? nil : signedCount(ids.count),
      boardSaveSigned: signedRun.flatMap { BenchDistribution(nanoseconds: $0.board) },
      saveToOtherReplica: BenchDistribution(nanoseconds: latencies))
  }

  /// How many signed commits A's sync verifies in one go: 1,000 (the
  /// issue's figure) from a store of 1,000 families on; 100 in a smaller
  /// run (CI's proof that the bench works).
  package static func signedCount(_ families: Int) -> Int { families >= 1_000 ? 1_000 : 100 }

  /// A lists a person with a key made here; B records as them, each save a
  /// commit signed with that key (timed); B sends them; one `tafel sync` of
  /// A fetches and verifies them all (timed).
  static func signedCommitsAndTheirSync(
    a: Store, b: Store, scratch: String, executable: String, ids: [String],
    save: (Store, String, Int) throws -> Int
  ) throws -> (saves: [Int], sync: Int, board: [Int]) {
    let key = scratch + "/bench-key"
    try run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bench", "-f", key])
    let line = try MachineIdentity.publicKey(of: key)
    let person = Person(
      id: "bench", name: BenchStoreWriter.author, role: .secretary, organisation: "bench",
      keys: [line])
    try a.updatePeople(by: BenchStoreWriter.author, what: "the bench's person") {
      $0.people = [person]
    }
    _ = try a.sync(by: BenchStoreWriter.author)
    _ = try b.sync(by: BenchStoreWriter.author)
    b.record(as: Signer(person: person, key: key))
    var saves: [Int] = []
    for position in 0..<signedCount(ids.count) {
      saves.append(try save(b, ids[(position * 7919) % ids.count], position))
    }
    let sent = try b.sync(by: BenchStoreWriter.author)
    guard sent.pushed else { throw BenchFailure.data("B's signed commits were not sent") }
    let synced = try BenchClock.time { try a.sync(by: BenchStoreWriter.author) }
    guard synced.value.state == .synced, !synced.value.changed.isEmpty else {
      throw BenchFailure.data("A's sync did not take B's signed commits: \(synced.value.state)")
    }
    // The board's way: the same saves, their commits on a thread of their own.
    let board = try Store.open(b.path)
    board.record(as: Signer(person: person, key: key))
    board.commitInBackground()
    var onBoard: [Int] = []
    let count = signedCount(ids.count)
    for position in 0..<count {
      onBoard.append(
        try save(board, ids[((count + position) * 7919) % ids.count], count + position))
    }
    board.finishCommits()
    if let problem = board.takeCommitProblems().first {
      throw BenchFailure.data("the board's commits: \(problem)")
    }
    return (saves, synced.nanoseconds, onBoard)
  }

  /// B syncs every second on a thread and watches its store; each trial
  /// starts at a random moment of B's second, saves on A and syncs A, and
  /// ends when B's file holds the decision.
  static func replicaLatencies(
    a: Store, b: Store, ids: [String], today: Day,
    save: (Store, String, Int) throws -> Int
  ) throws -> [Int] {
    let seen = Mutex<[String: UInt64]>([:])
    let stopped = Mutex(false)
    let watcher = StoreWatcher(store: b) { files in
      let now = DispatchTime.now().uptimeNanoseconds
      seen.withLock { seen in
        for case .family(let id) in files { seen[id] = now }
      }
    }
    try watcher.start()
    defer {
      watcher.stop()
      stopped.withLock { $0 = true }
    }
    let syncing = Thread {
      while !stopped.withLock({ $0 }) {
        _ = try? b.sync(by: "b")
        Thread.sleep(forTimeInterval: replicaInterval)
      }
    }
    syncing.start()
    var latencies: [Int] = []
    var random = SystemRandomNumberGenerator()
    let step = max(1, ids.count / (replicaTrials + 1))
    for trial in 0..<replicaTrials {
      Thread.sleep(forTimeInterval: Double.random(in: 0..<replicaInterval, using: &random))
      let id = ids[(trial * step + step / 3) % ids.count]
      seen.withLock { $0[id] = nil }
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try save(a, id, trial)
      _ = try a.sync(by: "a")
      let expected = try a.family(id).decisions.last?.id
      let deadline = start + 10_000_000_000
      var arrived: UInt64?
      while DispatchTime.now().uptimeNanoseconds < deadline {
        if let at = seen.withLock({ $0[id] }), (try? b.family(id).decisions.last?.id) == expected {
          arrived = at
          break
        }
        usleep(5_000)
      }
      guard let arrived else {
        throw BenchFailure.data("a decision saved on A did not reach B within 10 s")
      }
      latencies.append(Int(arrived - start))
    }
    return latencies
  }

  /// Twelve monthly files of replica "bench"'s log for `year`, 240,000 lines in all.
  static func writeLogYear(store: String, year: Int) throws {
    let directory = store + "/" + Store.accessDirectory + "/bench"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let perMonth = logLinesPerYear / 12
    for month in 1...12 {
      var text = ""
      text.reserveCapacity(perMonth * 230)
      for line in 1...perMonth {
        text +=
          #"{"action":"view","at":"\#(year)-\#(zeroPadded(month, 2))-01T09:00:00Z","family":"FV-\#(year)-\#(zeroPadded(line % 9999, 4))","machine":"bench","part":"board","previous":"0000000000000000000000000000000000000000000000000000000000000000","sequence":\#(line),"who":"bench"}"#
          + "\n"
      }
      let name = directory + "/\(year)-\(zeroPadded(month, 2)).jsonl"
      try Data(text.utf8).write(to: URL(fileURLWithPath: name))
    }
  }

  private static func run(_ arguments: [String]) throws {
    let result = try BenchChild.run("/usr/bin/env", arguments, output: .null)
    guard result.exitStatus == 0 else {
      throw BenchFailure.data("`\(arguments.joined(separator: " "))` exited \(result.exitStatus)")
    }
  }
}
