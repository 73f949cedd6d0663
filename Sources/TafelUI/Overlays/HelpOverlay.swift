// The `?` overlay: every key of the action table, grouped by where it works,
// in the board's language. It scrolls when the terminal is short.

import TafelCore
import TafelScreen

public final class HelpOverlay: Overlay {
  let mouse: Bool
  var offset = 0
  var lastVisible = 10

  public init(mouse: Bool) { self.mouse = mouse }

  public var actionContext: ActionContext { .view }

  public func frame(in area: Rect) -> Rect {
    area.centred(width: min(area.width - 2, 116), height: area.height)
  }

  static func lines(_ language: Language, mouse: Bool) -> [PaneLine] {
    var lines: [PaneLine] = []
    for context in ActionContext.allCases {
      let actions = ActionTable.all.filter { $0.context == context }
      guard !actions.isEmpty else { continue }
      if !lines.isEmpty { lines.append(PaneLine("")) }
      lines.append(PaneLine(context.title(language), .overlayTitle))
      for action in actions {
        var help = action.help(language)
        if action.id == .click && !mouse { help += " — " + Strings(language).mouseOff }
        lines.append(
          PaneLine([
            Span("  " + DisplayWidth.pad(action.keyNames, to: 16), .footerKey),
            Span(" " + help, .overlay),
          ]))
      }
    }
    lines.append(PaneLine(""))
    lines.append(PaneLine(MarkerLegend.title(language), .overlayTitle))
    for entry in MarkerLegend.entries(language) {
      lines.append(
        PaneLine([
          Span("  " + DisplayWidth.pad(entry.marker, to: 16), .marker),
          Span(" " + entry.meaning, .overlay),
        ]))
    }
    return lines
  }

  public func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    if key == .resize || ActionTable.action(for: key, in: [.board]) == .redraw { return .pass }
    // `?` and Enter close the help too: it was opened with `?`.
    guard let action = ActionTable.action(for: key, in: [.help, .view]) else { return .stay([]) }
    if action == .closeOverlay || action == .helpClose { return .close([]) }
    let count = HelpOverlay.lines(context.language, mouse: mouse).count
    offset = ViewScroll.offset(offset, after: action, lines: count, visible: lastVisible) ?? offset
    return .stay([])
  }

  public func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let lines = HelpOverlay.lines(context.language, mouse: mouse)
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
