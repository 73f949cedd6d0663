// Where the bench's stores come from: the synthetic data of TafelCore,
// seeded, with today's meeting of eight cases. Kept in one place so that the
// bench and its tests generate exactly the same store for a seed.

import TafelCore

enum BenchGenerator {
  /// The smallest store with a full meeting of eight cases.
  static let minimumFamilies = 8

  static func content(families: Int, seed: UInt64, today: Day) -> BenchStoreContent {
    // Interim: the demo families repeated under new ids, until SyntheticData lands.
    let demo = DemoData.make(today: today)
    var result: [Family] = []
    result.reserveCapacity(families)
    for number in 0..<families {
      var family = demo.families[number % demo.families.count]
      let id = demo.info.familyPrefix + "-2026-" + String(100_000 + number).dropFirst()
      family.id = id
      for index in family.decisions.indices {
        family.decisions[index].family = id
        family.decisions[index].id = id + "-D" + String(1000 + index + 1).dropFirst()
        family.decisions[index].supersedes = nil
        family.decisions[index].meeting = nil
      }
      result.append(family)
    }
    let items = (0..<8).map { index in
      AgendaItem(family: result[index * (families / 8)].id, start: "\(9 + index):00")
    }
    let meeting = Meeting(
      id: "JBT-" + today.description, date: today, location: "bench", chair: "bench",
      secretary: "bench", items: items)
    return BenchStoreContent(
      info: demo.info, directory: demo.directory, families: result, meetings: [meeting])
  }

  /// The time every change record and family file of a generated store
  /// carries: yesterday 07:00 UTC, so that any later write is newer.
  static func creationTime(today: Day) -> Timestamp { Timestamp(day: today.adding(days: -1), hour: 7) }
}
