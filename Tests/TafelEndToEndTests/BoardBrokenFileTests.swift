// A family file that breaks while the board is open (a half-synced copy, a
// bad hand edit): the board keeps what it read before, says so in every
// layout until the file reads again, and never writes over the broken file.
import Foundation
import TafelStore
import Testing

@Suite("A broken family file in tmux", .timeLimit(.minutes(2)))
struct BoardBrokenFileTests {
  @Test("the board marks the family until the file is fixed, and leaves the file alone")
  func brokenWhileOpen() throws {
    let run = try BoardRun(["board", "--no-mouse"])
    let agenda = try DemoAgenda.read(store: run.store)
    let family = agenda.families[0]
    let screen = run.session
    try screen.waitFor("Family plan · \(family.name)")
    let path = run.store + "/" + StoreLayout.familyFile(family.id)
    let good = try Data(contentsOf: URL(fileURLWithPath: path))
    let broken = Data("{ \"id\": \"\(family.id)\", \"name\": ".utf8)
    try broken.write(to: URL(fileURLWithPath: path))

    try screen.waitFor("The file cannot be read")
    try screen.send("j")
    try screen.send("k")
    // Back on the broken family (a capture could come between the two keys).
    try screen.waitFor("▸09:00")
    // The signals pane beside the agenda wraps the mark over two rows.
    let marked = try screen.waitFor("shows what it read before")
    #expect(marked.contains("Family plan · \(family.name)"), "the last version stays")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == broken, "the file is left as it is")

    try good.write(to: URL(fileURLWithPath: path))
    try screen.waitUntilGone("The file cannot be read")
  }
}
