// A whole case of a table meeting chaired from the keyboard in the real
// binary (tmux, demo store): start, attendance, the request, a drang
// decision refused once and then saved with Ctrl-S, read back, next case —
// then found in the family's file, in `tafel check` and in `tafel minutes`.
// And a draft that survives `kill -9`.
import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("Meeting flow in tmux", .serialized, .timeLimit(.minutes(5)))
struct MeetingFlowEndToEndTests {
  /// Today as the board sees it (the clock and zone the tests carry to it).
  static func today() -> Day { TestClock.today }

  @Test("start, attendance, request, decision, read-back, next case; file, check and minutes")
  func wholeCase() throws {
    let run = try BoardRun(["board", "--no-mouse"])
    let agenda = try DemoAgenda.read(store: run.store)
    let family = agenda.families[0]
    let screen = run.session
    let today = MeetingFlowEndToEndTests.today()
    let before = try Store.open(run.store).family(family.id).decisions.count

    try screen.waitFor("Family plan · \(family.name)")
    try screen.send("s")
    try screen.waitFor("▶ \(family.name) 0/")

    try screen.send("A")
    try screen.waitFor("Present — \(family.name)")
    try screen.send("Space")
    try screen.send("Enter")
    try screen.waitUntilGone("Present — ")
    // Saving says so, with how the list now reads.
    try screen.waitFor("Attendance saved for \(family.name): 1 present")

    try screen.send("v")
    try screen.waitFor("Request for discussion — \(family.name)")
    try screen.send("Escape")
    try screen.waitUntilGone("Request for discussion —")

    try screen.send("d")
    try screen.waitFor("Decision — \(family.name)")
    try screen.send("2")  // drang
    try screen.send("Tab")
    try screen.type(today.adding(days: 90).description)
    try screen.send("Tab")
    let rationale = "E2E: ouders werken mee, één plan 一个计划"
    try screen.type(rationale)
    // Drang without an agreement is refused, the field named, nothing lost.
    try screen.send("C-s")
    try screen.waitFor("agreements: drang needs at least one agreement")
    try screen.send("Enter")  // on "+ add an agreement"
    try screen.type("Relatietherapie starten")
    try screen.send("Tab")
    try screen.send("Down")  // the first owner offered
    try screen.send("Tab")
    try screen.type(today.adding(days: 21).description)
    try screen.send("Tab", "Tab", "Tab")  // the add line, parents' view, child's view
    try screen.type("E2E: het kind is gehoord")
    // Ctrl-S reads the decision back as it will be stored; a second one stores it.
    try screen.send("C-s")
    try screen.waitFor("Read back before storing")
    try screen.waitFor("Relatietherapie starten")
    try screen.send("C-s")
    let saved = try screen.waitFor("Saved \(family.id)-D")

    try screen.send("r")
    try screen.waitFor("Read back — \(family.name)")
    try screen.waitFor("Relatietherapie starten")
    try screen.send("Escape")
    try screen.waitUntilGone("Read back —")
    try screen.send("n")
    try screen.waitFor("Family plan · \(agenda.families[1].name)")

    let store = try Store.open(run.store)
    let recorded = try store.family(family.id)
    #expect(recorded.decisions.count == before + 1, "\(saved)")
    let decision = try #require(recorded.decisions.last)
    #expect(decision.outcome == .drang)
    #expect(decision.rationale == rationale)
    #expect(decision.deadline == today.adding(days: 90))
    #expect(decision.agreements.map(\.what) == ["Relatietherapie starten"])
    #expect(!decision.agreements[0].owner.isEmpty)
    #expect(recorded.plan.actions.contains { $0.decision == decision.id })
    #expect(!decision.present.isEmpty)
    let item = try #require(
      try store.meeting(agenda.meetingID).items.first { $0.family == family.id })
    #expect(item.status == .decided)
    #expect(item.startedAt != nil)
    #expect(store.draft(family: family.id) == nil)

    let check = try run.tafel(["check"])
    #expect(check.status == 0, "\(check)")
    let minutes = try run.tafel(["minutes", agenda.meetingID, "--family", family.id])
    #expect(minutes.status == 0, "\(minutes)")
    #expect(minutes.standardOutput.contains(rationale))
    #expect(minutes.standardOutput.contains("Relatietherapie starten"))

    try screen.send("q")
    #expect(try screen.waitForExit().status == 0)
  }

  @Test("what was typed survives kill -9 and is offered back")
  func draftAfterKill() throws {
    let run = try BoardRun(["board", "--no-mouse"])
    let agenda = try DemoAgenda.read(store: run.store)
    let family = agenda.families[0]
    let screen = run.session
    try screen.waitFor("Family plan · \(family.name)")
    try screen.send("d")
    try screen.waitFor("Decision — \(family.name)")
    try screen.send("3", "Tab")
    let text = "Tekst die niet verloren mag gaan"
    try screen.type(text)
    try screen.waitFor(text)
    // Drafts are written every few seconds while typing.
    let deadline = Date().addingTimeInterval(10)
    let store = try Store.open(run.store)
    while store.draft(family: family.id).map({
      String(decoding: $0.encoded(), as: UTF8.self).contains(text)
    })
      != true, Date() < deadline
    {
      usleep(100_000)
    }
    let pid = try screen.commandProcessID()
    kill(pid, SIGKILL)
    try screen.waitForExit()
    screen.close()

    let again = try TmuxSession(
      [try TafelBinary.path(), "board", "--no-mouse", "--store", run.store], home: run.home)
    defer { again.close() }
    try again.waitFor("Family plan · \(family.name)")
    try again.send("d")
    try again.waitFor("A draft from")
    try again.send("y")
    try again.waitFor(text)
    try again.send("Escape")
    try again.waitFor("Throw away what you typed?")
    try again.send("y")
    try again.waitUntilGone("Decision —")
    #expect(store.draft(family: family.id) == nil)
  }
}
