// The one width function of Tafel: how many terminal columns a character
// takes, code point by code point as the terminal counts them (wcwidth, as
// tmux and ncurses do). Combining marks and controls take 0, East Asian Wide
// and Fullwidth characters and emoji presentation take 2, everything else 1;
// a grapheme cluster takes the sum of its cells (`cells(of:)`). Every pad,
// truncation and column in the UI goes through here, so CJK, emoji and
// decomposed diacritics keep panes aligned.

package enum DisplayWidth {
  /// Columns taken by one grapheme cluster: the sum of its cells (`cells`),
  /// as a terminal that measures each code point (wcwidth, as tmux and
  /// ncurses do) lays it out: शर्मा is 4, 👍🏽 is 4, 🇳🇱 is 2, 👩‍👩‍👧 is 2.
  package static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value >= 0x20 && first.value < 0x7F && scalars.count == 1 { return 1 }
    var total = 0
    for cell in cells(of: character) { total += cell.width }
    return total
  }

  /// One terminal cell of a grapheme cluster: a visible code point with the
  /// zero-width ones after it (marks, joiners, selectors, and what a joiner
  /// joins), and the columns it takes (1 or 2).
  package struct ClusterCell: Hashable, Sendable {
    package var scalars: [Unicode.Scalar]
    package var width: Int
  }

  /// The cells a terminal gives a grapheme cluster, in order. Zero-width code
  /// points before the first visible one have nothing to sit on and are not
  /// drawn; a cluster of only those has no cell.
  package static func cells(of character: Character) -> [ClusterCell] {
    var cells: [ClusterCell] = []
    var joined = false
    for scalar in character.unicodeScalars {
      let width = of(scalar)
      if width > 0, !joined {
        cells.append(ClusterCell(scalars: [scalar], width: width))
      } else if !cells.isEmpty {
        cells[cells.count - 1].scalars.append(scalar)
      }
      joined = scalar.value == 0x200D
    }
    return cells
  }

  /// Columns taken by one Unicode scalar on its own.
  package static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060 { return 0 }
    if value >= 0x1160 && value <= 0x11FF { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    case .format: return value == 0x00AD ? 1 : 0
    default: break
    }
    // A regional indicator is one column on its own; two make a flag of two.
    if (0x1F1E6...0x1F1FF).contains(value) { return 1 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Columns taken by a whole string.
  package static func of(_ text: String) -> Int {
    var total = 0
    var simple = true
    for byte in text.utf8 {
      if byte < 0x20 || byte >= 0x7F {
        simple = false
        break
      }
      total += 1
    }
    if simple { return total }
    total = 0
    for character in text { total += of(character) }
    return total
  }

  /// The text cut to at most `columns` columns; a cut text ends in "…".
  package static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if of(text) <= columns { return text }
    var result = ""
    var used = 0
    for character in text {
      let width = of(character)
      if used + width > columns - 1 { break }
      result.append(character)
      used += width
    }
    result.append("…")
    return result
  }

  /// The text cut or padded with spaces to exactly `columns` columns.
  /// A table cell is one line: a control character in it is shown, never
  /// sent, and a newline never starts a fake row (Sanitized.line).
  package static func pad(_ text: String, to columns: Int) -> String {
    let cut = truncate(Sanitized.line(text), to: columns)
    let width = of(cut)
    return width >= columns ? cut : cut + String(repeating: " ", count: columns - width)
  }

  /// The text padded on the left to exactly `columns` columns (for numbers and times).
  package static func padLeft(_ text: String, to columns: Int) -> String {
    let cut = truncate(Sanitized.line(text), to: columns)
    let width = of(cut)
    return width >= columns ? cut : String(repeating: " ", count: columns - width) + cut
  }

  /// East Asian Wide and Fullwidth ranges, and the wide emoji blocks.
  static func isWide(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
      0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
      0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
      0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
      0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
      0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
      0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
      0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
      0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
      0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4,
      0x1F3F8...0x1F43E, 0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
      0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F,
      0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
      0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A,
      0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
