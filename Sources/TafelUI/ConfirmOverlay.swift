// A yes/no question over the board, e.g. "Something is not saved. Quit anyway?"

import TafelCore

public final class ConfirmOverlay: Overlay {
  let question: String
  let yes: [Request]

  /// `yes` are the requests carried out when the answer is yes.
  public init(question: String, yes: [Request]) {
    self.question = question
    self.yes = yes
  }

  public var actionContext: ActionContext { .confirm }

  public func frame(in area: Rect) -> Rect {
    area.centred(width: min(area.width, max(40, DisplayWidth.of(question) + 6)), height: 5)
  }

  public func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    switch ActionTable.action(for: key, in: [.confirm]) {
    case .confirmYes: .close(yes)
    case .confirmNo: .close([])
    default: .stay([])
    }
  }

  public func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let inside = grid.drawBox(area, role: .overlay)
    grid.put(question, x: inside.x, y: inside.y, maxWidth: inside.width, role: .warning)
    grid.put(
      Strings(context.language).yesNo, x: inside.x, y: inside.y + 2, maxWidth: inside.width,
      role: .overlay)
  }
}
