// Where one list pane stands: the selected row and the first visible row.
// Each pane scrolls on its own; the whole screen never scrolls.

import TafelScreen

struct ListState: Hashable, Sendable {
  var selected = 0
  var offset = 0
  /// The item of the selected row, to find it again after the list changed.
  var item: String?

  /// Moves the selection by `delta` rows in a list of `count` rows, `visible` of them on screen.
  mutating func move(by delta: Int, count: Int, visible: Int) {
    select(selected + delta, count: count, visible: visible)
  }

  mutating func select(_ row: Int, count: Int, visible: Int) {
    selected = max(0, min(row, count - 1))
    scrollToSelection(count: count, visible: visible)
  }

  /// Keeps the selection inside the list and on screen.
  mutating func scrollToSelection(count: Int, visible: Int) {
    guard count > 0, visible > 0 else {
      selected = 0
      offset = 0
      return
    }
    selected = max(0, min(selected, count - 1))
    if selected < offset { offset = selected }
    if selected >= offset + visible { offset = selected - visible + 1 }
    offset = max(0, min(offset, max(0, count - visible)))
  }

  /// After the rows changed: select the row with the remembered item if it moved.
  mutating func follow(items: [String?], visible: Int) {
    if let item, selected < items.count, items[selected] == item {
      scrollToSelection(count: items.count, visible: visible)
      return
    }
    if let item, let index = items.firstIndex(where: { $0 == item }) {
      let shift = index - selected
      selected = index
      offset += shift
    }
    scrollToSelection(count: items.count, visible: visible)
  }
}
