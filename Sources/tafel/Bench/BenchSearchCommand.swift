// `tafel bench-search` (hidden): the `/` search rows of `tafel bench` on a
// store that exists (one made by `tafel bench-generate`), for profiling the
// search by hand without the whole bench.

import ArgumentParser
import Foundation
import TafelBench
import TafelStore

struct BenchSearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-search",
    abstract: "Measure the / search on an existing store as tafel bench does.",
    shouldDisplay: false)

  @Option(help: ArgumentHelp("The store.", valueName: "path"), completion: .directory)
  var store: String

  @Option(help: ArgumentHelp("A scratch directory for the cache.", valueName: "path"))
  var cache: String

  func run() throws {
    let result = try BenchSearch.measure(store: try Store.open(store), scratch: cache)
    print(
      "built \(BenchFormat.milliseconds(result.buildMilliseconds)) · read "
        + "\(BenchFormat.milliseconds(result.loadMilliseconds)) · each query "
        + BenchFormat.pair(result.query.medianMilliseconds, result.query.p99Milliseconds))
  }
}
