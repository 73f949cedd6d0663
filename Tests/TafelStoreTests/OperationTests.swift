// The use cases the board and the commands share (Store/Operations): the
// rules of a meeting kept by the operation itself, under its locks, and the
// receipt saying what was written. What the board and `tafel decide` did
// differently before (a family not on the agenda; a correction of a closed
// meeting's record made away from that meeting) is now one rule.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("one operation per use case")
struct OperationTests {
  static let meetingID = "JBT-2026-11-29"
  static let today = Day("2026-11-29")!

  static func draft(meeting: String? = OperationTests.meetingID, supersedes: String? = nil)
    -> DecisionDraft
  {
    DecisionDraft(
      outcome: .noInvestigation, rationale: "Het vrijwillig kader werkt.",
      childView: "Zoë wil thuis blijven.", meeting: meeting, supersedes: supersedes)
  }

  static func record(_ store: Store, _ draft: DecisionDraft, family: String = "FV-2026-0001")
    throws -> DecisionReceipt
  {
    try store.recordDecision(
      draft, family: family, by: "Linda Kamphuis", at: TestStore.now, today: OperationTests.today)
  }

  static func close(_ store: Store) throws {
    try store.updateMeeting(OperationTests.meetingID, by: "chair", what: "closed") {
      try $0.close(at: TestStore.now, by: "Linda Kamphuis")
    }
  }

