// One labelled line of a small form (adjourning, the RvdK's decision): the
// label, highlighted when the cursor is on the row, then the field's text
// (or a hint when it is empty), and the terminal cursor in the field.

import TafelCore
import TafelScreen

enum FormRow {
  /// Draws the row at `y` from `x` over `width` columns.
  static func draw(
    _ label: String, labelWidth: Int, shown: String, field: TextField?, focused: Bool,
    into grid: inout CellGrid, x: Int, y: Int, width: Int, textRole: StyleRole = .dim
  ) {
    let used = grid.put(
      DisplayWidth.pad(label, to: labelWidth), x: x, y: y, role: focused ? .selected : .overlay)
    grid.put(shown, x: x + used, y: y, maxWidth: width - used, role: focused ? .input : textRole)
    if focused, let field {
      let position = field.cursorPosition()
      grid.cursor = Position(x: x + used + min(position.x, width - used - 1), y: y)
    }
  }
}
