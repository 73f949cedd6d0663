// The clock and zone the tests run under, carried to every `tafel` they start
// through the one seam the binary reads (`TAFEL_NOW`, `TZ`). The tests read
// "now" and "today" from the same `SystemClock` the binary does, so a test run
// under faketime or in another zone expects what the binary then shows.

import Foundation
import TafelCore
import TafelDemo
import TafelStore

enum TestClock {
  /// The environment entries that give a started binary this process's clock and zone.
  static func environment(now: String? = nil) -> [String: String] {
    var entries = ["TAFEL_NOW": now ?? SystemClock.now().description]
    if let zone = ProcessInfo.processInfo.environment["TZ"], !zone.isEmpty {
      entries["TZ"] = zone
    }
    return entries
  }

  /// Today, where the table sits (in the zone under test).
  static var today: Day { SystemClock.today() }

  /// The moment a written-out scenario takes place: the preparation tests tell
  /// a story with dates in it (an intake on 2026-09-01, a meeting on
  /// 2026-12-03), so they set the clock to the day the story is told, noon UTC
  /// (the same date from Los Angeles to Tokyo; the stories use no date that
  /// depends on it in zones further out, such as UTC+14).
  static let scenarioNow = "2026-11-29T12:00:00Z"
  /// The day of the stories' meeting (JBT-2026-12-03), noon UTC: a decision
  /// is recorded at or after its meeting, never before it sits.
  static let scenarioMeetingNow = "2026-12-03T12:00:00Z"
}

extension TestClock {
  /// The day of `scenarioNow`.
  static var scenarioToday: Day { Day(String(scenarioNow.prefix(10)))! }
}

/// The demo's family ids as the binary makes them on the test's today: an id
/// carries the year of the family's first contact, which moves with the clock.
enum DemoFamily {
  private static let ids = DemoData.make(today: TestClock.today).families.map(\.id)

  /// The id of demo family number `number` (52 is Öztürk, 96 is on the next agenda).
  static func id(_ number: Int) -> String {
    let suffix =
      "-" + String(repeating: "0", count: max(0, 4 - String(number).count))
      + String(number)
    return ids.first { $0.hasSuffix(suffix) }!
  }
}
