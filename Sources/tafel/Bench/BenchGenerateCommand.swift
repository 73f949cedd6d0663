// `tafel bench-generate` (hidden): writes one synthetic store exactly as
// `tafel bench` does, and keeps it. For the determinism test (same seed and
// day, same bytes) and for profiling one size by hand.

import ArgumentParser
import Foundation
import TafelBench
import TafelCore

struct BenchGenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-generate",
    abstract: "Write one synthetic store as tafel bench generates it.",
    shouldDisplay: false)

  @Option(
    help: ArgumentHelp("A missing or empty directory.", valueName: "path"), completion: .directory)
  var store: String

  @Option(help: "Number of families.") var families = 1000
  @Option(help: "Seed.") var seed: UInt64 = 2026
  @Option(
    help: ArgumentHelp(
      "The day the store is generated for (default: today).", valueName: "YYYY-MM-DD"))
  var today: String?

  func validate() throws {
    guard families >= BenchGenerator.minimumFamilies else {
      throw CommandFailure.usage(
        "--families: give at least \(BenchGenerator.minimumFamilies) (a meeting has eight cases)")
    }
    if let today, Day(today) == nil {
      throw CommandFailure.usage("--today: \"\(today)\" is not a date (YYYY-MM-DD)")
    }
  }

  func run() throws {
    let day = today.flatMap(Day.init) ?? StoreOptions.today()
    let written = try BenchClock.time {
      try BenchStoreWriter.write(
        BenchGenerator.content(families: families, seed: seed, today: day), to: store,
        time: BenchGenerator.creationTime(today: day))
    }
    print(
      "\(store): \(BenchFormat.count(families)) families written in"
        + " \(BenchFormat.milliseconds(BenchDistribution.milliseconds(written.nanoseconds)))")
  }
}
