// Where the bench's stores come from: `SyntheticData.make` of TafelDemo
// (seeded, the demo's shape, today's meeting of eight cases). Kept in one
// place so that `tafel bench` and `tafel bench-generate` write exactly the
// same store for a seed and a day.

import TafelCore
import TafelDemo

package enum BenchGenerator {
  /// The smallest store with a full meeting of eight cases.
  package static let minimumFamilies = 8

  package static func content(families: Int, seed: UInt64, today: Day) -> BenchStoreContent {
    let made = SyntheticData.make(families: families, seed: seed, today: today)
    return BenchStoreContent(
      info: made.info, directory: made.directory, families: made.families,
      meetings: made.meetings)
  }

  /// The time every change record and family file of a generated store
  /// carries: yesterday 07:00 UTC, so that any later write is newer.
  package static func creationTime(today: Day) -> Timestamp {
    Timestamp(day: today.adding(days: -1), hour: 7)
  }
}
