// One function lays the board out: a header row, the agenda (left when there
// is room, with the signals under it; else on top, the signals strip under
// it), the four panes in a two-by-two grid, and a footer row. The agenda is
// as tall as its rows and the panes' rows are shared by what they hold, when
// the board says so. Below 80×24 there is no layout, and the board asks for
// more room.

import TafelScreen

package struct BoardLayout: Hashable, Sendable {
  package static let minimumWidth = 80
  package static let minimumHeight = 24

  package let width: Int
  package let height: Int
  package let header: Rect
  package let footer: Rect
  /// Each pane's area, including its title row.
  package let panes: [PaneID: Rect]
  /// The agenda sits left of the panes (true) or above them (false).
  package let agendaLeft: Bool

  /// The layout for a terminal size, or nil when it is smaller than 80×24.
  /// `need` is the rows (title included) each pane would take to show all it
  /// holds: each column of panes then shares its rows by need, each pane at
  /// least six high, instead of half and half.
  /// `agendaRows` is how many rows the agenda has: from 120 columns the
  /// agenda is that tall (at least eight rows with its title, at most half
  /// the body) and the signals fill the left column under it.
  package static func make(
    width: Int, height: Int,
    need: (plan: Int, involved: Int, assessments: Int, decisions: Int)? = nil,
    agendaRows: Int? = nil
  )
    -> BoardLayout?
  {
    guard width >= minimumWidth, height >= minimumHeight else { return nil }
    let header = Rect(x: 0, y: 0, width: width, height: 1)
    let footer = Rect(x: 0, y: height - 1, width: width, height: 1)
    let bodyTop = 1
    let bodyHeight = height - 2
    var panes: [PaneID: Rect] = [:]
    let agendaLeft = width >= 120
    let gridArea: Rect
    if agendaLeft {
      // The left column: the agenda as tall as its rows, the signals below;
      // the panes take the whole height beside it (the column stood empty
      // under a short agenda while the panes cut their lines).
      let leftWidth = min(64, max(38, width * 3 / 10))
      let agendaHeight = max(
        min(8, bodyHeight / 2), min(bodyHeight / 2, (agendaRows ?? bodyHeight) + 1))
      panes[.agenda] = Rect(x: 0, y: bodyTop, width: leftWidth, height: agendaHeight)
      panes[.signals] = Rect(
        x: 0, y: bodyTop + agendaHeight, width: leftWidth, height: bodyHeight - agendaHeight)
      gridArea = Rect(
        x: leftWidth + 1, y: bodyTop, width: width - leftWidth - 1, height: bodyHeight)
    } else {
      let agendaHeight = max(5, bodyHeight * 3 / 10)
      let signalsHeight = max(3, bodyHeight / 7)
      panes[.agenda] = Rect(x: 0, y: bodyTop, width: width, height: agendaHeight)
      panes[.signals] = Rect(x: 0, y: bodyTop + agendaHeight, width: width, height: signalsHeight)
      let top = bodyTop + agendaHeight + signalsHeight
      gridArea = Rect(x: 0, y: top, width: width, height: bodyHeight - agendaHeight - signalsHeight)
    }
    // Each column of panes shares its rows by what its two panes hold (the
    // plan can take rows the assessments do not need), each at least six.
    func split(_ upper: Int?, _ lower: Int?) -> Int {
      let total = gridArea.height
      guard let upper, let lower, upper > 0, lower > 0 else { return total / 2 }
      // Each at least six rows, or what it holds when that is less (a pane
      // saying "No decisions yet" needs two).
      let upperMinimum = min(6, total / 2, upper)
      let lowerMinimum = min(6, total / 2, lower)
      let shared =
        upper + lower <= total
        // Both fit: each gets what it needs, the rows left over shared alike.
        ? upper + (total - upper - lower) / 2
          // Not both: by need.
        : total * upper / (upper + lower)
      return max(upperMinimum, min(total - lowerMinimum, shared))
    }
    let leftTop = split(need?.plan, need?.assessments)
    let rightTop = split(need?.involved, need?.decisions)
    let leftWidth = (gridArea.width - 1) / 2
    let rightWidth = gridArea.width - 1 - leftWidth
    let rightX = gridArea.x + leftWidth + 1
    panes[.plan] = Rect(x: gridArea.x, y: gridArea.y, width: leftWidth, height: leftTop)
    panes[.involved] = Rect(x: rightX, y: gridArea.y, width: rightWidth, height: rightTop)
    panes[.assessments] = Rect(
      x: gridArea.x, y: gridArea.y + leftTop, width: leftWidth, height: gridArea.height - leftTop)
    panes[.decisions] = Rect(
      x: rightX, y: gridArea.y + rightTop, width: rightWidth, height: gridArea.height - rightTop)
    return BoardLayout(
      width: width, height: height, header: header, footer: footer, panes: panes,
      agendaLeft: agendaLeft)
  }

  /// The area between header and footer: where full-screen panes and overlays go.
  package var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

  /// The pane under a screen position, if any.
  package func pane(atX x: Int, y: Int) -> PaneID? {
    PaneID.allCases.first { panes[$0]?.contains(x: x, y: y) ?? false }
  }

  /// The nearest pane in a direction from `pane`, measured between centres.
  package func neighbour(of pane: PaneID, dx: Int, dy: Int) -> PaneID? {
    guard let from = panes[pane] else { return nil }
    let fromX = from.x * 2 + from.width
    let fromY = from.y * 2 + from.height
    var best: (PaneID, Int)?
    for (candidate, rect) in panes where candidate != pane {
      let x = rect.x * 2 + rect.width - fromX
      let y = rect.y * 2 + rect.height - fromY
      let along = dx != 0 ? x * dx : y * dy
      let across = dx != 0 ? abs(y) : abs(x)
      // Must lie in that direction and overlap it more than it lies aside.
      let overlaps =
        dx != 0
        ? rect.y < from.maxY && from.y < rect.maxY
        : rect.x < from.maxX && from.x < rect.maxX
      guard along > 0, overlaps else { continue }
      let score = along + across * 2
      if best == nil || score < best!.1 || (score == best!.1 && candidate.order < best!.0.order) {
        best = (candidate, score)
      }
    }
    return best?.0
  }
}

extension PaneID {
  var order: Int { PaneID.allCases.firstIndex(of: self)! }
}
