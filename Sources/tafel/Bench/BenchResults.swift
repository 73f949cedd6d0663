// What one bench run measured, per store size, and the machine it ran on.
// This is also the documented JSON of `tafel bench --format json`.

struct BenchSizeResult: Codable, Sendable {
  var families: Int
  /// Bytes of all files of the generated store.
  var storeBytes: Int
  var generateMilliseconds: Double
  /// Process start to the first headless frame, over `runs` fresh processes.
  var firstFrame: BenchDistribution
  /// The part of it inside the command: open the store, read the meeting and its families, render.
  var firstFrameInside: BenchDistribution
  /// The same with the real terminal (`--terminal`).
  var firstFrameTerminal: BenchDistribution?
  /// Reading index.json after the first frame, as the board does.
  var indexMilliseconds: Double?
  var keyToFrame: BenchDistribution?
  /// The same keys in CPU time of the board's thread (what the work costs on an idle machine).
  var keyToFrameCPU: BenchDistribution?
  var save: BenchSaveResult
  var checkMilliseconds: Double
  /// `find … -name '*.json' | xargs jq empty`: one jq at a time.
  var jqMilliseconds: Double?
  /// The same with `xargs -P2`: two jq at a time.
  var jqParallelMilliseconds: Double?
  /// nil when this Tafel has no `report` command.
  var reportMilliseconds: Double?
  /// The board process (first frame, index, key script): ru_maxrss.
  var boardPeakResidentBytes: Int
}

struct BenchMachine: Codable, Sendable {
  var processors: Int
  var cpu: String
  var memoryBytes: Int
  var kernel: String
  var swift: String
  /// The file system the stores were written to (ext4, tmpfs, …).
  var fileSystem: String
  /// "release" or "debug".
  var build: String
}

struct BenchReport: Codable, Sendable {
  /// UTC, "YYYY-MM-DDTHH:MM:SSZ".
  var date: String
  var seed: UInt64
  var machine: BenchMachine
  /// What "jq" and "save" were compared with, in words.
  var notes: [String]
  var sizes: [BenchSizeResult]
  var targets: [BenchTargetResult]
}

/// One target at one store size, met or not.
struct BenchTargetResult: Codable, Sendable, Equatable {
  var target: String
  var families: Int
  var measured: String
  var met: Bool
}
