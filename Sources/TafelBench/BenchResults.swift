// What one bench run measured, per store size, and the machine it ran on.
// This is also the documented JSON of `tafel bench --format json`.

package struct BenchSizeResult: Codable, Sendable {
  package var families: Int
  /// Bytes of all files of the generated store.
  package var storeBytes: Int
  package var generateMilliseconds: Double
  /// Process start to the first headless frame, over `runs` fresh processes.
  package var firstFrame: BenchDistribution
  /// The part of it inside the command: open the store, read the meeting and its families, render.
  package var firstFrameInside: BenchDistribution
  /// The same with the real terminal (`--terminal`).
  package var firstFrameTerminal: BenchDistribution?
  /// Reading index.json after the first frame, as the board does.
  package var indexMilliseconds: Double?
  package var keyToFrame: BenchDistribution?
  /// The same keys in CPU time of the board's thread (what the work costs on an idle machine).
  package var keyToFrameCPU: BenchDistribution?
  package var save: BenchSaveResult
  package var checkMilliseconds: Double
  /// `find … -name '*.json' | xargs jq empty`: one jq at a time.
  package var jqMilliseconds: Double?
  /// The same with `xargs -P2`: two jq at a time.
  package var jqParallelMilliseconds: Double?
  /// nil when this Tafel has no `report` command.
  package var reportMilliseconds: Double?
  /// The board process (first frame, index, key script): ru_maxrss.
  package var boardPeakResidentBytes: Int
  /// The store under git: save + commit, sync, one replica to another.
  package var git: BenchGitResult?
  /// One access-log entry appended (lock, read the tail, hash, write, fsync).
  package var accessAppend: BenchDistribution?
  /// The `/` search: built, loaded from its cache, and each query after.
  package var search: BenchSearchResult?
}

package struct BenchMachine: Codable, Sendable {
  package var processors: Int
  package var cpu: String
  package var memoryBytes: Int
  package var kernel: String
  package var swift: String
  /// The file system the stores were written to (ext4, tmpfs, …).
  package var fileSystem: String
  /// "release" or "debug".
  package var build: String
}

package struct BenchReport: Codable, Sendable {
  /// UTC, "YYYY-MM-DDTHH:MM:SSZ".
  package var date: String
  package var seed: UInt64
  package var machine: BenchMachine
  /// What "jq" and "save" were compared with, in words.
  package var notes: [String]
  package var sizes: [BenchSizeResult]
  package var targets: [BenchTargetResult]

  package init(
    date: String, seed: UInt64, machine: BenchMachine, notes: [String], sizes: [BenchSizeResult],
    targets: [BenchTargetResult]
  ) {
    self.date = date
    self.seed = seed
    self.machine = machine
    self.notes = notes
    self.sizes = sizes
    self.targets = targets
  }
}

/// One target at one store size, met or not.
package struct BenchTargetResult: Codable, Sendable, Equatable {
  package var target: String
  package var families: Int
  package var measured: String
  package var met: Bool
}

/// What the first-frame child (`tafel bench-first-frame`) reports to the bench on stdout.
package struct BenchFirstFrameResult: Codable {
  /// From the parent's spawn (or from this command's start) to the first finished frame.
  package var firstFrameMilliseconds: Double
  /// The part of it spent inside this command: open, read, render (and draw).
  package var openAndRenderMilliseconds: Double
  package var agendaFamilies: Int
  package var indexMilliseconds: Double?
  package var indexedFamilies: Int?
  package var keyToFrame: BenchDistribution?
  /// The same keys in CPU time of the thread: the work, without waiting for a busy processor.
  package var keyToFrameCPU: BenchDistribution?
  package var ignoredRequests: Int
  /// VmHWM of this process at the end.
  package var peakResidentBytes: Int

  package init(
    firstFrameMilliseconds: Double, openAndRenderMilliseconds: Double, agendaFamilies: Int,
    indexMilliseconds: Double? = nil, indexedFamilies: Int? = nil,
    keyToFrame: BenchDistribution? = nil, keyToFrameCPU: BenchDistribution? = nil,
    ignoredRequests: Int, peakResidentBytes: Int
  ) {
    self.firstFrameMilliseconds = firstFrameMilliseconds
    self.openAndRenderMilliseconds = openAndRenderMilliseconds
    self.agendaFamilies = agendaFamilies
    self.indexMilliseconds = indexMilliseconds
    self.indexedFamilies = indexedFamilies
    self.keyToFrame = keyToFrame
    self.keyToFrameCPU = keyToFrameCPU
    self.ignoredRequests = ignoredRequests
    self.peakResidentBytes = peakResidentBytes
  }
}
