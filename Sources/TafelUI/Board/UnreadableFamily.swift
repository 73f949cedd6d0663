// What the panes say when a family's file cannot be read: that it cannot,
// where and why (the store's `path:line:column: message`), and whether what
// the board shows is what it read before. Said in red and with a "!", so it
// reads without colour, until the file reads again.

import TafelCore
import TafelScreen

enum UnreadableFamily {
  static func lines(_ problem: String, readBefore: Bool, strings: Strings, width: Int)
    -> [PaneLine]
  {
    let text = strings.unreadableFamily(readBefore: readBefore) + " " + problem
    return DisplayWidth.wrap(text, to: max(10, width - 2)).enumerated().map { row, part in
      PaneLine([Span(row == 0 ? "! " : "  ", .error), Span(part, .error)], item: "unreadable")
    }
  }
}
