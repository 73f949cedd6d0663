// `S` on a family marked X: a value two replicas changed differently, kept
// by a sync, settled at the table. The chair sees the field in words, both
// values with who wrote each and when, and the value before; `1` or `2`
// makes that one stand (the store records who chose it and when, as `tafel
// resolve` does), Esc leaves it for later.

import TafelCore
import TafelScreen

package final class ConflictOverlay: Overlay {
  package let familyID: String
  package let field: String
  let question: String
  let choices: [String]
  let before: String?
  let remaining: Int

  package init(familyID: String, conflict: MergeConflict, of count: Int, context: BoardContext) {
    let language = context.language
    let lookup = DirectoryLookup(context.data.directory)
    func shown(_ value: JSONValue) -> String {
      ConflictWords.value(MergeConflict.shown(value, names: lookup), field: conflict.id, language)
    }
    self.familyID = familyID
    self.field = conflict.id
    self.remaining = count
    question = language.pick(
      "Two values for \(ConflictWords.field(conflict.id, language)) after a sync. Which stands?",
      "Twee waarden voor \(ConflictWords.field(conflict.id, language)) na synchronisatie. "
        + "Welke geldt?")
    choices = conflict.values.enumerated().map { index, value in
      var text = "\(index + 1)  " + shown(value)
      if index < conflict.sides.count, let side = conflict.sides[index] {
        text += "  (" + side.by + ", " + context.data.zone.local(side.at).dayAndClock + ")"
      }
      return text
    }
    before = conflict.base.map {
      language.pick("Before the sync: ", "Voor de synchronisatie: ") + shown($0)
    }
  }

  package var actionContext: ActionContext { .settle }

  package func frame(in area: Rect) -> Rect {
    let width = min(area.width, 90)
    return area.centred(width: width, height: min(area.height, rows(width: width - 4).count + 2))
  }

  /// Every row of the box: the question, the choices, the value before, the keys.
  func rows(width: Int) -> [(String, StyleRole)] {
    var rows: [(String, StyleRole)] = DisplayWidth.wrap(question, to: width).map { ($0, .warning) }
    rows.append(("", .overlay))
    for choice in choices {
      rows += DisplayWidth.wrap(choice, to: width).map { ($0, .overlay) }
    }
    if let before { rows += DisplayWidth.wrap(before, to: width).map { ($0, .dim) } }
    rows.append(("", .overlay))
    rows.append(("", .dim))  // the keys, in the language of the board (render)
    return rows
  }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    switch ActionTable.action(for: key, in: [.settle]) {
    case .settleTake:
      guard case .character(let typed) = key, let number = Int(String(typed)),
        (1...choices.count).contains(number)
      else { return .stay([]) }
      return .close([.resolveConflict(familyID: familyID, field: field, take: number)])
    case .settleCancel:
      return .close([])
    default:
      return .stay([])
    }
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let language = context.language
    let name = context.data.families[familyID].map { context.familyLabel(id: $0.id, name: $0.name) }
    let title =
      language.pick("Settle", "Beslissen") + " — " + (name ?? familyID)
      + (remaining > 1 ? language.pick(" (1 of \(remaining))", " (1 van \(remaining))") : "")
    let inside = grid.drawBox(area, title: title)
    var lines = rows(width: max(1, inside.width))
    lines[lines.count - 1].0 = language.pick(
      "1 or 2: that value stands, recorded with your name · Esc: leave it for now",
      "1 of 2: die waarde geldt, vastgelegd met je naam · Esc: voorlopig laten")
    for (offset, line) in lines.prefix(inside.height).enumerated() {
      grid.put(line.0, x: inside.x, y: inside.y + offset, maxWidth: inside.width, role: line.1)
    }
  }
}
