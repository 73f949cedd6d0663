// The `?` overlay: every key of the action table, grouped by where it works,
// in the board's language. A long description wraps under itself, never
// cut; the overlay scrolls when the terminal is short.

import TafelCore
import TafelScreen

package final class HelpOverlay: Overlay {
  let mouse: Bool
  var offset = 0
  var lastVisible = 10
  var lastWidth = 112

  package init(mouse: Bool) { self.mouse = mouse }

  package var actionContext: ActionContext { .view }

  package func frame(in area: Rect) -> Rect {
    area.centred(width: min(area.width - 2, 116), height: area.height)
  }

  static func lines(_ language: Language, mouse: Bool, width: Int = 112) -> [PaneLine] {
    var lines: [PaneLine] = []
    // The key column, then the words wrapped to what is left; a long list
    // of keys wraps in its column too, neither is cut.
    let keyWidth = 16
    let textWidth = max(10, width - keyWidth - 3)
    func row(_ key: String, _ keyRole: StyleRole, _ text: String) {
      let keys = DisplayWidth.wrap(key, to: keyWidth)
      let words = DisplayWidth.wrap(text, to: textWidth)
      for index in 0..<max(keys.count, words.count) {
        lines.append(
          PaneLine([
            Span(
              "  " + DisplayWidth.pad(index < keys.count ? keys[index] : "", to: keyWidth), keyRole),
            Span(" " + (index < words.count ? words[index] : ""), .overlay),
          ]))
      }
    }
    for context in ActionContext.allCases {
      let actions = ActionTable.all.filter { $0.context == context }
      guard !actions.isEmpty else { continue }
      if !lines.isEmpty { lines.append(PaneLine("")) }
      lines.append(PaneLine(context.title(language), .overlayTitle))
      for action in actions {
        var help = action.help(language)
        if action.id == .click && !mouse { help += " — " + Strings(language).mouseOff }
        row(action.keyNames, .footerKey, help)
      }
    }
    lines.append(PaneLine(""))
    lines.append(PaneLine(MarkerLegend.title(language), .overlayTitle))
    for entry in MarkerLegend.entries(language) {
      row(entry.marker, .marker, entry.meaning)
    }
    return lines
  }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    if key == .resize || ActionTable.action(for: key, in: [.board]) == .redraw { return .pass }
    // `?` and Enter close the help too: it was opened with `?`.
    guard let action = ActionTable.action(for: key, in: [.help, .view]) else { return .stay([]) }
    if action == .closeOverlay || action == .helpClose { return .close([]) }
    let count = HelpOverlay.lines(context.language, mouse: mouse, width: lastWidth).count
    offset = ViewScroll.offset(offset, after: action, lines: count, visible: lastVisible) ?? offset
    return .stay([])
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    // The box's inside: two columns of border and margin on each side.
    lastWidth = max(1, area.width - 4)
    let lines = HelpOverlay.lines(context.language, mouse: mouse, width: lastWidth)
    let strings = Strings(context.language)
    var title = strings.keys
    lastVisible = max(1, area.height - 2)
    offset = min(offset, max(0, lines.count - lastVisible))
    if lines.count > lastVisible {
      title += "  \(offset + 1)–\(min(lines.count, offset + lastVisible))/\(lines.count)"
    }
    let inside = grid.drawBox(area, title: title)
    for row in 0..<inside.height where offset + row < lines.count {
      grid.put(lines[offset + row].spans, x: inside.x, y: inside.y + row, maxWidth: inside.width)
    }
  }
}
