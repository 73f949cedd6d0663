// A whole demo meeting as a chair and a secretary hold it, each at her own
// terminal on one store: the chair starts the case, takes attendance and
// types the decision while the secretary records one for the same case with
// an agreement; the chair's form shows it whole and her correction keeps the
// agreement; each board says who recorded what; the chair closes the meeting
// and the minutes hold both decisions, the agreement under the correction.

import Foundation
import TafelCore
import TafelDemo
import TafelStore
import Testing

@Suite("a demo meeting on two terminals", .serialized, .timeLimit(.minutes(5)))
struct BoardTwoTerminalsTests {
  @Test("a correction made while the secretary records keeps her agreement, and both are told")
  func wholeMeeting() throws {
    let people = try DemoKeyboard()
    let (home, demo, chair, secretary) = (people.home, people.store, people.chair, people.secretary)
    let number = people.secretaryNumber

    // The chair's terminal, then the secretary's, on the one demo store.
    let table = try TmuxSession(
      [try TafelBinary.path(), "demo", "--lang", "en"], width: 120, height: 40, home: home)
    defer { table.close() }
    try table.waitFor("Who is at the keyboard?")
    try table.send("Enter")
    try table.waitFor(chair.name + ", chair")
    let desk = try TmuxSession(
      [try TafelBinary.path(), "demo", "--lang", "en"], width: 120, height: 40, home: home)
    defer { desk.close() }
    try desk.waitFor("Who is at the keyboard?")
    try desk.send("\(number)")
    try desk.waitFor(secretary.name + ", secretary")
    let agenda = try DemoAgenda.read(store: demo)
    let family = agenda.families[0]

    // The chair starts the case, takes attendance (and is told it is saved).
    try table.send("s")
    try table.waitFor("▶ \(family.name) 0/")
    try table.send("A")
    try table.waitFor("Present — \(family.name)")
    try table.send("Space")
    try table.send("Enter")
    try table.waitFor("Attendance saved for \(family.name): 1 present")

    // She opens the form and types her decision.
    try table.send("d")
    try table.waitFor("Decision — \(family.name)")
    try table.type("1")
    try table.send("Tab")
    try table.type("De vrijwillige hulp loopt.")
    try table.send("Tab")
    try table.send("Tab")
    try table.type("Ouders zijn het eens.")
    try table.send("Tab")
    try table.type("Wil thuis blijven.")
    try table.waitFor("Wil thuis blijven.")

    // Meanwhile the secretary records one for the same case, with an agreement.
    let recorded = try CliRunner.tafel(
      [
        "decide", family.id, "--meeting", agenda.meetingID, "--outcome", "no-investigation",
        "--rationale", "Hulp loopt door.", "--agreement",
        "Warme overdracht naar volwassenen-GGZ||", "--child-not-heard", "Niet aanwezig.",
        "--store", demo, "--as", secretary.name,
      ], home: home)
    #expect(recorded.status == 0, "\(recorded)")
    let theirs = recorded.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

    // The chair's form shows it whole, and keeps its agreement.
    try table.waitFor("Stored meanwhile: \(theirs)")
    try table.waitFor("Warme overdracht naar volwassenen-GGZ")
    try table.send("C-s")
    try table.waitFor("Read back before storing")
    try table.send("C-s")
    try table.waitFor("Saved ")
    try table.send("Escape")

    // The family file: her correction of the secretary's decision, with the agreement.
    let stored = try Store.open(demo).family(family.id)
    let correction = try #require(stored.decisions.last)
    #expect(correction.supersedes == theirs)
    #expect(correction.recordedBy == chair.name)
    #expect(correction.agreements.map(\.what) == ["Warme overdracht naar volwassenen-GGZ"])
    #expect(correction.parentsView == "Ouders zijn het eens.")
    #expect(correction.childView == "Wil thuis blijven.")

    // The secretary's board says who recorded what.
    try desk.waitFor(
      "\(chair.name) recorded \(correction.id) for \(family.name), correcting \(theirs)")

    // The chair closes the meeting; the minutes hold both, the agreement under hers.
    try table.send("X")
    try table.waitFor("Close \(agenda.meetingID)?")
    try table.send("y")
    try table.waitFor("· closed ")
    try table.send("q")
    #expect(try table.waitForExit().status == 0)
    try desk.send("q")
    #expect(try desk.waitForExit().status == 0)
    let minutes = try GitReplicas.require(
      CliRunner.tafel(
        ["minutes", agenda.meetingID, "--lang", "en", "--store", demo, "--as", chair.name],
        home: home))
    let part = try #require(minutes.stdout.components(separatedBy: "## 2.").first)
    #expect(part.contains(theirs), "\(part)")
    #expect(part.contains(correction.id), "\(part)")
    let after = try #require(part.components(separatedBy: correction.id).last)
    #expect(after.contains("Warme overdracht naar volwassenen-GGZ"), "\(part)")
    #expect(
      try CliRunner.tafel(["check", "--store", demo, "--as", chair.name], home: home).status == 0)
  }
}
