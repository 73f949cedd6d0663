// `tafel bench`: generates reproducible synthetic stores of several sizes and
// measures, on each, what a chair and a region feel: the board's first frame
// in a fresh process, key to frame, decision save next to a raw write +
// fsync, `tafel check` next to `jq empty`, `tafel report`, and the board's
// peak memory. One table (or JSON) with the targets of issue 6 marked ✓/✗.

import ArgumentParser
import Foundation
import TafelBench
import TafelCore
import TafelStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure Tafel on generated stores of 1,000, 10,000 and 50,000 families.",
    discussion: """
      Stores are generated from --seed (the same seed gives the same bytes) under --dir \
      or a temporary directory, and removed afterwards unless --keep. Targets are shown \
      with ✓ or ✗; they are never an exit status. Build with -c release for real figures.
      """)

  @Option(
    name: .customLong("families"), parsing: .upToNextOption,
    help: ArgumentHelp("Store sizes to measure (default: 1000 10000 50000).", valueName: "n"))
  var families: [Int] = []

  @Option(
    help: ArgumentHelp(
      "Where to generate the stores (default: a temporary directory).", valueName: "dir"),
    completion: .directory)
  var dir: String?

  @Flag(help: "Keep the generated stores.")
  var keep = false

  @Option(
    help: ArgumentHelp("text or json.", valueName: "format"), completion: .list(["text", "json"]))
  var format = "text"

  @Flag(help: "Also time the real board's first frame in this terminal.")
  var terminal = false

  @Option(help: "Seed of the synthetic stores and the key script.")
  var seed: UInt64 = 2026

  @Option(help: "Fresh processes per first-frame figure.")
  var runs = 5

  var sizes: [Int] { families.isEmpty ? BenchSettings.defaultSizes : families }

  func validate() throws {
    guard format == "text" || format == "json" else {
      throw CommandFailure.usage("--format: \"\(format)\" is not text or json")
    }
    for size in sizes where size < BenchGenerator.minimumFamilies {
      throw CommandFailure.usage(
        "--families: \(size) is too small; a store needs at least \(BenchGenerator.minimumFamilies)"
          + " families for its meeting")
    }
    guard runs >= 1 else { throw CommandFailure.usage("--runs: give at least 1") }
    if let dir, dir.isEmpty { throw CommandFailure.usage("--dir: empty path") }
    if terminal, isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
      throw CommandFailure.usage("--terminal: standard input and output must be a terminal")
    }
  }

  func run() throws {
    let base = try BenchCommand.baseDirectory(dir)
    var runner = BenchRunner(
      base: base.path, executable: OwnExecutable.path, today: StoreOptions.today(),
      seed: seed, runs: runs, terminal: terminal)
    var results: [BenchSizeResult] = []
    defer {
      if !keep {
        for store in runner.generatedStores { BenchStoreRemoval.remove(store) }
        if base.created { try? FileManager.default.removeItem(atPath: base.path) }
      }
    }
    for (index, size) in sizes.enumerated() {
      results.append(
        try runner.measure(
          families: size, logYears: index == 0, signed: index == sizes.count - 1))
    }
    let report = BenchReport(
      date: SystemClock.now().description, seed: seed,
      machine: BenchMachine.probe(storeDirectory: base.path), notes: runner.notes(),
      sizes: results, targets: BenchTargets.judge(results))
    if format == "json" {
      FileHandle.standardOutput.write(try BenchJSON.encode(report))
    } else {
      print(BenchTable.text(report), terminator: "")
    }
    fflush(nil)
    if keep { CommandFailure.warn("stores kept in \(base.path)") }
  }

  /// `--dir` (created when missing), else a new temporary directory.
  static func baseDirectory(_ dir: String?) throws -> (path: String, created: Bool) {
    if let dir {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
          throw CommandFailure.usage("--dir: \(dir) is not a directory")
        }
        return (dir, false)
      }
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw CommandFailure.usage("--dir: cannot create \(dir)")
      }
      return (dir, true)
    }
    var template = Array((NSTemporaryDirectory() + "/tafel-bench-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw CommandFailure.data("\(NSTemporaryDirectory()): cannot create a temporary directory")
    }
    return (String(cString: made), true)
  }
}
