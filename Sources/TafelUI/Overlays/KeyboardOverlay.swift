// Who is at the keyboard: the demo board asks when it opens, so that what is
// recorded on it (decisions, "closed by", the access log) names one of the
// demo's people with their role, as a real store's board does from `tafel
// whoami`. A number takes that person; Enter or Esc keeps the first (the
// chair), whom the board records as until then; q quits.

import TafelCore
import TafelScreen

/// One person the board may record as: the store's id, the name, the role in words.
package struct KeyboardChoice: Sendable, Equatable {
  package let id: String
  package let name: String
  package let role: String

  package init(id: String, name: String, role: String) {
    self.id = id
    self.name = name
    self.role = role
  }

  /// "Linda Kamphuis, chair": what the header shows.
  package var label: String { name + ", " + role }
}

package final class KeyboardOverlay: Overlay {
  let choices: [KeyboardChoice]

  package init(_ choices: [KeyboardChoice]) {
    self.choices = Array(choices.prefix(9))
  }

  package var actionContext: ActionContext { .keyboard }

  /// The whole board area: no family is shown (nor logged as seen) before
  /// it is known who is looking.
  package func frame(in area: Rect) -> Rect { area }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    // The window may change, the screen be redrawn, and q quit the board.
    let board = ActionTable.action(for: key, in: [.board])
    if key == .resize || board == .redraw || board == .quit { return .pass }
    switch ActionTable.action(for: key, in: [.keyboard]) {
    case .keyboardTake:
      guard case .character(let typed) = key, let number = Int(String(typed)),
        choices.indices.contains(number - 1)
      else { return .stay([]) }
      return .close(number == 1 ? [] : [.recordAs(personID: choices[number - 1].id)])
    case .keyboardKeep:
      return .close([])
    default:
      return .stay([])
    }
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let language = context.language
    let inside = grid.drawBox(
      area, title: language.pick("Who is at the keyboard?", "Wie zit er aan het toetsenbord?"))
    var rows: [(String, StyleRole)] = [
      (
        language.pick(
          "What you record names you, with your role.",
          "Wat je vastlegt noemt jou, met je rol."), .overlay
      ),
      ("", .overlay),
    ]
    for (index, choice) in choices.enumerated() {
      rows.append(("\(index + 1)  " + choice.label, .overlay))
    }
    rows.append(("", .overlay))
    rows.append(
      (
        language.pick(
          "1–\(choices.count): that person · Enter or Esc: \(choices.first?.name ?? "")",
          "1–\(choices.count): die persoon · Enter of Esc: \(choices.first?.name ?? "")"), .dim
      ))
    for (offset, row) in rows.prefix(inside.height).enumerated() {
      grid.put(row.0, x: inside.x, y: inside.y + offset, maxWidth: inside.width, role: row.1)
    }
  }
}
