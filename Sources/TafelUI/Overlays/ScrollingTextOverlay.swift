// The frame shared by meeting mode's views that only show (read-back,
// request for discussion, history): a box over the board, lines built for
// its width, scrolling with the arrows, PgUp/PgDn and Home/End, Esc back.

import TafelCore
import TafelScreen

package class ScrollingTextOverlay: Overlay {
  /// The first line shown.
  package internal(set) var offset = 0
  /// Lines that fit in the last frame (for paging).
  var visible = 10
  var lineCount = 0

  package init() {}

  package var actionContext: ActionContext { .view }

  /// Full screen by default; subclasses may choose a smaller box.
  package func frame(in area: Rect) -> Rect { area }

  /// The box title.
  func title(context: BoardContext) -> String { "" }

  /// The lines for a text width.
  func lines(width: Int, context: BoardContext) -> [PaneLine] { [] }

  /// Keys other than scrolling and closing (e.g. `r` on the history view).
  func handleOther(_ key: Key, context: BoardContext) -> OverlayResult { .stay([]) }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    if key == .resize || ActionTable.action(for: key, in: [.board]) == .redraw { return .pass }
    guard let action = ActionTable.action(for: key, in: [.view]) else {
      return handleOther(key, context: context)
    }
    if action == .closeOverlay { return .close([]) }
    offset = ViewScroll.offset(offset, after: action, lines: lineCount, visible: visible) ?? offset
    return .stay([])
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let outer = grid.clip(area)
    let all = lines(width: max(1, outer.width - 4), context: context)
    lineCount = all.count
    visible = max(1, outer.height - 2)
    offset = max(0, min(offset, lineCount - visible))
    var heading = title(context: context)
    if lineCount > visible {
      heading += "  \(offset + 1)–\(min(lineCount, offset + visible))/\(lineCount)"
    }
    let inside = grid.drawBox(outer, title: heading)
    for row in 0..<inside.height where offset + row < all.count {
      grid.put(all[offset + row].spans, x: inside.x, y: inside.y + row, maxWidth: inside.width)
    }
    grid.cursor = nil
  }

  /// A paragraph wrapped to `width` columns, each row indented.
  static func paragraph(
    _ text: String, width: Int, indent: Int = 2, role: StyleRole = .overlay
  ) -> [PaneLine] {
    let pad = String(repeating: " ", count: indent)
    let field = TextField(text, multiline: true, wrapWidth: max(4, width - indent))
    return field.visibleLines().map { PaneLine(pad + $0, role) }
  }
}
