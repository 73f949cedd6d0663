// The board as a chair uses it, driven through the real binary in tmux on a
// temporary demo store: move through the agenda, open a pane full screen,
// filter, survive a small terminal, see a decision recorded elsewhere appear
// without a key press, hide the other families, quit cleanly.
import Foundation
import Testing

@Suite("Board in tmux", .serialized, .timeLimit(.minutes(5)))
struct BoardEndToEndTests {
  @Test("navigate, open a pane, filter, resize, live update, privacy, quit")
  func walkthrough() throws {
    let run = try BoardRun(["board", "--no-mouse"])
    let agenda = try DemoAgenda.read(store: run.store)
    let first = agenda.families[0]
    let second = agenda.families[1]
    let screen = run.session

    try screen.waitFor("Family plan · \(first.name)")
    try screen.waitFor("Agenda")

    // Down selects the next case; its plan follows.
    try screen.send("Down")
    try screen.waitFor("Family plan · \(second.name)")
    try screen.send("Up")
    try screen.waitFor("Family plan · \(first.name)")

    // Tab to the plan, Enter opens it over the whole board, Esc returns.
    try screen.send("Tab")
    try screen.send("Enter")
    // One capture without the agenda and with the plan's title: a frame
    // caught half drawn can have neither.
    try screen.waitFor("the plan over the whole board") {
      !$0.contains("Agenda") && $0.contains("Family plan · \(first.name)")
    }
    try screen.send("Escape")
    try screen.waitFor("Agenda")

    // "/" filters families by name as you type; Enter picks the match.
    let target = agenda.families[3]
    let surname = String(target.name.split(separator: " ").last!)
    try screen.send("/")
    try screen.waitFor("Filter")
    try screen.type(surname)
    try screen.waitFor("\(target.id) \(target.name)")
    try screen.send("Enter")
    try screen.waitFor("Family plan · \(target.name)")
    try screen.send("Escape")

    // Too small: one line asking for room; the board comes back after.
    try screen.resize(width: 60, height: 20)
    try screen.waitFor("at least 80×24")
    try screen.resize(width: 120, height: 40)
    try screen.waitFor("Agenda")
    try screen.waitUntilGone("at least 80×24")

    // A decision recorded from another terminal shows up without a key press.
    let rationale = "E2E live update"
    let decided = try run.tafel([
      "decide", target.id, "--outcome", "other", "--outcome-text", "later", "--rationale",
      rationale,
      "--child-not-heard", "not invited this time", "--as", "secretary",
    ])
    #expect(decided.status == 0, "\(decided)")
    try screen.waitFor(rationale, timeout: 5)

    // Privacy: only the family under discussion keeps its name.
    try screen.send("p")
    _ = try screen.waitFor("PRIVACY")
    // A capture can land while the terminal is still drawing the frame (the
    // header first): wait until every other name has gone, then look again.
    for other in agenda.families where other.id != target.id {
      _ = try screen.waitUntilGone(other.name)
    }
    let others = agenda.families.filter { $0.id != target.id }.map(\.name)
    try screen.waitFor("only \(target.name) by name") { hidden in
      hidden.contains(target.name) && !others.contains { hidden.contains($0) }
    }

    // q leaves the alternate screen with the terminal as it was.
    try screen.send("q")
    let exit = try screen.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminal == "icanon echo")
    #expect(try screen.value("#{alternate_on}") == "0")
  }

  @Test("/ finds words in the files from the search index, which follows a change made elsewhere")
  func contentSearchFromTheIndex() throws {
    let run = try BoardRun()
    let agenda = try DemoAgenda.read(store: run.store)
    let target = agenda.families[2]
    try run.session.waitFor("Agenda")
    let before = Set(
      try FileManager.default.subpathsOfDirectory(atPath: run.store).filter {
        !$0.hasPrefix(".git")
      })
    try run.session.send("/")
    try run.session.waitFor("Filter")
    try run.session.type("kwartelkoning")
    try run.session.waitFor("No matches")
    // The secretary adds a concern in another terminal: the open search asks
    // again by itself, and finds it without a key.
    let added = try run.tafel(["plan", target.id, "--concern", "Kwartelkoning in de tuin"])
    #expect(added.status == 0, "\(added)")
    try run.session.waitFor("\(target.id) \(target.name)")
    try run.session.waitFor("Kwartelkoning in de tuin")
    // The index is this machine's cache, outside the store: nothing new to sync.
    let cache = run.home + "/.cache/tafel/search"
    #expect((try? FileManager.default.contentsOfDirectory(atPath: cache))?.isEmpty == false)
    let after = Set(
      try FileManager.default.subpathsOfDirectory(atPath: run.store).filter {
        !$0.hasPrefix(".git")
      })
    #expect(
      after.subtracting(before).filter { !$0.hasPrefix(".locks") && !$0.hasPrefix("access") }
        .isEmpty,
      "\(after.subtracting(before))")
  }

  @Test("a bracketed paste into the filter arrives as one piece")
  func pasteIntoFilter() throws {
    let run = try BoardRun()
    let agenda = try DemoAgenda.read(store: run.store)
    let target = agenda.families[4]
    try run.session.waitFor("Agenda")
    try run.session.send("/")
    try run.session.waitFor("Filter")
    try run.session.paste(target.id)
    try run.session.waitFor("\(target.id) \(target.name)")
  }

  @Test("without a store: one line naming where it looked and tafel init, exit 1")
  func withoutStore() throws {
    let directory = try TemporaryDirectory()
    let missing = directory.file("nothing-here")
    let result = try ProcessRun.run(
      [try TafelBinary.path(), "board", "--store", missing],
      environment: TmuxSession.pinnedEnvironment(home: directory.path))
    #expect(result.status == 1)
    let lines = result.standardError.split(separator: "\n")
    #expect(lines.count == 1, "\(result)")
    #expect(result.standardError.contains(missing))
    #expect(result.standardError.contains("tafel init"))
  }
}
