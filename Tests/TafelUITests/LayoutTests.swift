// One layout function from the size alone: panes inside the body, never
// overlapping, each with room for a title and a row; nothing below 80×24.

import TafelScreen
import TafelUI
import Testing

@Suite("Layout")
struct LayoutTests {
  @Test("below 80×24 there is no layout")
  func tooSmall() {
    #expect(BoardLayout.make(width: 79, height: 40) == nil)
    #expect(BoardLayout.make(width: 200, height: 23) == nil)
    #expect(BoardLayout.make(width: 0, height: 0) == nil)
    #expect(BoardLayout.make(width: 80, height: 24) != nil)
  }

  @Test("panes lie in the body and never overlap")
  func panes() {
    for width in stride(from: 80, through: 320, by: 7) {
      for height in stride(from: 24, through: 100, by: 5) {
        guard let layout = BoardLayout.make(width: width, height: height) else {
          Issue.record("no layout at \(width)×\(height)")
          continue
        }
        #expect(layout.panes.count == PaneID.allCases.count)
        for (pane, rect) in layout.panes {
          #expect(rect.height >= 2, "\(pane) at \(width)×\(height)")
          #expect(rect.width >= 30, "\(pane) at \(width)×\(height)")
          #expect(rect.x >= 0 && rect.maxX <= width && rect.y >= 1 && rect.maxY <= height - 1)
          for (other, otherRect) in layout.panes where other != pane {
            let apart =
              rect.maxX <= otherRect.x || otherRect.maxX <= rect.x || rect.maxY <= otherRect.y
              || otherRect.maxY <= rect.y
            #expect(apart, "\(pane) and \(other) overlap at \(width)×\(height)")
          }
        }
      }
    }
  }

  @Test("the agenda goes left from 120 columns, on top below that")
  func agendaPlace() {
    #expect(BoardLayout.make(width: 119, height: 40)?.agendaLeft == false)
    #expect(BoardLayout.make(width: 120, height: 40)?.agendaLeft == true)
  }

  @Test("left and right move to the pane beside")
  func neighbours() {
    let layout = BoardLayout.make(width: 120, height: 40)!
    #expect(layout.neighbour(of: .agenda, dx: 1, dy: 0) == .plan)
    #expect(layout.neighbour(of: .plan, dx: 1, dy: 0) == .involved)
    #expect(layout.neighbour(of: .involved, dx: -1, dy: 0) == .plan)
    #expect(layout.neighbour(of: .decisions, dx: -1, dy: 0) == .assessments)
    #expect(layout.neighbour(of: .plan, dx: -1, dy: 0) == .agenda)
  }
}
