// Median and 99th percentile of a series of timings, by the nearest-rank rule
// (the p99 of 1,000 samples is the 990th smallest), in milliseconds.

public struct BenchDistribution: Codable, Sendable, Equatable {
  public var count: Int
  public var medianMilliseconds: Double
  public var p99Milliseconds: Double
  public var maximumMilliseconds: Double

  /// nil for an empty series.
  public init?(nanoseconds samples: [Int]) {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    count = sorted.count
    medianMilliseconds = BenchDistribution.milliseconds(BenchDistribution.rank(0.5, of: sorted))
    p99Milliseconds = BenchDistribution.milliseconds(BenchDistribution.rank(0.99, of: sorted))
    maximumMilliseconds = BenchDistribution.milliseconds(sorted.last!)
  }

  /// The nearest-rank percentile: the smallest sample with at least `fraction` at or below it.
  public static func rank(_ fraction: Double, of sorted: [Int]) -> Int {
    let position = Int((fraction * Double(sorted.count)).rounded(.up))
    return sorted[min(max(position, 1), sorted.count) - 1]
  }

  public static func milliseconds(_ nanoseconds: Int) -> Double { Double(nanoseconds) / 1_000_000 }
}
