// The chair at 120×40 and at 200×60 sees every demo family whole: no pane
// cuts a line ("…") while it has rows to spare, and every plan action's
// owner and due date and the count of professionals are on the screen.

import Foundation
import TafelCore
import TafelDemo
import TafelScreen
import Testing

@testable import TafelUI

@Suite("Demo families at the chair's sizes")
struct DemoLayoutTests {
  static let today = Day("2026-12-01")!

  static func app() -> (BoardApp, [Family]) {
    let demo = DemoData.make(today: today)
    let data = BoardData(
      info: demo.info, directory: demo.directory, meeting: nil,
      families: Dictionary(uniqueKeysWithValues: demo.families.map { ($0.id, $0) }),
      summaries: demo.families.map(FamilySummary.init), today: today,
      now: Timestamp("2026-12-01T09:30:00Z")!, zone: .utc)
    return (BoardApp(data: data, options: BoardOptions(language: .en, user: "test")), demo.families)
  }

  /// The rows inside a pane (without its title row and border column).
  func rows(_ grid: CellGrid, _ rect: Rect) -> [String] {
    (rect.y + 1..<rect.maxY).map { y in
      var line = ""
      for x in (rect.x + 1)..<min(grid.width, rect.maxX) {
        let cell = grid[x, y]
        if !cell.isContinuation { line.append(cell.character) }
      }
      return line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
  }

  /// A pane's text as one line, the wrapped rows joined again.
  func joined(_ rows: [String]) -> String {
    rows.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  @Test(
    "every demo family at 120×40 and 200×60: nothing cut while rows are spare, every owner and date shown",
    arguments: [(120, 40), (200, 60)])
  func everyFamilyWhole(size: (Int, Int)) throws {
    let (width, height) = size
    let (app, families) = Self.app()
    _ = app.render(width: width, height: height)
    let directory = DemoData.make(today: Self.today).directory
    var seen: Set<String> = []
    var incomplete: Set<String> = []
    for _ in families {
      let grid = app.render(width: width, height: height)
      let familyID = try #require(app.selectedFamilyID)
      seen.insert(familyID)
      let family = try #require(families.first { $0.id == familyID })
      let layout = try #require(app.layout)
      for pane in [PaneID.plan, .involved, .assessments, .decisions] {
        let rect = try #require(layout.panes[pane])
        let shown = rows(grid, rect)
        let spare = shown.reversed().prefix { $0.isEmpty }.count
        if spare > 0 {
          for row in shown where row.hasSuffix("…") {
            Issue.record(
              "\(familyID) \(pane) at \(width)×\(height) cuts \"\(row)\" with \(spare) rows spare")
          }
        }
      }
      let plan = joined(rows(grid, layout.panes[.plan]!))
      for action in family.plan.actions where action.status == .open {
        let owner =
          directory.professionals.first { $0.id == action.owner }?.name
          ?? family.member(action.owner)?.name ?? action.owner
        if let due = action.due, !plan.contains(due.description) { incomplete.insert(family.name) }
        if !owner.isEmpty, !plan.contains(owner) { incomplete.insert(family.name) }
      }
      let involved = joined(rows(grid, layout.panes[.involved]!))
      #expect(
        involved.contains("met in 12 months")
          || family.involvements.isEmpty, "\(familyID): \(involved)")
      _ = app.handle(.down)
    }
    #expect(seen.count == families.count, "every family was walked")
    // Every owner and due date of every open plan action is on the screen,
    // at 120×40 as at 200×60, without opening a pane full screen.
    let expected: Set<String> = []
    #expect(incomplete == expected, "not whole at \(width)×\(height): \(incomplete.sorted())")
  }
}
