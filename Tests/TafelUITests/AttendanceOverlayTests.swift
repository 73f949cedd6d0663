// Recording who is at the table for a case: names from the family, the
// involved professionals and the meeting (chair, secretary); Space moves a
// mark on, Delete removes an entry, Enter saves the whole list.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite struct AttendanceOverlayTests {
  func open(_ app: BoardApp) -> AttendanceOverlay {
    _ = app.handle(.character("A"))
    return app.openOverlays.last as! AttendanceOverlay
  }

  @Test func listsTheFamilyTheApplicantAndTheProfessionalsByRole() {
    let form = open(MeetingFlowFixture.app())
    #expect(
      form.attendees.map { "\($0.role.rawValue) \($0.name)" } == [
        "parent Daniëlle Öztürk", "child Zoë Öztürk", "applicant Sanne Jansen", "gi Tom Hoekstra",
        "chair J. de Boer", "secretary K. Smit",
      ])
    #expect(form.attendees.allSatisfy { $0.mark == .notRecorded })
  }

  @Test func spaceTogglesAndEnterSavesTheAttendance() {
    let app = MeetingFlowFixture.app()
    let form = open(app)
    _ = app.handle(.character(" "))
    _ = app.handle(.down)
    _ = app.handle(.down)
    _ = app.handle(.character(" "))
    _ = app.handle(.end)
    _ = "Mevrouw Jansen-de Wit".map { app.handle(.character($0)) }
    _ = app.handle(.enter)
    #expect(
      form.attendees.last == Attendee(role: .other, name: "Mevrouw Jansen-de Wit", present: true))
    Golden.check(app.render(width: 120, height: 40), "meeting-attendance-en-120x40")
    let requests = app.handle(.up) + app.handle(.up) + app.handle(.enter)
    #expect(
      requests == [
        .setAttendance(
          meetingID: "JBT-2026-11-30", familyID: "FV-2026-0001",
          attendance: [
            Attendee(role: .parent, name: "Daniëlle Öztürk", present: true),
            Attendee(role: .child, name: "Zoë Öztürk", present: false),
            Attendee(role: .applicant, name: "Sanne Jansen", present: true),
            Attendee(role: .gi, name: "Tom Hoekstra", present: false),
            Attendee(role: .chair, name: "J. de Boer", present: false),
            Attendee(role: .secretary, name: "K. Smit", present: false),
            Attendee(role: .other, name: "Mevrouw Jansen-de Wit", present: true),
          ])
      ])
    #expect(app.openOverlays.isEmpty)
  }

  @Test func spaceMovesTheMarkOnAndDeleteRemovesAnEntryTypedWrongly() {
    let app = MeetingFlowFixture.app()
    let form = open(app)
    var marks: [AttendanceMark] = []
    for _ in 0..<4 {
      _ = app.handle(.character(" "))
      marks.append(form.attendees[0].mark)
    }
    #expect(marks == [.present, .sentApologies, .didNotCome, .notRecorded])
    _ = app.handle(.character(" "))
    _ = app.handle(.character(" "))
    let screen = app.render(width: 120, height: 40).text
    #expect(screen.contains("[-] Parent       sent apologies Daniëlle Öztürk"), "\(screen)")
    #expect(screen.contains("0 of 6 present · 5 not recorded"), "\(screen)")
    // A name typed wrongly on the + row, then removed again.
    _ = app.handle(.end)
    _ = "Mevr. Jansn".map { app.handle(.character($0)) }
    _ = app.handle(.enter)
    #expect(form.attendees.last?.name == "Mevr. Jansn")
    while form.selected >= form.attendees.count { _ = app.handle(.up) }
    #expect(form.selected == form.attendees.count - 1)
    _ = app.handle(.delete)
    #expect(!form.attendees.contains { $0.name == "Mevr. Jansn" })
    let requests = app.handle(.enter)
    guard case .setAttendance(_, _, let saved) = requests.first else {
      Issue.record("no attendance saved: \(requests)")
      return
    }
    #expect(saved.count == 6)
    #expect(saved[0].mark == .sentApologies)
  }

  @Test func everyRoleHasAnAddRowAndTheMarksReadApart() {
    let app = MeetingFlowFixture.app(language: .nl)
    let form = open(app)
    // An interpreter, typed on the interpreter's row, is recorded as one.
    _ = app.handle(.end)
    while form.addRole(at: form.selected) != .interpreter { _ = app.handle(.up) }
    _ = "Ayşe Demir".map { app.handle(.character($0)) }
    _ = app.handle(.enter)
    #expect(form.attendees.last == Attendee(role: .interpreter, name: "Ayşe Demir", present: true))
    _ = app.handle(.home)
    _ = app.handle(.character(" "))
    _ = app.handle(.character(" "))
    _ = app.handle(.down)
    _ = (0..<3).map { _ in app.handle(.character(" ")) }
    let screen = app.render(width: 120, height: 40)
    for role in ["Netwerk", "Tolk", "RvdK", "Veilig Thuis", "Lokaal team", "GI", "Anders"] {
      #expect(screen.text.contains("+   \(role)"), "\(role):\n\(screen.text)")
    }
    #expect(screen.text.contains("[-] Ouder        afgemeld        Daniëlle Öztürk"))
    #expect(screen.text.contains("[!] Kind         niet verschenen Zoë Öztürk"))
    #expect(screen.text.contains("[x] Tolk         aanwezig        Ayşe Demir"))
    Golden.check(screen, "meeting-attendance-nl-120x40")
    #expect(
      AttendanceOverlay.savedNotice(form.attendees, family: "Familie Öztürk", .nl)
        == "Aanwezigheid bewaard voor Familie Öztürk: 1 aanwezig, 1 afgemeld, 1 niet verschenen, 4 niet vastgelegd"
    )
  }

  @Test func theAddRowsAreTheRolesTheRegionSeatsAtItsTable() {
    var settings = RegionSettings()
    settings.roles = [.parent, .child, .lt, .vt, .rvdk, .chair, .secretary]
    let form = open(MeetingFlowFixture.app(settings: settings))
    #expect(form.addRoles == [.rvdk, .vt, .lt, .parent, .child, .chair, .secretary])
    #expect(!form.addRoles.contains(.interpreter))
  }

  @Test func escAsksWhenSomethingWasTicked() {
    let app = MeetingFlowFixture.app()
    let form = open(app)
    _ = app.handle(.character(" "))
    _ = app.handle(.escape)
    #expect(form.actionContext == .confirm)
    _ = app.handle(.character("n"))
    #expect(form.attendees[0].present)
    _ = app.handle(.escape)
    _ = app.handle(.character("y"))
    #expect(app.openOverlays.isEmpty)
  }

  @Test func theDecisionFormRecordsWhoWasPresent() {
    var data = BoardFixture.data()
    var meeting = data.meeting!
    meeting.items[0].attendance = [
      Attendee(role: .parent, name: "Daniëlle Öztürk", present: true),
      Attendee(role: .child, name: "Zoë Öztürk", present: false),
    ]
    data.meeting = meeting
    let app = BoardApp(data: data, options: BoardOptions(user: "test"))
    _ = app.handle(.character("d"))
    let form = app.openOverlays.last as! DecisionFormOverlay
    #expect(form.form.draft.present == ["Daniëlle Öztürk"])
  }
}