  @Test("a decision at a meeting marks its item and says which files it wrote")
  func decisionMarksItsItem() throws {
    let test = try TestStore()
    try test.store.updateMeeting(OperationTests.meetingID, by: "chair", what: "attendance") {
      $0.items[0].attendance = [Attendee(role: .parent, name: "Jan de Vries", mark: .present)]
    }
    let answer = try OperationTests.record(test.store, OperationTests.draft())
    #expect(answer.decision.present == ["Jan de Vries"])
    #expect(answer.markedMeeting == OperationTests.meetingID)
    #expect(answer.agendaProblem == nil)
    #expect(
      answer.receipt.written == [
        test.store.relativePath(family: "FV-2026-0001"),
        test.store.relativePath(meeting: OperationTests.meetingID),
      ])
    let meeting = try test.store.meeting(OperationTests.meetingID)
    #expect(meeting.items[0].status == .decided)
  }

  @Test("a family not on the agenda is refused, whoever asks; nothing is written")
  func notOnAgendaIsRefused() throws {
    let test = try TestStore()
    let before = try test.bytes(test.store.relativePath(family: "FV-2026-0002"))
    #expect(throws: OperationRefusal.notOnAgenda(family: "FV-2026-0002", meeting: "JBT-2026-11-29"))
    {
      try OperationTests.record(test.store, OperationTests.draft(), family: "FV-2026-0002")
    }
    #expect(try test.bytes(test.store.relativePath(family: "FV-2026-0002")) == before)
  }

  @Test("after closing: only a correction, with its reason, and the agenda stays as closed")
  func closedMeetingTakesOnlyCorrections() throws {
    let test = try TestStore()
    let first = try OperationTests.record(test.store, OperationTests.draft())
    try OperationTests.close(test.store)
    let closed = try test.store.meeting(OperationTests.meetingID)
    #expect(throws: OperationRefusal.meetingClosed(meeting: closed.id, at: closed.closedAt!)) {
      try OperationTests.record(test.store, OperationTests.draft())
    }
    #expect(throws: OperationRefusal.reasonRequired(meeting: closed.id)) {
      try OperationTests.record(
        test.store, OperationTests.draft(supersedes: first.decision.id))
    }
    var explained = OperationTests.draft(supersedes: first.decision.id)
    explained.correctionReason = "De visie van Zoë was verkeerd overgenomen."
    let corrected = try OperationTests.record(test.store, explained)
    #expect(corrected.decision.supersedes == first.decision.id)
    #expect(corrected.markedMeeting == nil)
    #expect(try test.store.meeting(OperationTests.meetingID) == closed)
  }

  @Test("a correction of a closed meeting's record made away from it says why too")
  func correctionAwayFromTheMeeting() throws {
    let test = try TestStore()
    let first = try OperationTests.record(test.store, OperationTests.draft())
    try OperationTests.close(test.store)
    #expect(throws: OperationRefusal.reasonRequired(meeting: OperationTests.meetingID)) {
      try OperationTests.record(
        test.store, OperationTests.draft(meeting: nil, supersedes: first.decision.id))
    }
  }

  @Test(
    "adjourning carries the case over with its kind and length; a closed target is refused first")
  func adjournAndCarry() throws {
    let test = try TestStore()
    let later = "JBT-2026-12-13"
    try test.store.createMeeting(Meeting(id: later, date: Day("2026-12-13")!), by: "chair")
    try test.store.updateMeeting(OperationTests.meetingID, by: "chair", what: "kind") {
      $0.items[0].kind = .otsReview
      $0.items[0].minutes = 45
    }
    let answer = try test.store.adjournCase(
      "FV-2026-0001", at: OperationTests.meetingID, reason: "Vader is ziek", to: later,
      by: "Linda Kamphuis", at: TestStore.now, today: OperationTests.today)
    #expect(answer.carriedTo == later)
    #expect(answer.carryProblem == nil)
    #expect(answer.receipt.written.count == 2)
    let carried = try test.store.meeting(later).items
    #expect(carried.map(\.family) == ["FV-2026-0001"])
    #expect(carried.first?.kind == .otsReview)
    #expect(carried.first?.minutes == 45)
    #expect(carried.first?.carriedReason == "Vader is ziek")

    // A second family, adjourned to a meeting that has closed: refused, nothing written.
    let closedLater = "JBT-2026-12-20"
    try test.store.createMeeting(Meeting(id: closedLater, date: Day("2026-12-20")!), by: "chair")
    try test.store.updateMeeting(closedLater, by: "chair", what: "closed") {
      try $0.close(at: TestStore.now, by: "Linda Kamphuis")
    }
    try test.store.updateMeeting(OperationTests.meetingID, by: "chair", what: "add") {
      _ = try $0.addItem(family: "FV-2026-0002", start: nil, minutes: nil, kind: .first)
    }
    let source = try test.bytes(test.store.relativePath(meeting: OperationTests.meetingID))
    #expect(throws: ArgumentRefusal.self) {
      try test.store.adjournCase(
        "FV-2026-0002", at: OperationTests.meetingID, reason: "Ziek", to: closedLater,
        by: "Linda Kamphuis", at: TestStore.now, today: OperationTests.today)
    }
    #expect(try test.bytes(test.store.relativePath(meeting: OperationTests.meetingID)) == source)
  }

  @Test("starting a case, leaving it, its attendance: the meeting as written, closed refused")
  func chairingACase() throws {
    let test = try TestStore()
    let store = test.store
    let id = OperationTests.meetingID
    let started = try store.startCase("FV-2026-0001", at: id, by: "chair", at: TestStore.now)
    #expect(started.meeting.items[0].status == .inProgress)
    // The answer is the file: the board shows it without reading it back.
    #expect(started.meeting == (try store.meeting(id)))
    let present = [Attendee(role: .parent, name: "Jan de Vries", mark: .present)]
    let attended = try store.recordAttendance(present, of: "FV-2026-0001", at: id, by: "chair")
    #expect(attended.meeting.items[0].attendance == present)
    let left = try store.leaveCaseDiscussed(
      "FV-2026-0001", at: id, by: "chair", at: Timestamp(seconds: TestStore.now.seconds + 600))
    #expect(left.meeting.items[0].status == .discussed)
    #expect(left.meeting.items[0].spentSeconds == 600)
    #expect(left.meeting == (try store.meeting(id)))
    #expect(throws: OperationRefusal.notOnAgenda(family: "FV-2026-0002", meeting: id)) {
      try store.startCase("FV-2026-0002", at: id, by: "chair", at: TestStore.now)
    }
    try OperationTests.close(store)
    let closed = try test.bytes(store.relativePath(meeting: id))
    #expect(throws: ArgumentRefusal.self) {
      try store.recordAttendance([], of: "FV-2026-0001", at: id, by: "chair")
    }
    #expect(try test.bytes(store.relativePath(meeting: id)) == closed)
  }

  @Test(
    "preparing: on the agenda and off it, a chain step, the plan; a rule refused writes nothing")
  func preparing() throws {
    let test = try TestStore()
    let store = test.store
    let id = OperationTests.meetingID
    let added = try store.addToAgenda(
      "FV-2026-0002", meeting: id, start: nil, minutes: 30, kind: .first, documents: nil,
      by: "secretary")
    #expect(added.value.minutes == 30)
    #expect(added.receipt.written == [store.relativePath(meeting: id)])
    #expect(throws: ArgumentRefusal.self) {
      try store.addToAgenda(
        "FV-2026-0002", meeting: id, start: nil, minutes: 30, kind: .first, documents: nil,
        by: "secretary")
    }
    let taken = try store.takeOffAgenda("FV-2026-0002", meeting: id, by: "secretary")
    #expect(taken.value == nil)
    #expect(try store.meeting(id).items.map(\.family) == ["FV-2026-0001"])
    // A case decided at the meeting stays on its agenda.
    _ = try OperationTests.record(store, OperationTests.draft())
    let meeting = try test.bytes(store.relativePath(meeting: id))
    #expect(throws: ArgumentRefusal.self) {
      try store.takeOffAgenda("FV-2026-0001", meeting: id, by: "secretary")
    }
    #expect(try test.bytes(store.relativePath(meeting: id)) == meeting)

    let step = try store.recordChainStep(
      ChainEvent(id: "", date: Day("2026-11-30")!, kind: .investigationStart),
      family: "FV-2026-0002", by: "secretary")
    #expect(step.value.step.id == "E2")
    #expect(step.value.after != step.value.before)

    let concerns = PlanListChange(
      list: \.concerns, word: "concerns", option: "concern", add: ["school"], remove: [])
    let family = try test.bytes(store.relativePath(family: "FV-2026-0002"))
    #expect(
      throws: ArgumentRefusal(
        "--concern", "\"school\" is already in the plan's concerns; nothing was recorded")
    ) {
      try store.changePlan(
        [concerns], what: "plan: added 1 concern", family: "FV-2026-0002", by: "secretary",
        at: TestStore.now)
    }
    #expect(try test.bytes(store.relativePath(family: "FV-2026-0002")) == family)
  }
}
