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
    // Away and back, each move seen before the next key: a capture taken
    // before "j" was read would still show ▸09:00, and one taken while a frame
    // is half written can show one pane of the old frame beside the new ones.
    try screen.send("j")
    let next = agenda.families[1]
    try screen.waitFor("the next family, unmarked") {
      $0.contains("▸10:00") && $0.contains("Family plan · \(next.name)")
        && !$0.contains("The file cannot be read")
    }
    try screen.send("k")
    let marked = try screen.waitFor("the mark beside the last version") {
      $0.contains("▸09:00") && $0.contains("Family plan · \(family.name)")
        && $0.contains("shows what it read before")
    }
    // The signals pane beside the agenda wraps the mark over two rows.
    #expect(marked.contains("The file cannot be read"), "the family is marked")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == broken, "the file is left as it is")

    try good.write(to: URL(fileURLWithPath: path))
    try screen.waitUntilGone("The file cannot be read")
  }
}
