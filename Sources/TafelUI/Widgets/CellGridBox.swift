// Boxes and title rules drawn into the grid, shared by panes and overlays.

import TafelCore
import TafelScreen

extension CellGrid {
  /// Draws a framed box filled with `role`, a title in the top edge, and
  /// returns the area inside the frame.
  @discardableResult
  package mutating func drawBox(
    _ rect: Rect, title: String = "", role: StyleRole = .overlay,
    titleRole: StyleRole = .overlayTitle
  ) -> Rect {
    let box = clip(rect)
    guard box.width >= 2, box.height >= 2 else {
      return Rect(x: box.x, y: box.y, width: 0, height: 0)
    }
    fill(box, role: role)
    let inner = String(repeating: "─", count: box.width - 2)
    put("┌" + inner + "┐", x: box.x, y: box.y, role: role)
    put("└" + inner + "┘", x: box.x, y: box.maxY - 1, role: role)
    for row in (box.y + 1)..<(box.maxY - 1) {
      put("│", x: box.x, y: row, role: role)
      put("│", x: box.maxX - 1, y: row, role: role)
    }
    if !title.isEmpty {
      put(" " + title + " ", x: box.x + 2, y: box.y, maxWidth: box.width - 4, role: titleRole)
    }
    return Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
  }

  /// Writes a row of styled pieces from `x`, at most `maxWidth` columns; a row
  /// that does not fit ends in "…".
  @discardableResult
  package mutating func put(_ spans: [Span], x: Int, y: Int, maxWidth: Int) -> Int {
    guard maxWidth > 0 else { return 0 }
    var total = 0
    for span in spans { total += DisplayWidth.of(span.text) }
    if total <= maxWidth {
      var used = 0
      for span in spans {
        used += put(span.text, x: x + used, y: y, maxWidth: maxWidth - used, role: span.role)
      }
      return used
    }
    var used = 0
    var lastRole = spans.last?.role ?? .normal
    for span in spans {
      let room = maxWidth - 1 - used
      guard room > 0 else { break }
      lastRole = span.role
      let width = DisplayWidth.of(span.text)
      if width <= room {
        used += put(span.text, x: x + used, y: y, maxWidth: room, role: span.role)
      } else {
        let cut = DisplayWidth.truncate(span.text, to: room + 1)
        used += put(String(cut.dropLast()), x: x + used, y: y, maxWidth: room, role: span.role)
        break
      }
    }
    used += put("…", x: x + used, y: y, maxWidth: 1, role: lastRole)
    return used
  }

  /// Writes text centred on a row.
  package mutating func putCentred(_ text: String, y: Int, in rect: Rect, role: StyleRole = .normal)
  {
    let cut = DisplayWidth.truncate(text, to: rect.width)
    let x = rect.x + (rect.width - DisplayWidth.of(cut)) / 2
    put(cut, x: x, y: y, maxWidth: rect.width, role: role)
  }
}
