// The `/` search at size: the first query with no cache (every family read
// once to build the index), the first with the cache on disk (a board opened
// again), and the queries after it, as a chair types them — from the search
// index, never by decoding the families again.

import Foundation
import TafelStore

package struct BenchSearchResult: Codable, Sendable {
  /// The first query on a machine without the cache: the index built.
  package var buildMilliseconds: Double
  /// The first query of a new board, the cache read from disk.
  package var loadMilliseconds: Double
  /// Each query after that (three letters or more, as typed).
  package var query: BenchDistribution
}

package enum BenchSearch {
  /// Words a chair types: names, places, words of plans and notes.
  static let queries = [
    "jan", "jans", "janse", "school", "ede", "veen", "zorg", "ouder", "vries", "bakk", "moed",
    "thuis", "geweld", "lokaal team", "de vr", "hulp", "kind", "wonen", "ruzie", "slaap",
  ]

  package static func measure(store: Store, scratch: String) throws -> BenchSearchResult {
    try? FileManager.default.removeItem(atPath: scratch)
    // The first index is gone before the second is made, as a board that
    // opens again holds one.
    let build = BenchClock.time {
      _ = SearchIndex(store: store, directory: scratch).search("zzqx", limit: 200)
    }
    let second = SearchIndex(store: store, directory: scratch)
    let load = BenchClock.time { _ = second.search("zzqx", limit: 200) }
    var times: [Int] = []
    for _ in 0..<3 {
      for query in queries {
        times.append(BenchClock.time { _ = second.search(query, limit: 200) }.nanoseconds)
      }
    }
    try? FileManager.default.removeItem(atPath: scratch)
    return BenchSearchResult(
      buildMilliseconds: BenchDistribution.milliseconds(build.nanoseconds),
      loadMilliseconds: BenchDistribution.milliseconds(load.nanoseconds),
      query: BenchDistribution(nanoseconds: times)!)
  }
}
