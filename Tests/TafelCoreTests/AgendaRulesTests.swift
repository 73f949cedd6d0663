// The agenda takes a family once, at a real time, for a length the table can
// sit, and keeps a case once the table has decided it.

import Testing

@testable import TafelCore

@Suite struct AgendaRulesTests {
  var meeting = Meeting(id: "JBT-2026-12-03", date: Day("2026-12-03")!)

  @Test mutating func casesFollowEachOtherWhenNoTimeIsGiven() throws {
    try meeting.addItem(family: "FV-2026-0001", start: nil, minutes: nil, kind: .first)
    try meeting.addItem(family: "FV-2026-0002", start: nil, minutes: 45, kind: .otsReview)
    try meeting.addItem(family: "FV-2026-0003", start: nil, minutes: nil, kind: .first)
    #expect(meeting.items.map(\.start) == ["09:00", "10:00", "10:45"])
    #expect(meeting.items[1].kind == .otsReview)
  }

  @Test mutating func aFamilyTwiceIsRefused() throws {
    try meeting.addItem(family: "FV-2026-0001", start: "13:30", minutes: 50, kind: .first)
    #expect(throws: ArgumentRefusal.self) {
      try meeting.addItem(family: "FV-2026-0001", start: nil, minutes: nil, kind: .first)
    }
    #expect(meeting.items.count == 1)
  }

  @Test(arguments: ["9:30", "24:00", "12:60", "noon", "12.30"])
  func aTimeThatIsNotHHMMIsRefused(start: String) {
    var meeting = meeting
    #expect(throws: ArgumentRefusal("--at", "\"\(start)\" is not a time (HH:MM)")) {
      try meeting.addItem(family: "F", start: start, minutes: nil, kind: .first)
    }
  }

  @Test(arguments: [0, -5, 481])
  func aLengthOutsideOneToFourHundredEightyIsRefused(minutes: Int) {
    var meeting = meeting
    #expect(throws: ArgumentRefusal("--minutes", "\(minutes) is not 1 to 480 minutes")) {
      try meeting.addItem(family: "F", start: nil, minutes: minutes, kind: .first)
    }
  }

  @Test mutating func aDecidedCaseStaysOnTheAgenda() throws {
    try meeting.addItem(family: "F1", start: nil, minutes: nil, kind: .first)
    try meeting.addItem(family: "F2", start: nil, minutes: nil, kind: .first)
    let decision = Decision(
      id: "F1-D001", family: "F1", meeting: meeting.id, time: Timestamp(seconds: 0),
      outcome: .noInvestigation, rationale: "gaat goed", recordedBy: "notulist")
    #expect(throws: ArgumentRefusal.self) {
      try meeting.removeItem(family: "F1", decisions: [decision])
    }
    meeting.items[1].status = .decided
    #expect(throws: ArgumentRefusal.self) { try meeting.removeItem(family: "F2", decisions: []) }
    #expect(throws: ArgumentRefusal.self) { try meeting.removeItem(family: "F3", decisions: []) }
    #expect(meeting.items.count == 2)
  }

  @Test mutating func anUndecidedCaseCanBeRemoved() throws {
    try meeting.addItem(family: "F1", start: nil, minutes: nil, kind: .first)
    let elsewhere = Decision(
      id: "F1-D001", family: "F1", meeting: "JBT-2026-10-01", time: Timestamp(seconds: 0),
      outcome: .noInvestigation, rationale: "eerder", recordedBy: "notulist")
    try meeting.removeItem(family: "F1", decisions: [elsewhere])
    #expect(meeting.items.isEmpty)
  }
}
