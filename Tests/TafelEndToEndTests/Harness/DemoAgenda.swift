// What a test needs to know about the demo store it opened: today's meeting
// and its families, read through the store API rather than hard-coded, since
// the demo's ids and dates follow the day the test runs.
import Foundation
import TafelCore
import TafelStore

struct DemoAgenda {
  var meetingID: String
  /// (id, name) in agenda order.
  var families: [(id: String, name: String)]

  /// Today's meeting (on the clock and in the zone the tests carry to the binary) of the store at `path`.
  static func read(store path: String) throws -> DemoAgenda {
    let today = TestClock.today
    let store = try Store.open(path)
    let meetingID = "JBT-\(today)"
    let meeting = try store.meeting(meetingID)
    let families = try meeting.items.map { item in
      (id: item.family, name: try store.family(item.family).name)
    }
    return DemoAgenda(meetingID: meetingID, families: families)
  }
}
