// Median and 99th percentile of a series of timings, by the nearest-rank rule
// (the p99 of 1,000 samples is the 990th smallest; TafelCore's NearestRank),
// in milliseconds.

import TafelCore

package struct BenchDistribution: Codable, Sendable, Equatable {
  package var count: Int
  package var medianMilliseconds: Double
  package var p99Milliseconds: Double
  package var maximumMilliseconds: Double

  /// nil for an empty series.
  package init?(nanoseconds samples: [Int]) {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    count = sorted.count
    medianMilliseconds = BenchDistribution.milliseconds(
      NearestRank.percentile(50, ofSorted: sorted))
    p99Milliseconds = BenchDistribution.milliseconds(NearestRank.percentile(99, ofSorted: sorted))
    maximumMilliseconds = BenchDistribution.milliseconds(sorted.last!)
  }

  package static func milliseconds(_ nanoseconds: Int) -> Double { Double(nanoseconds) / 1_000_000 }
}
