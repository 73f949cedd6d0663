// What `wget_wch` returns, turned into the board's `Key`. A character and a
// key code arrive through the same call; the code tells them apart. Keys the
// board has no use for come back as nil and are dropped by the reader.
import CNcursesw
import TafelScreen

/// Codes we ask ncurses to return for the bracketed-paste brackets
/// (`ESC [ 200 ~` and `ESC [ 201 ~`). Chosen far above `KEY_MAX` and the
/// codes ncurses hands out for extended terminfo keys.
let pasteStartCode: Int32 = 0x7A00
let pasteEndCode: Int32 = 0x7A01

enum TerminalKeys {
  /// A plain character (the `OK` result of `wget_wch`).
  static func key(character value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .control(" ")
    case 1...26:
      guard let scalar = Unicode.Scalar(value + 96) else { return nil }
      return .control(Character(scalar))
    case 28...31: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A function key code (the `KEY_CODE_YES` result of `wget_wch`), except
  /// `KEY_MOUSE` and the paste brackets, which the reader handles itself.
  static func key(code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_A1: return .home
    case KEY_END, KEY_C1, KEY_LL: return .end
    case KEY_RESIZE: return .resize
    default:
      for number in 1...12 where code == tafel_key_f(Int32(number)) {
        return .function(number)
      }
      return nil
    }
  }
}
