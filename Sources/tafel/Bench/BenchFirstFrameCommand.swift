// `tafel bench-first-frame` (hidden): the board's start in a fresh process,
// measured from inside. The parent (`tafel bench`) passes the monotonic clock
// it read just before spawning this process, so the first-frame figure covers
// exec, loading, argument parsing, reading the meeting and its agenda
// families (the board's own `BoardOpening.read`) and rendering one frame.
// Then, as the real board does, it reads the index, and types the key script,
// timing each key to its finished frame. It prints one JSON object.

import ArgumentParser
import Foundation
import TafelBench
import TafelCore
import TafelStore
import TafelTerminal
import TafelUI

struct BenchFirstFrameCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-first-frame",
    abstract: "Time the board's first frame and its keys in this process (used by tafel bench).",
    shouldDisplay: false)

  @Option(help: ArgumentHelp("The store to open.", valueName: "path"), completion: .directory)
  var store: String

  @Option(help: "Frame width.") var width = 200
  @Option(help: "Frame height.") var height = 60
  @Option(help: "Keys to type after the first frame (0 types none and skips the index).")
  var keys = 1000
  @Option(help: "Seed of the key script.") var seed: UInt64 = 1

  @Option(
    help: ArgumentHelp("Write the JSON result here instead of stdout.", valueName: "path"),
    completion: Completions.output)
  var output: String?

  @Flag(help: "Draw the first frame in the real terminal, then restore it and stop.")
  var terminal = false

  @Option(
    name: .customLong("spawned-at"),
    help: "The parent's CLOCK_MONOTONIC in nanoseconds just before it started this process.")
  var spawnedAt: Int?

  func run() throws {
    let started = BenchClock.nanoseconds()
    let origin = spawnedAt ?? started
    let opened = try Store.open(store)
    let now = SystemClock.now()
    let opening = try BoardOpening.read(
      store: opened, meetingID: nil, now: now, zone: SystemClock.zone)
    let app = BoardApp(data: opening.data, options: BoardOptions(user: "tafel bench"))
    let firstFrame: Int
    if terminal {
      firstFrame = try drawInTerminal(app)
    } else {
      _ = app.render(width: width, height: height)
      firstFrame = BenchClock.nanoseconds()
    }
    var result = BenchFirstFrameResult(
      firstFrameMilliseconds: BenchDistribution.milliseconds(firstFrame - origin),
      openAndRenderMilliseconds: BenchDistribution.milliseconds(firstFrame - started),
      agendaFamilies: opening.data.families.count, ignoredRequests: 0,
      peakResidentBytes: 0)
    if !terminal && keys > 0 {
      var loop = BenchHeadlessLoop(app: app, store: opened)
      let index = BenchClock.time { loop.loadSummaries() }
      result.indexMilliseconds = BenchDistribution.milliseconds(index.nanoseconds)
      result.indexedFamilies = app.data.summaries?.count
      var samples: [Int] = []
      var cpuSamples: [Int] = []
      samples.reserveCapacity(keys)
      cpuSamples.reserveCapacity(keys)
      var viewLog = BoardViewLog()
      for key in BenchKeyScript.keys(count: keys, seed: seed) {
        let start = BenchClock.nanoseconds()
        let cpuStart = BenchClock.threadCPUNanoseconds()
        loop.carry(app.handle(key))
        try viewLog.note(app, store: opened, author: "tafel bench")
        _ = app.render(width: width, height: height)
        cpuSamples.append(BenchClock.threadCPUNanoseconds() - cpuStart)
        samples.append(BenchClock.nanoseconds() - start)
      }
      result.keyToFrame = BenchDistribution(nanoseconds: samples)
      result.keyToFrameCPU = BenchDistribution(nanoseconds: cpuSamples)
      result.ignoredRequests = loop.ignored
    }
    result.peakResidentBytes = BenchFirstFrameCommand.peakResidentBytes()
    let data = try BenchJSON.encode(result)
    if let output {
      try data.write(to: URL(fileURLWithPath: output))
    } else {
      FileHandle.standardOutput.write(data)
    }
  }

  /// The real board's terminal start and one drawn frame, then the terminal restored.
  /// Returns the clock when the frame was on the screen.
  private func drawInTerminal(_ app: BoardApp) throws -> Int {
    let environment = ProcessInfo.processInfo.environment
    let (theme, _) = ThemeLoader.load(nil)
    let screen: Terminal
    do {
      screen = try Terminal(
        options: TerminalOptions(colors: (environment["NO_COLOR"] ?? "").isEmpty), theme: theme,
        environment: environment)
    } catch {
      throw CommandFailure.usage(error.description)
    }
    let (columns, lines) = screen.size
    screen.draw(app.render(width: columns, height: lines))
    let drawn = BenchClock.nanoseconds()
    screen.end()
    return drawn
  }

  /// VmHWM from /proc/self/status, in bytes (0 where there is no /proc).
  static func peakResidentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.split(separator: " ").dropFirst().first ?? ""
      return (Int(digits) ?? 0) * 1024
    }
    return 0
  }
}

/// The bench's JSON style: sorted keys, pretty, a trailing newline.
enum BenchJSON {
  static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    var data = try encoder.encode(value)
    data.append(0x0A)
    return data
  }
}
