// The board without a terminal (`tafel board --script --dump`): the flows a
// chair goes through, run by the real binary on a demo store, read from the
// screens it wrote and from the JSON on disk — without tmux and without a
// fixed wait. (tmux stays for what only a terminal shows: signals, restoring
// the terminal, mouse bytes, the editor's hand-over; TerminalEndToEndTests.)
import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("The board run by a script", .timeLimit(.minutes(3)))
struct BoardScriptTests {
  @Test("start, attendance, request, decision, read-back, next case; file, check and minutes")
  func wholeCase() throws {
    let board = try ScriptedBoard()
    let agenda = try DemoAgenda.read(store: board.store)
    let family = agenda.families[0]
    let today = TestClock.today
    let before = try Store.open(board.store).family(family.id).decisions.count
    let rationale = "E2E: ouders werken mee, één plan 一个计划"
    let result = try board.run([
      "wait Family plan · \(family.name)",
      "keys s",
      "wait ▶ \(family.name) 0/",
      "keys A",
      "wait Present — \(family.name)",
      "keys Space Enter",
      "wait-gone Present — ",
      // Saving says so, with how the list now reads.
      "wait Attendance saved for \(family.name): 1 present",
      "keys v",
      "wait Request for discussion — \(family.name)",
      "keys Escape",
      "wait-gone Request for discussion —",
      "keys d",
      "wait Decision — \(family.name)",
      "keys 2 Tab",  // drang
      "type \(today.adding(days: 90))",
      "keys Tab",
      "type \(rationale)",
      // Drang without an agreement is refused, the field named, nothing lost.
      "keys C-s",
      "wait agreements: drang needs at least one agreement",
      "dump refused",
      "keys Enter",  // on "+ add an agreement"
      "type Relatietherapie starten",
      "keys Tab Down Tab",  // the first owner offered
      "type \(today.adding(days: 21))",
      "keys Tab Tab Tab",  // the add line, parents' view, child's view
      "type E2E: het kind is gehoord",
      // Ctrl-S reads the decision back as it will be stored; a second one stores it.
      "keys C-s",
      "wait Read back before storing",
      "wait Relatietherapie starten",
      "keys C-s",
      "wait Saved \(family.id)-D",
      "dump saved",
      "keys r",
      "wait Read back — \(family.name)",
      "keys Escape",
      "wait-gone Read back —",
      "keys n",
      "wait Family plan · \(agenda.families[1].name)",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(try board.screen("refused").contains(rationale))

    let store = try Store.open(board.store)
    let recorded = try store.family(family.id)
    #expect(recorded.decisions.count == before + 1)
    let decision = try #require(recorded.decisions.last)
    #expect(try board.screen("saved").contains("Saved \(decision.id)"))
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
    #expect(store.draft(family: family.id, user: "tester") == nil)

    let check = try board.tafel(["check"])
    #expect(check.status == 0, "\(check)")
    let minutes = try board.tafel(["minutes", agenda.meetingID, "--family", family.id])
    #expect(minutes.status == 0, "\(minutes)")
    #expect(minutes.standardOutput.contains(rationale))
    #expect(minutes.standardOutput.contains("Relatietherapie starten"))
  }

  @Test("a decision recorded by another process reaches the open board through the watcher")
  func changeMadeElsewhere() throws {
    let board = try ScriptedBoard()
    let agenda = try DemoAgenda.read(store: board.store)
    let family = agenda.families[0]
    let rationale = "Vastgelegd in een tweede terminal"
    // The board opens, says so by its first screen, then waits for the decision.
    let script = board.directory.file("elsewhere.script")
    try Data(
      [
        "wait Family plan · \(family.name)", "dump opened", "wait \(rationale)", "dump shown",
      ].joined(separator: "\n").utf8
    ).write(to: URL(fileURLWithPath: script))
    let dumps = board.dumps("elsewhere")
    try FileManager.default.createDirectory(atPath: dumps, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try TafelBinary.path())
    process.arguments = [
      "board", "--no-mouse", "--store", board.store, "--script", script, "--dump", dumps,
    ]
    process.environment = TmuxSession.pinnedEnvironment(home: board.home)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The board shows the family before the change is made: polled, not slept.
    while !FileManager.default.fileExists(atPath: dumps + "/opened.txt"), process.isRunning {
      usleep(20_000)
    }
    #expect(try !board.screen("opened", run: "elsewhere").contains(rationale))
    let decided = try board.tafel([
      "decide", family.id, "--outcome", "no-investigation", "--rationale", rationale,
      "--child-not-heard", "Niet aanwezig.",
    ])
    #expect(decided.status == 0, "\(decided)")
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try board.screen("shown", run: "elsewhere").contains(rationale))
  }

  @Test("--private starts with other families as id and initials; --lang nl speaks Dutch")
  func privateAndDutch() throws {
    let board = try ScriptedBoard()
    let agenda = try DemoAgenda.read(store: board.store)
    let last = try #require(agenda.families.last)
    let result = try board.run(
      ["wait \(last.id)", "wait PRIVACY", "dump private"],
      arguments: ["board", "--private"])
    #expect(result.status == 0, "\(result)")
    let screen = try board.screen("private")
    for other in agenda.families.dropFirst() {
      #expect(!screen.contains(other.name), "\(other.name) is visible with --private")
    }
    let dutch = try board.run(
      ["wait Gezinsplan", "dump dutch"], name: "nl", arguments: ["--lang", "nl"])
    #expect(dutch.status == 0, "\(dutch)")
  }

  @Test("e on a pane that is not editable says which panes are, and writes nothing")
  func editNothing() throws {
    let board = try ScriptedBoard()
    let agenda = try DemoAgenda.read(store: board.store)
    let file = URL(
      fileURLWithPath: board.store + "/" + StoreLayout.familyFile(agenda.families[0].id))
    let before = try Data(contentsOf: file)
    let result = try board.run([
      "wait Family plan · \(agenda.families[0].name)",
      "keys e",  // the agenda has focus
      "wait e edits the plan, the professionals or the assessments",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(try Data(contentsOf: file) == before)
  }

  @Test("a script it cannot take, a wait not met, --dump alone: one line each, nothing written")
  func badScripts() throws {
    let board = try ScriptedBoard()
    let unknown = try board.run(["wait Agenda", "jump 3"], name: "unknown")
    #expect(unknown.status == 2, "\(unknown)")
    #expect(
      unknown.standardError.contains("unknown.script:2:1: \"jump\" is not a script command"),
      "\(unknown)")
    let key = try board.run(["keys Enter Hyper-x"], name: "key")
    // The line and the column of the word it could not take.
    #expect(
      key.status == 2 && key.standardError.contains("key.script:1:12: \"Hyper-x\" is not a key"),
      "\(key)")

    let unmet = try board.run(["wait Agenda", "wait Dit staat nergens"], name: "unmet")
    #expect(unmet.status == 1, "\(unmet)")
    #expect(unmet.standardError.contains("unmet.script:2:1: waited 10 s"), "\(unmet)")
    #expect(try board.screen("failed", run: "unmet").contains("Agenda"))

    let alone = try board.tafel(["board", "--dump", board.directory.path])
    #expect(alone.status == 2 && alone.standardError.contains("--dump:"), "\(alone)")
  }
}
