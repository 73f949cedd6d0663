// Keys by the names tmux's send-keys gives them (Enter, Escape, Tab, BTab,
// Up, PPage, BSpace, C-s, F1, Space, or one character), so a script of the
// board reads like the tmux tests and like what a user presses.

extension Key {
  /// The key `name` stands for, or nil when it names none.
  package init?(name: String) {
    switch name {
    case "Enter": self = .enter
    case "Escape": self = .escape
    case "Tab": self = .tab
    case "BTab": self = .backTab
    case "Up": self = .up
    case "Down": self = .down
    case "Left": self = .left
    case "Right": self = .right
    case "Home": self = .home
    case "End": self = .end
    case "PPage", "PageUp": self = .pageUp
    case "NPage", "PageDown": self = .pageDown
    case "BSpace": self = .backspace
    case "DC", "Delete": self = .delete
    case "Space": self = .character(" ")
    default:
      if name.count == 1, let character = name.first {
        self = .character(character)
      } else if name.hasPrefix("C-"), name.count == 3, let character = name.last {
        self = .control(Character(character.lowercased()))
      } else if name.hasPrefix("F"), let number = Int(name.dropFirst()), (1...12).contains(number) {
        self = .function(number)
      } else {
        return nil
      }
    }
  }
}
