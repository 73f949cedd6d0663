// The cell grid: a wide character is a lead cell and a continuation cell, and
// every row's text has exactly the grid's width, whatever was written.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite("Cell grid")
struct CellGridTests {
  @Test("a wide character takes a lead and a continuation cell")
  func wide() {
    var grid = CellGrid(width: 6, height: 1)
    #expect(grid.put("陈a", x: 1, y: 0) == 3)
    #expect(grid[1, 0].width == 2)
    #expect(grid[2, 0].isContinuation)
    #expect(grid.line(0) == " 陈a  ")
  }

  @Test("a wide character that does not fit becomes a space")
  func wideAtEdge() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("abc陈", x: 0, y: 0)
    #expect(grid.line(0) == "abc ")
    #expect(DisplayWidth.of(grid.line(0)) == 4)
  }

  @Test("overwriting half of a wide character clears the other half")
  func overwriteHalf() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("陈陈", x: 0, y: 0)
    grid.put("x", x: 1, y: 0)
    #expect(grid.line(0) == " x陈")
    grid.put("y", x: 2, y: 0)
    #expect(grid.line(0) == " xy ")
  }

  @Test("decomposed marks stay with their letter")
  func combining() {
    var grid = CellGrid(width: 10, height: 1)
    grid.put("Danie\u{0308}lle", x: 0, y: 0)
    #expect(grid.line(0) == "Danie\u{0308}lle  ")
    #expect(DisplayWidth.of(grid.line(0)) == 10)
  }

  @Test("styled rows that do not fit end in an ellipsis")
  func spans() {
    var grid = CellGrid(width: 8, height: 1)
    grid.put([Span("Familie ", .dim), Span("Öztürk", .title)], x: 0, y: 0, maxWidth: 8)
    #expect(grid.line(0) == "Familie…")
    #expect(grid[7, 0].role == .dim)
  }

  @Test(
    "every row of the board has the terminal's width",
    arguments: [
      (80, 24), (81, 25), (100, 30), (119, 40), (120, 40), (133, 41), (200, 60), (300, 90),
    ])
  func boardRows(size: (Int, Int)) {
    for language in [Language.en, .nl] {
      let app = BoardFixture.app(language: language)
      for key in [Key.down, .down, .down, .tab, .character("p"), .character("?")] {
        _ = app.handle(key)
        let grid = app.render(width: size.0, height: size.1)
        for row in 0..<grid.height {
          #expect(DisplayWidth.of(grid.line(row)) == size.0, "row \(row) after \(key)")
        }
      }
    }
  }
}
