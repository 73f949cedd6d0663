// Mouse clicks through the real terminal: a click on an agenda row selects
// that family, a click in a pane gives it the focus.
import Foundation
import Testing

@Suite("Mouse in tmux", .timeLimit(.minutes(2)))
struct BoardMouseTests {
  /// The 0-based row and column where `text` starts on the screen.
  private func position(of text: String, in screen: String) throws -> (row: Int, column: Int) {
    for (row, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if let range = line.range(of: text) {
        return (row, line[..<range.lowerBound].count)
      }
    }
    throw HarnessFailure("\"\(text)\" is not on the screen:\n\(screen)")
  }

  @Test("a click selects an agenda row and focuses the pane clicked in")
  func clicks() throws {
    let run = try BoardRun(["board"])
    let agenda = try DemoAgenda.read(store: run.store)
    let screen = run.session
    let target = agenda.families[4]
    // The row clicked and the first plan in one capture: a frame can be
    // caught half written, its lower rows not drawn yet.
    let first = try screen.waitFor("the agenda down to \(target.name)") {
      $0.contains("Family plan · \(agenda.families[0].name)") && $0.contains(target.name)
    }
    let row = try position(of: target.name, in: first)
    try screen.click(column: row.column + 1, row: row.row)
    try screen.waitFor("Family plan · \(target.name)")

    let now = try screen.waitFor("Risk assessments") {
      $0.contains("Family plan · \(target.name)") && $0.contains("Risk assessments")
    }
    let pane = try position(of: "Risk assessments", in: now)
    try screen.click(column: pane.column + 4, row: pane.row + 2)
    try screen.waitFor("▶ Risk assessments")
    #expect(!(try screen.screen()).contains("▶ Agenda"), "the focus left the agenda")
  }
}
