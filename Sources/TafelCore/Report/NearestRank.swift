// Percentiles by the nearest-rank method: the p-th percentile of n sorted
// values is the value at rank ceil(p/100 × n) (ranks from 1). Always one of
// the values itself, so a report of days never shows half days; the median is
// the 50th percentile (the lower middle value when n is even).

package enum NearestRank {
  /// The `percent`-th percentile of `values` (any order), or nil when empty.
  package static func percentile(_ percent: Int, of values: [Int]) -> Int? {
    guard !values.isEmpty else { return nil }
    return percentile(percent, ofSorted: values.sorted())
  }

  /// The same for values already sorted ascending and not empty.
  package static func percentile(_ percent: Int, ofSorted sorted: [Int]) -> Int {
    // ceil(percent × n / 100) in integers, at least rank 1.
    let rank = max(1, (percent * sorted.count + 99) / 100)
    return sorted[min(rank, sorted.count) - 1]
  }

  package static func median(of values: [Int]) -> Int? { percentile(50, of: values) }
}
