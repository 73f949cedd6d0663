// Meeting ids start with their date ("JBT-2026-11-29"), so the board finds
// today's meeting from file names alone; a second meeting that day is "-2".

package enum MeetingNumbering {
  /// The first free id for a meeting on `date`.
  package static func nextID(on date: Day, existing: [String]) -> String {
    let base = "JBT-\(date)"
    let taken = Set(existing)
    guard taken.contains(base) else { return base }
    var number = 2
    while taken.contains("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }
}
