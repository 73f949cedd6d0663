// Measures one store size from start to end: generate, first frames in fresh
// processes, the key script, check and jq, report, decision saves; then
// notes the store for removal (after the table is printed). Progress goes to stderr, one
// line per step, so a long run at 50,000 families shows where it is.

import Foundation
import TafelCore
import TafelStore

package struct BenchRunner {
  package let base: String
  package let executable: String
  package let today: Day
  package let seed: UInt64
  package let runs: Int
  package let terminal: Bool
  package let jq = BenchChild.which("jq")
  package let shell = BenchChild.which("sh") ?? "/bin/sh"
  /// The stores this run wrote, to be removed after the table is printed (unless kept).
  package var generatedStores: [String] = []

  package init(
    base: String, executable: String, today: Day, seed: UInt64, runs: Int, terminal: Bool
  ) {
    self.base = base
    self.executable = executable
    self.today = today
    self.seed = seed
    self.runs = runs
    self.terminal = terminal
  }

  package func notes() -> [String] {
    var notes = [
      "first frame: from the parent's posix_spawn to the finished frame of today's meeting in the"
        + " child (BoardOpening.read + BoardApp.render at 200×60), warm page cache",
      "key → frame: BoardApp.handle + the requests carried to the store + the access-log entry"
        + " when another family is shown + render at 200×60,"
        + " \(BenchSettings.keyCount) seeded keys j/k/Tab/Enter/Esc/n/N/PgDn, after the index is read",
      "git: save + commit is Store.updateFamily with its commit (blob, trees, commit, ref, git's"
        + " index); sync is a `tafel sync` process; A → B: A saves and syncs, B syncs every second"
        + " and its watcher sees the file; 20 trials at random moments of B's second; years of"
        + " log: 240,000 lines a year of another replica's log committed and verified once,"
        + " measured at the smallest size only; signed: at the largest size, B records as a"
        + " person with an ed25519 key, each save a commit signed with it (git's ssh signing),"
        + " then one sync of A fetches and verifies them, 1,000 (100 below 1,000 families;"
        + " one ssh-keygen each)",
      "decision save: Store.updateFamily + Family.record (lock, read, decode, encode, atomic write,"
        + " fsync of file and directory); raw: create + write of the same bytes + fsync, nothing else",
      "check and jq: median of \(BenchSettings.wholeStoreRepeats) runs over the same files;"
        + " jq is `find DIR -name '*.json' -print0 | xargs -0 jq empty`",
      "board peak memory: VmHWM of the process that drew the first frame, read the index and"
        + " typed the keys (not ru_maxrss: after posix_spawn it carries the parent's peak)",
      "the stores are generated, then `sync`ed, then measured; figures are wall time unless"
        + " marked CPU",
    ]
    if jq == nil { notes.append("jq is not installed: no jq figures") }
    return notes
  }

  /// `logYears`: also measure a sync over 1 and 5 years of access log (done
  /// for one size of a run: the log's cost does not depend on the families).
  /// `signed`: also measure saves with signed commits and a sync verifying
  /// them (done at the largest size of a run, where the issue sets its target).
  package mutating func measure(families count: Int, logYears: Bool = false, signed: Bool = false)
    throws
    -> BenchSizeResult
  {
    let path = base + "/families-\(count)"
    let label = BenchFormat.count(count) + " families"
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: path), !entries.isEmpty {
      throw BenchFailure.usage("--dir: \(path) is not empty; remove it or choose another --dir")
    }
    progress("\(label): generating")
    let generated = try BenchClock.time {
      try BenchStoreWriter.write(
        BenchGenerator.content(families: count, seed: seed, today: today), to: path,
        time: BenchGenerator.creationTime(today: today))
    }
    generatedStores.append(path)
    // Let the kernel write the new files out before anything is timed, so
    // writeback of a fresh 50,000-family store does not slow the first frames.
    progress("\(label): sync")
    sync()
    progress("\(label): first frame × \(runs)")
    var frames: [Int] = []
    var inside: [Int] = []
    var peak = 0
    for _ in 0..<runs {
      let (result, _) = try firstFrame(store: path, keys: 0, inTerminal: false)
      frames.append(Int(result.firstFrameMilliseconds * 1_000_000))
      inside.append(Int(result.openAndRenderMilliseconds * 1_000_000))
      peak = max(peak, result.peakResidentBytes)
    }
    progress("\(label): \(BenchSettings.keyCount) keys")
    let (keyed, _) = try firstFrame(store: path, keys: BenchSettings.keyCount, inTerminal: false)
    peak = max(peak, keyed.peakResidentBytes)
    var terminalFrames: [Int] = []
    if terminal {
      for _ in 0..<runs {
        let (result, _) = try firstFrame(store: path, keys: 0, inTerminal: true)
        terminalFrames.append(Int(result.firstFrameMilliseconds * 1_000_000))
      }
    }
    progress("\(label): tafel check, jq empty")
    let check = try median(BenchSettings.wholeStoreRepeats) {
      let result = try BenchChild.run(executable, ["check", "--store", path], output: .null)
      guard result.exitStatus == 0 else {
        throw BenchFailure.data(
          "the generated store \(path) does not pass `tafel check` (exit \(result.exitStatus));"
            + " run it with --keep and check it")
      }
      return result.nanoseconds
    }
    let fileCount = ((try? Store.open(path).familyIDs().count) ?? count) + 10
    var jqPlain: Double?
    var jqParallel: Double?
    if jq != nil {
      jqPlain = try median(BenchSettings.wholeStoreRepeats) {
        try shellTime("find '\(path)' -name '*.json' -print0 | xargs -0 jq empty")
      }
      let batch = fileCount / 2 + 1
      jqParallel = try median(BenchSettings.wholeStoreRepeats) {
        try shellTime("find '\(path)' -name '*.json' -print0 | xargs -0 -P2 -n \(batch) jq empty")
      }
    }
    progress("\(label): tafel report")
    let report = try? median(BenchSettings.wholeStoreRepeats) {
      let result = try BenchChild.run(executable, ["report", "--store", path], output: .null)
      guard result.exitStatus == 0 else {
        throw BenchFailure.data("tafel report exited \(result.exitStatus)")
      }
      return result.nanoseconds
    }
    progress("\(label): search")
    let search = try BenchSearch.measure(
      store: try Store.open(path), scratch: base + "/search-\(count)")
    progress("\(label): \(BenchSettings.saveCount) decision saves")
    let save = try BenchSave.measure(
      store: try Store.open(path), count: BenchSettings.saveCount, today: today)
    progress("\(label): \(BenchSettings.saveCount) access-log entries")
    let logged = try Store.open(path)
    let ids = try logged.familyIDs()
    var appends: [Int] = []
    for position in 0..<BenchSettings.saveCount {
      appends.append(
        try BenchClock.time {
          try logged.logAccess(
            [(ids[(position * 97) % ids.count], .view, "board")], who: BenchStoreWriter.author)
        }.nanoseconds)
    }
    progress("\(label): git")
    let gitScratch = base + "/git-\(count)"
    try? FileManager.default.removeItem(atPath: gitScratch)
    try FileManager.default.createDirectory(atPath: gitScratch, withIntermediateDirectories: true)
    generatedStores.append(gitScratch)
    let git = try BenchGit.measure(
      storePath: path, executable: executable, scratch: gitScratch, today: today,
      saves: BenchSettings.saveCount, logYears: logYears, signed: signed,
      progress: { self.progress("\(label): git: " + $0) })
    return BenchSizeResult(
      families: count, storeBytes: BenchRunner.bytes(under: path),
      generateMilliseconds: BenchDistribution.milliseconds(generated.nanoseconds),
      firstFrame: BenchDistribution(nanoseconds: frames)!,
      firstFrameInside: BenchDistribution(nanoseconds: inside)!,
      firstFrameTerminal: BenchDistribution(nanoseconds: terminalFrames),
      indexMilliseconds: keyed.indexMilliseconds, keyToFrame: keyed.keyToFrame,
      keyToFrameCPU: keyed.keyToFrameCPU, save: save,
      checkMilliseconds: check, jqMilliseconds: jqPlain, jqParallelMilliseconds: jqParallel,
      reportMilliseconds: report, boardPeakResidentBytes: peak, git: git,
      accessAppend: BenchDistribution(nanoseconds: appends), search: search)
  }

  /// One fresh `tafel bench-first-frame` process and what it measured.
  package func firstFrame(store: String, keys: Int, inTerminal: Bool) throws -> (
    BenchFirstFrameResult, BenchChildResult
  ) {
    let output = base + "/.first-frame.json"
    defer { unlink(output) }
    var arguments = [
      "bench-first-frame", "--store", store, "--keys", String(keys), "--seed", String(seed),
      "--output", output,
    ]
    if inTerminal { arguments.append("--terminal") }
    let child = try BenchChild.run(
      executable, arguments, output: inTerminal ? .inherit : .null,
      spawnedAt: { ["--spawned-at", String($0)] })
    guard child.exitStatus == 0, let data = FileManager.default.contents(atPath: output) else {
      throw BenchFailure.data(
        "\(store): the board's first frame failed (exit \(child.exitStatus));"
          + " try `\(executable) bench-first-frame --store \(store)`")
    }
    return (try JSONDecoder().decode(BenchFirstFrameResult.self, from: data), child)
  }

  /// The wall time of `sh -c command`, which must succeed.
  package func shellTime(_ command: String) throws -> Int {
    let result = try BenchChild.run(shell, ["-c", command], output: .null)
    guard result.exitStatus == 0 else {
      throw BenchFailure.data("`\(command)` exited \(result.exitStatus)")
    }
    return result.nanoseconds
  }

  /// The median in milliseconds of `count` timings in nanoseconds.
  package func median(_ count: Int, _ body: () throws -> Int) throws -> Double {
    var samples: [Int] = []
    for _ in 0..<count { samples.append(try body()) }
    return BenchDistribution(nanoseconds: samples)!.medianMilliseconds
  }

  package func progress(_ line: String) {
    FileHandle.standardError.write(Data(("tafel bench: " + line + "\n").utf8))
  }

  /// The total size of the regular files under `path`.
  package static func bytes(under path: String) -> Int {
    guard let walker = FileManager.default.enumerator(atPath: path) else { return 0 }
    var total = 0
    while let name = walker.nextObject() as? String {
      if let attributes = walker.fileAttributes,
        attributes[.type] as? FileAttributeType == .typeRegular
      {
        total += (attributes[.size] as? Int) ?? 0
      }
      _ = name
    }
    return total
  }
}
