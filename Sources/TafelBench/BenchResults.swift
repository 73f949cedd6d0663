// What one bench run measured, per store size, and the machine it ran on.
// This is also the documented JSON of `tafel bench --format json`.

public struct BenchSizeResult: Codable, Sendable {
  public var families: Int
  /// Bytes of all files of the generated store.
  public var storeBytes: Int
  public var generateMilliseconds: Double
  /// Process start to the first headless frame, over `runs` fresh processes.
  public var firstFrame: BenchDistribution
  /// The part of it inside the command: open the store, read the meeting and its families, render.
  public var firstFrameInside: BenchDistribution
  /// The same with the real terminal (`--terminal`).
  public var firstFrameTerminal: BenchDistribution?
  /// Reading index.json after the first frame, as the board does.
  public var indexMilliseconds: Double?
  public var keyToFrame: BenchDistribution?
  /// The same keys in CPU time of the board's thread (what the work costs on an idle machine).
  public var keyToFrameCPU: BenchDistribution?
  public var save: BenchSaveResult
  public var checkMilliseconds: Double
  /// `find … -name '*.json' | xargs jq empty`: one jq at a time.
  public var jqMilliseconds: Double?
  /// The same with `xargs -P2`: two jq at a time.
  public var jqParallelMilliseconds: Double?
  /// nil when this Tafel has no `report` command.
  public var reportMilliseconds: Double?
  /// The board process (first frame, index, key script): ru_maxrss.
  public var boardPeakResidentBytes: Int
  /// The store under git: save + commit, sync, one replica to another.
  public var git: BenchGitResult?
  /// One access-log entry appended (lock, read the tail, hash, write, fsync).
  public var accessAppend: BenchDistribution?
  /// The `/` search: built, loaded from its cache, and each query after.
  public var search: BenchSearchResult?
}

public struct BenchMachine: Codable, Sendable {
  public var processors: Int
  public var cpu: String
  public var memoryBytes: Int
  public var kernel: String
  public var swift: String
  /// The file system the stores were written to (ext4, tmpfs, …).
  public var fileSystem: String
  /// "release" or "debug".
  public var build: String
}

public struct BenchReport: Codable, Sendable {
  /// UTC, "YYYY-MM-DDTHH:MM:SSZ".
  public var date: String
  public var seed: UInt64
  public var machine: BenchMachine
  /// What "jq" and "save" were compared with, in words.
  public var notes: [String]
  public var sizes: [BenchSizeResult]
  public var targets: [BenchTargetResult]

  public init(
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
public struct BenchTargetResult: Codable, Sendable, Equatable {
  public var target: String
  public var families: Int
  public var measured: String
  public var met: Bool
}

/// What the first-frame child (`tafel bench-first-frame`) reports to the bench on stdout.
public struct BenchFirstFrameResult: Codable {
  /// From the parent's spawn (or from this command's start) to the first finished frame.
  public var firstFrameMilliseconds: Double
  /// The part of it spent inside this command: open, read, render (and draw).
  public var openAndRenderMilliseconds: Double
  public var agendaFamilies: Int
  public var indexMilliseconds: Double?
  public var indexedFamilies: Int?
  public var keyToFrame: BenchDistribution?
  /// The same keys in CPU time of the thread: the work, without waiting for a busy processor.
  public var keyToFrameCPU: BenchDistribution?
  public var ignoredRequests: Int
  /// VmHWM of this process at the end.
  public var peakResidentBytes: Int

  public init(
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
