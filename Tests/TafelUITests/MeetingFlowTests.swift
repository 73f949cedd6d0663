// Chairing through the agenda: adjourning asks first, corrections follow the
// chain of corrections, and a whole case can be run from the keyboard.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite struct MeetingFlowTests {
  @Test func aAsksWhyAndWhereToBeforeAdjourningAndEscLeavesTheCase() {
    let app = MeetingFlowFixture.app()
    #expect(app.handle(.character("a")) == [])
    #expect(app.render(width: 120, height: 40).text.contains("Adjourn — Familie Öztürk"))
    #expect(app.handle(.escape) == [])
    #expect(app.openOverlays.isEmpty)
    _ = app.handle(.character("a"))
    // No reason: it says so, and nothing is sent.
    #expect(app.handle(.enter) == [])
    #expect(app.render(width: 120, height: 40).text.contains("Say why the case is adjourned."))
    _ = "Vader kon niet komen".map { app.handle(.character($0)) }
    _ = app.handle(.tab)
    // This meeting, or one in the past, is no place to move to.
    _ = "JBT-2026-11-30".map { app.handle(.character($0)) }
    #expect(app.handle(.enter) == [])
    #expect(app.render(width: 120, height: 40).text.contains("is not a later meeting"))
    for _ in 0..<5 { _ = app.handle(.backspace) }
    _ = "12-14".map { app.handle(.character($0)) }
    #expect(
      app.handle(.enter) == [
        .adjournCase(
          meetingID: "JBT-2026-11-30", familyID: "FV-2026-0001", reason: "Vader kon niet komen",
          to: "JBT-2026-12-14")
      ])
    #expect(app.openOverlays.isEmpty)
  }

  @Test func aMeetingThatIsNotThereIsRefusedInTheFormAndTheReasonStays() {
    let app = MeetingFlowFixture.app()
    _ = app.handle(.character("a"))
    _ = "Tolk ontbrak".map { app.handle(.character($0)) }
    _ = app.handle(.tab)
    _ = "JBT-2026-12-21".map { app.handle(.character($0)) }
    #expect(app.handle(.enter) == [])
    let screen = app.render(width: 120, height: 40).text
    #expect(
      screen.contains(
        "No open meeting JBT-2026-12-21; ↑↓: JBT-2026-12-14, JBT-2026-12-28"),
      "\(screen)")
    let form = app.openOverlays.last as! AdjournOverlay
    #expect(form.reason.text == "Tolk ontbrak")
    // ↓ offers the meetings that exist, in date order.
    for _ in 0..<14 { _ = app.handle(.backspace) }
    _ = app.handle(.down)
    #expect(form.target.text == "JBT-2026-12-14")
    _ = app.handle(.down)
    #expect(form.target.text == "JBT-2026-12-28")
    #expect(
      app.handle(.enter) == [
        .adjournCase(
          meetingID: "JBT-2026-11-30", familyID: "FV-2026-0001", reason: "Tolk ontbrak",
          to: "JBT-2026-12-28")
      ])
    // Without a later meeting the form says how to go on.
    let none = MeetingFlowFixture.app(laterMeetings: [])
    _ = none.handle(.character("a"))
    _ = none.handle(.tab)
    _ = none.handle(.down)
    #expect(none.render(width: 120, height: 40).text.contains("No later meeting exists yet"))
  }

  @Test func shiftXAsksBeforeClosingTheMeeting() {
    let app = MeetingFlowFixture.app()
    #expect(app.handle(.character("X")) == [])
    let screen = app.render(width: 120, height: 40).text
    #expect(screen.contains("Close JBT-2026-11-30?"), "\(screen)")
    // A deadline running for a case left is named.
    #expect(screen.contains("Familie Öztürk, drang ends 2027-03-01."), "\(screen)")
    // Cases are left and a later meeting is open: closing can carry them there.
    #expect(screen.contains("c = close, carry them to JBT-2026-12-14"), "\(screen)")
    #expect(
      app.handle(.character("y")) == [.closeMeeting(meetingID: "JBT-2026-11-30", carryTo: nil)])
    _ = app.handle(.character("X"))
    #expect(
      app.handle(.character("c")) == [
        .closeMeeting(meetingID: "JBT-2026-11-30", carryTo: "JBT-2026-12-14")
      ])
  }

  @Test func aCorrectedDecisionIsCorrectedThroughItsLatestCorrection() {
    let family = BoardFixture.ozturk
    #expect(
      MeetingFlow.decisionToCorrect(in: family, selected: "FV-2026-0001-D001")?.id
        == "FV-2026-0001-D002")
    #expect(MeetingFlow.decisionToCorrect(in: family, selected: nil)?.id == "FV-2026-0001-D002")
  }

  @Test func aWholeCaseFromTheKeyboard() {
    let app = MeetingFlowFixture.app()
    _ = app.handle(.character("n"))
    _ = app.handle(.character("N"))
    #expect(
      app.handle(.character("s")) == [
        .startCase(meetingID: "JBT-2026-11-30", familyID: "FV-2026-0001")
      ])
    // Attendance: the mother is present.
    _ = app.handle(.character("A"))
    _ = app.handle(.character(" "))
    let attendance = app.handle(.enter)
    guard case .setAttendance(_, _, let attendees) = attendance.first else {
      Issue.record("no attendance saved: \(attendance)")
      return
    }
    var data = BoardFixture.data()
    data.families[MeetingFlowFixture.ozturk.id] = MeetingFlowFixture.ozturk
    var meeting = data.meeting!
    meeting.items[0].attendance = attendees
    _ = app.apply(.meetingChanged(meeting))
    // The request, then the decision.
    _ = app.handle(.character("v"))
    _ = app.handle(.escape)
    let opening = app.handle(.character("d"))
    #expect(opening == [.loadDraft(familyID: "FV-2026-0001")])
    _ = app.apply(.draft(familyID: "FV-2026-0001", record: nil))
    for key: Key in [.character("1"), .tab] { _ = app.handle(key) }
    _ = "Vrijwillige hulp werkt.".map { app.handle(.character($0)) }
    for key: Key in [.tab, .tab, .tab] { _ = app.handle(key) }
    _ = "Zoë wil dat het lokale team blijft.".map { app.handle(.character($0)) }
    _ = app.handle(.control("s"))  // read back first
    let save = app.handle(.control("s"))
    guard case .saveDecision(_, let draft) = save.last else {
      Issue.record("no save: \(save)")
      return
    }
    #expect(draft.present == ["Daniëlle Öztürk"])
    #expect(draft.meeting == "JBT-2026-11-30")
    _ = app.apply(.saved("FV-2026-0001-D003"))
    _ = app.handle(.escape)
    #expect(app.openOverlays.isEmpty)
    _ = app.handle(.character("n"))
    #expect(app.selectedFamilyID == "FV-2026-0002")
  }
}
