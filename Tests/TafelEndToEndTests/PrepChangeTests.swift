// Preparing with commands only, and undoing a slip: the plan's words, a
// family's name, an involvement's functions and days, an organisation, and a
// meeting made by mistake — each changed by one command that records who.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("preparing a meeting: changing and undoing with commands")
struct PrepChangeTests {
  @Test("tafel plan adds and removes concerns, strengths, goals and safety agreements")
  func plan() throws {
    let (store, family, _) = try PrepFixtures.family()
    let added = try store.tafel([
      "plan", family, "--concern", "Schoolverzuim", "--concern", "Ruzie thuis", "--strength",
      "Oma helpt", "--goal", "Daan gaat naar school", "--safety", "Moeder belt oma bij ruzie",
    ])
    #expect(
      added.stdout
        == "\(family): plan: added 2 concerns, added 1 strength, added 1 goal, added 1 safety agreement\n",
      "\(added)")
    let removed = try store.tafel([
      "plan", family, "--remove-concern", "1", "--remove-goal", "Daan gaat naar school",
    ])
    #expect(removed.status == 0, "\(removed)")
    let plan = try store.family(family).plan
    #expect(plan.concerns == ["Ruzie thuis"])
    #expect(plan.strengths == ["Oma helpt"])
    #expect(plan.goals.isEmpty)
    #expect(plan.safetyAgreements == ["Moeder belt oma bij ruzie"])
    #expect(plan.changes.last?.what == "plan: removed 1 concern, removed 1 goal")
    let listed = try store.tafel(["plan", family])
    #expect(listed.stdoutLines.contains("  1. Ruzie thuis"), "\(listed)")
    // Twice the same, or a number that is not there: refused, nothing written.
    let before = PrepSnapshot(store.path)
    #expect(try store.tafel(["plan", family, "--concern", "ruzie thuis"]).status == 1)
    #expect(try store.tafel(["plan", family, "--remove-strength", "4"]).status == 1)
    #expect(PrepSnapshot(store.path) == before)
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("family rename, organisation edit and involve --change keep the ids")
  func renameAndEdit() throws {
    let (store, family, _) = try PrepFixtures.family()
    let renamed = try store.tafel(["family", "rename", family, "--name", "Familie de Vries-Bos"])
    #expect(
      renamed.stdout == "\(family): renamed \"Familie de Vries\" to \"Familie de Vries-Bos\"\n")
    #expect(try store.tafel(["family", "list"]).stdout.contains("Familie de Vries-Bos"))
    let edited = try store.tafel([
      "organisation", "edit", "lt-ede", "--name", "Sociaal team Ede", "--contact",
      "Karin Smit|2026-11-01",
    ])
    #expect(
      edited.stdout == "lt-ede: name \"Sociaal team Ede\", contact Karin Smit from 2026-11-01\n",
      "\(edited)")
    let directory = try Store.open(store.path).directory()
    #expect(directory.organisation("lt-ede")?.name == "Sociaal team Ede")
    #expect(directory.organisation("lt-ede")?.contact(on: Day("2026-11-29")!)?.name == "Karin Smit")
    // I1 directs; changed to care only, it no longer does, and the plan says so.
    let changed = try store.tafel([
      "involve", family, "--change", "I1", "--functions", "intake,care", "--from", "2026-08-25",
    ])
    #expect(
      changed.stdout == "I1: intake, care from 2026-08-25; no longer director of the family plan\n",
      "\(changed)")
    let current = try store.family(family)
    #expect(current.involvements[0].functions == [.intake, .care])
    #expect(current.plan.director == nil)
    #expect(
      try store.tafel(["involve", family, "--change", "I7", "--to", "2026-12-01"]).status == 1)
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("a meeting made by mistake is called off, with its reason; one with cases is refused")
  func meetingCalledOff() throws {
    let (store, family, meeting) = try PrepFixtures.family()
    try PrepFixtures.require(store, ["meeting", "add", meeting, family])
    let busy = try store.tafel(["meeting", "remove", meeting, "--reason", "dubbel"])
    #expect(busy.status == 1)
    #expect(busy.stderr.contains("has 1 case on its agenda (\(family))"), "\(busy)")
    try PrepFixtures.require(store, ["meeting", "remove", meeting, family])
    let off = try store.tafel(["meeting", "remove", meeting, "--reason", "dubbel aangemaakt"])
    #expect(off.stdout == "\(meeting) called off\n", "\(off)")
    #expect(try store.meeting(meeting).cancelReason == "dubbel aangemaakt")
    #expect(
      try store.tafel(["meeting", "list"]).stdout.contains(
        "\(meeting)  called off: dubbel aangemaakt"))
    // Nothing goes on it any more, and the day is free for a new one.
    #expect(try store.tafel(["meeting", "add", meeting, family]).status == 1)
    let again = try store.tafel(["meeting", "create", "--date", "2026-12-03"])
    #expect(again.stdout == "JBT-2026-12-03-2\n", "\(again)")
    #expect(try store.tafel(["check"]).status == 0)
  }
}