@Suite struct AttendanceRecordedTests {
  @Test func recordedAttendanceWithOrganisationsIsNotListedTwice() {
    let recorded = [
      Attendee(role: .lt, name: "Sanne Jansen (Lokaal team Ede)", present: true),
      Attendee(role: .network, name: "Oma Öztürk", present: true),
    ]
    let people = AttendanceOverlay.candidates(
      family: MeetingFlowFixture.ozturk, directory: BoardFixture.directory,
      today: BoardFixture.today, recorded: recorded)
    #expect(
      people.map(\.name) == [
        "Daniëlle Öztürk", "Zoë Öztürk", "Sanne Jansen (Lokaal team Ede)", "Tom Hoekstra",
        "Oma Öztürk",
      ])
    #expect(people[2].present && people[2].role == .lt)
  }

  @Test func theHintIsWholeAtEverySizeAndInBothLanguages() {
    for language in [Language.en, .nl] {
      for (width, height) in [(80, 24), (120, 40), (200, 60)] {
        let app = BoardFixture.app(language: language)
        _ = app.handle(.character("A"))
        let text = app.render(width: width, height: height).text
        let closes = language == .en ? "Esc closes" : "Esc sluit"
        #expect(text.contains(closes), "\(language) \(width)×\(height)")
      }
    }
  }
}
