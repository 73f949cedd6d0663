// One function lays the board out from the terminal size alone: a header row,
// the agenda (left when there is room, else on top), the four panes in a
// two-by-two grid, the signals strip, and a footer row. Below 80×24 there is
// no layout, and the board shows one line asking for more room.

import TafelScreen

public struct BoardLayout: Hashable, Sendable {
  public static let minimumWidth = 80
  public static let minimumHeight = 24

  public let width: Int
  public let height: Int
  public let header: Rect
  public let footer: Rect
  /// Each pane's area, including its title row.
  public let panes: [PaneID: Rect]
  /// The agenda sits left of the panes (true) or above them (false).
  public let agendaLeft: Bool

  /// The layout for a terminal size, or nil when it is smaller than 80×24.
  /// `need` is the rows (title included) the upper and the lower row of panes
  /// would take to show all they hold: the rows are then shared by need, each
  /// row of panes at least six high, instead of half and half.
  public static func make(width: Int, height: Int, need: (upper: Int, lower: Int)? = nil)
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
      let leftWidth = min(64, max(38, width * 3 / 10))
      let signalsHeight = max(5, bodyHeight / 6)
      let upperHeight = bodyHeight - signalsHeight
      panes[.agenda] = Rect(x: 0, y: bodyTop, width: leftWidth, height: upperHeight)
      panes[.signals] = Rect(x: 0, y: bodyTop + upperHeight, width: width, height: signalsHeight)
      gridArea = Rect(
        x: leftWidth + 1, y: bodyTop, width: width - leftWidth - 1, height: upperHeight)
    } else {
      let agendaHeight = max(5, bodyHeight * 3 / 10)
      let signalsHeight = max(3, bodyHeight / 7)
      panes[.agenda] = Rect(x: 0, y: bodyTop, width: width, height: agendaHeight)
      panes[.signals] = Rect(x: 0, y: bodyTop + agendaHeight, width: width, height: signalsHeight)
      let top = bodyTop + agendaHeight + signalsHeight
      gridArea = Rect(x: 0, y: top, width: width, height: bodyHeight - agendaHeight - signalsHeight)
    }
    let leftWidth = (gridArea.width - 1) / 2
    let rightWidth = gridArea.width - 1 - leftWidth
    var topHeight = gridArea.height / 2
    if let need, need.upper > 0, need.lower > 0 {
      let total = gridArea.height
      let minimum = min(6, total / 2)
      let shared =
        need.upper + need.lower <= total
        // Both fit: each gets what it needs, the rows left over shared alike.
        ? need.upper + (total - need.upper - need.lower) / 2
          // Not both: by need.
        : total * need.upper / (need.upper + need.lower)
      topHeight = max(minimum, min(total - minimum, shared))
    }
    let bottomHeight = gridArea.height - topHeight
    let rightX = gridArea.x + leftWidth + 1
    panes[.plan] = Rect(x: gridArea.x, y: gridArea.y, width: leftWidth, height: topHeight)
    panes[.involved] = Rect(x: rightX, y: gridArea.y, width: rightWidth, height: topHeight)
    panes[.assessments] = Rect(
      x: gridArea.x, y: gridArea.y + topHeight, width: leftWidth, height: bottomHeight)
    panes[.decisions] = Rect(
      x: rightX, y: gridArea.y + topHeight, width: rightWidth, height: bottomHeight)
    return BoardLayout(
      width: width, height: height, header: header, footer: footer, panes: panes,
      agendaLeft: agendaLeft)
  }

  /// The area between header and footer: where full-screen panes and overlays go.
  public var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

  /// The pane under a screen position, if any.
  public func pane(atX x: Int, y: Int) -> PaneID? {
    PaneID.allCases.first { panes[$0]?.contains(x: x, y: y) ?? false }
  }

  /// The nearest pane in a direction from `pane`, measured between centres.
  public func neighbour(of pane: PaneID, dx: Int, dy: Int) -> PaneID? {
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
