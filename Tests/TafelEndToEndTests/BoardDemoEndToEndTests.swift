// `tafel demo`: the README's first command. Creates the demo store in the
// user's data directory on first use, says where, reuses it afterwards.
import Foundation
import Testing

@Suite("tafel demo in tmux", .serialized, .timeLimit(.minutes(5)))
struct BoardDemoEndToEndTests {
  @Test("creates the demo store on first use, reuses it after, --fresh remakes it")
  func demoStore() throws {
    let directory = try TemporaryDirectory()
    let home = directory.file("home")
    let demo = home + "/.local/share/tafel-demo"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)

    for (arguments, word) in [
      (["demo"], "created"), (["demo"], "reused"),
      (["demo", "--fresh"], "created"),
    ] {
      let session = try TmuxSession(
        [try TafelBinary.path()] + arguments, width: 120, height: 40, home: home)
      defer { session.close() }
      try session.waitFor("Agenda")
      #expect(FileManager.default.fileExists(atPath: demo + "/store.json"))
      try session.send("q")
      let exit = try session.waitForExit()
      #expect(exit.status == 0)
      // Printed before the screen opened, so it is in the shell's screen after.
      #expect(try session.screen().contains("demo store \(word) at \(demo)"))
    }
  }
}
