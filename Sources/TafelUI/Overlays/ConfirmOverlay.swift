// A yes/no question over the board, e.g. "Something is not saved. Quit anyway?"

import TafelCore
import TafelScreen

package final class ConfirmOverlay: Overlay {
  let question: String
  let yes: [Request]
  /// A third answer some questions offer, with its line ("f = finish it") and requests.
  let other: (line: String, requests: [Request])?
  /// The line for yes and no, when the question words them itself.
  let answers: String?

  /// `yes` are the requests carried out when the answer is yes.
  package init(
    question: String, yes: [Request], answers: String? = nil,
    other: (line: String, requests: [Request])? = nil
  ) {
    self.question = question
    self.yes = yes
    self.answers = answers
    self.other = other
  }

  package var actionContext: ActionContext { .confirm }

  package func frame(in area: Rect) -> Rect {
    let answers =
      (answers.map(DisplayWidth.of) ?? 20) + (other.map { DisplayWidth.of($0.line) + 3 } ?? 0)
    let width = min(area.width, max(40, DisplayWidth.of(question) + 6, answers + 6))
    // A question longer than the box wraps onto a second row instead of being cut.
    let rows = DisplayWidth.wrap(question, to: max(1, width - 4)).count > 1 ? 6 : 5
    return area.centred(width: width, height: rows)
  }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    switch ActionTable.action(for: key, in: [.confirm]) {
    case .confirmYes: .close(yes)
    case .confirmNo: .close([])
    case .confirmOther where other != nil: .close(other!.requests)
    default: .stay([])
    }
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let inside = grid.drawBox(area, role: .overlay)
    let rows = Array(DisplayWidth.wrap(question, to: max(1, inside.width)).prefix(2))
    for (offset, row) in rows.enumerated() {
      grid.put(row, x: inside.x, y: inside.y + offset, maxWidth: inside.width, role: .warning)
    }
    let line = (answers ?? Strings(context.language).yesNo) + (other.map { " · " + $0.line } ?? "")
    grid.put(
      line, x: inside.x, y: inside.y + rows.count + 1, maxWidth: inside.width, role: .overlay)
  }
}
