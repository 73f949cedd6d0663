// A draft that survives `kill -9` of the real binary in tmux (a whole case
// chaired from the keyboard runs without a terminal: BoardScriptTests).
import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("Meeting flow in tmux", .serialized, .timeLimit(.minutes(5)))
struct MeetingFlowEndToEndTests {
  /// Today as the board sees it (the clock and zone the tests carry to it).
  static func today() -> Day { TestClock.today }

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
