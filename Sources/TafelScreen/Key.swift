// A key press as the board understands it, independent of the terminal. The
// ncurses backend turns what it reads into these; tests feed them directly.

package enum Key: Hashable, Sendable {
  case character(Character)
  case up
  case down
  case left
  case right
  case tab
  case backTab
  case enter
  case escape
  case pageUp
  case pageDown
  case home
  case end
  case backspace
  case delete
  /// Control plus a letter, always lower case: Ctrl-L is `.control("l")`.
  case control(Character)
  /// F1 … F12.
  case function(Int)
  /// The terminal changed size; the next render uses the new size.
  case resize
  /// A mouse click at a screen column and row (0-based).
  case mouse(x: Int, y: Int)
  /// Text pasted in one piece (bracketed paste).
  case paste(String)
}

extension Key: CustomStringConvertible {
  /// The key as the help and docs write it: "q", "Tab", "Shift-Tab", "Ctrl-L", "↑".
  package var description: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .enter: "Enter"
    case .escape: "Esc"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .control(let character): "Ctrl-" + String(character).uppercased()
    case .function(let number): "F\(number)"
    case .resize: "Resize"
    case .mouse: "Click"
    case .paste: "Paste"
    }
  }
}
