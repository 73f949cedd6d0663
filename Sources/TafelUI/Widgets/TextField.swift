// The text the chair types into a form: one or more lines of any Unicode,
// edited by grapheme (a letter with its accent is one step of the cursor),
// wrapped by display width (CJK counts two columns, combining marks none).
// Pure value: the form owns it, the renderer asks it for rows and the cursor.

import TafelCore
import TafelScreen

package struct TextField: Hashable, Sendable {
  /// Logical lines, each a list of graphemes.
  package private(set) var lines: [[Character]]
  /// The cursor: a logical line and a grapheme offset in it (0…count).
  package private(set) var line: Int = 0
  package private(set) var column: Int = 0
  /// Whether Enter and pasted newlines make new lines (else they become spaces).
  package let multiline: Bool
  /// The width the field is wrapped at; Up/Down move across these rows.
  package var wrapWidth: Int
  /// The display column Up/Down try to keep, set by the first of a run of vertical moves.
  private var goalColumn: Int?

  package init(_ text: String = "", multiline: Bool = true, wrapWidth: Int = 60) {
    self.multiline = multiline
    self.wrapWidth = max(2, wrapWidth)
    self.lines = [[]]
    setText(text)
  }

  /// The whole text, lines joined with "\n".
  package var text: String { lines.map { String($0) }.joined(separator: "\n") }

  package var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

  /// Replaces the whole text (e.g. from the external editor); the cursor goes to the end.
  package mutating func setText(_ text: String) {
    let normalised = text.replacingNewlines(multiline: multiline)
    lines = normalised.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    line = lines.count - 1
    column = lines[line].count
    goalColumn = nil
  }

  // MARK: Editing

  /// Inserts typed or pasted text at the cursor. A combining mark joins the
  /// grapheme before it, as it would on paper. Control characters from a
  /// paste (an escape sequence, a bidirectional override) are left out, as
  /// the command line refuses them: a tab becomes a space, and only a
  /// multi-line field keeps line breaks.
  package mutating func insert(_ typed: String) {
    goalColumn = nil
    var kept = String.UnicodeScalarView()
    for scalar in typed.unicodeScalars {
      if scalar == "\t" {
        kept.append(" ")
      } else if !Sanitized.isControl(scalar) || scalar == "\n" || scalar == "\r" {
        kept.append(scalar)
      }
    }
    let normalised = String(kept).replacingNewlines(multiline: multiline)
    let pieces = normalised.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    let before = String(lines[line][..<column])
    let after = String(lines[line][column...])
    if pieces.count == 1 {
      let joined = Array(before + pieces[0])
      lines[line] = Array(before + pieces[0] + after)
      column = min(joined.count, lines[line].count)
      return
    }
    var newLines = [Array(before + pieces[0])]
    for piece in pieces.dropFirst().dropLast() { newLines.append(Array(piece)) }
    let lastHead = Array(pieces[pieces.count - 1])
    newLines.append(Array(pieces[pieces.count - 1] + after))
    lines.replaceSubrange(line...line, with: newLines)
    line += newLines.count - 1
    column = min(lastHead.count, lines[line].count)
  }

  /// Backspace: removes the grapheme before the cursor, or joins with the line above.
  package mutating func deleteBackward() {
    goalColumn = nil
    if column > 0 {
      lines[line].remove(at: column - 1)
      column -= 1
      renormalise(line)
    } else if line > 0 {
      let previous = lines[line - 1].count
      lines[line - 1].append(contentsOf: lines[line])
      lines.remove(at: line)
      line -= 1
      column = previous
      renormalise(line)
    }
  }

  /// Delete: removes the grapheme under the cursor, or joins the line below.
  package mutating func deleteForward() {
    goalColumn = nil
    if column < lines[line].count {
      lines[line].remove(at: column)
      renormalise(line)
    } else if line + 1 < lines.count {
      lines[line].append(contentsOf: lines[line + 1])
      lines.remove(at: line + 1)
      renormalise(line)
    }
  }

  /// Re-segments a line after an edit so that graphemes that now touch
  /// (a base letter and a combining mark) become one, keeping the cursor
  /// after the same text.
  private mutating func renormalise(_ index: Int) {
    let before = String(lines[index][..<min(column, lines[index].count)])
    let whole = String(lines[index])
    let segmented = Array(whole)
    if segmented.count != lines[index].count {
      lines[index] = segmented
      if index == line { column = min(Array(before).count, segmented.count) }
    }
  }

  // MARK: Moving

  package mutating func moveLeft() {
    goalColumn = nil
    if column > 0 {
      column -= 1
    } else if line > 0 {
      line -= 1
      column = lines[line].count
    }
  }

  package mutating func moveRight() {
    goalColumn = nil
    if column < lines[line].count {
      column += 1
    } else if line + 1 < lines.count {
      line += 1
      column = 0
    }
  }

  /// Home: the start of the wrapped row the cursor is on (again: of the line).
  package mutating func moveHome() {
    goalColumn = nil
    let row = rows()[cursorRowIndex()]
    column = column == row.start ? 0 : row.start
  }

  /// End: the end of the wrapped row the cursor is on (again: of the line).
  package mutating func moveEnd() {
    goalColumn = nil
    let all = rows()
    let rowIndex = cursorRowIndex()
    let row = all[rowIndex]
    let rowEnd = row.isLastOfLine ? row.end : max(row.start, row.end - 1)
    column = column == rowEnd ? lines[line].count : rowEnd
  }

  package mutating func moveToStart() {
    goalColumn = nil
    line = 0
    column = 0
  }

  package mutating func moveToEnd() {
    goalColumn = nil
    line = lines.count - 1
    column = lines[line].count
  }

  /// Up: the wrapped row above, keeping the display column.
  package mutating func moveUp() { moveVertically(by: -1) }

  /// Down: the wrapped row below, keeping the display column.
  package mutating func moveDown() { moveVertically(by: 1) }

  private mutating func moveVertically(by step: Int) {
    let all = rows()
    let current = cursorRowIndex(in: all)
    let goal = goalColumn ?? cursorPosition().x
    let target = current + step
    guard all.indices.contains(target) else {
      if step < 0 { moveToStart() } else { moveToEnd() }
      return
    }
    let row = all[target]
    let graphemes = lines[row.line]
    let lastOffset = row.isLastOfLine ? row.end : max(row.start, row.end - 1)
    var offset = row.start
    var width = 0
    while offset < lastOffset {
      let next = width + DisplayWidth.of(graphemes[offset])
      if next > goal { break }
      width = next
      offset += 1
    }
    line = row.line
    column = offset
    goalColumn = goal
  }

  // MARK: Keys

  /// Applies an editing key; false when the key is not the field's (Tab, Esc, Ctrl-S …),
  /// so the form can act on it.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      insert(String(character))
      return true
    case .paste(let text):
      insert(text)
      return true
    default:
      break
    }
    switch ActionTable.action(for: key, in: [.text]) {
    case .textNewline:
      guard multiline else { return false }
      insert("\n")
    case .textBackspace: deleteBackward()
    case .textDelete: deleteForward()
    case .textLeft: moveLeft()
    case .textRight: moveRight()
    case .textUp:
      guard multiline || lines.count > 1 else { return false }
      moveUp()
    case .textDown:
      guard multiline || lines.count > 1 else { return false }
      moveDown()
    case .textHome: moveHome()
    case .textEnd: moveEnd()
    default: return false
    }
    return true
  }

  // MARK: Wrapping

  /// One wrapped row: graphemes `start..<end` of logical line `line`.
  package struct Row: Hashable, Sendable {
    package var line: Int
    package var start: Int
    package var end: Int
    package var isLastOfLine: Bool
  }

  /// The rows of the text wrapped at `wrapWidth`: at a space where possible,
  /// else inside a word; a wide character never straddles two rows. Spaces
  /// at a break stay on the row before it and may hang over the edge.
  package func rows() -> [Row] {
    var result: [Row] = []
    for (index, graphemes) in lines.enumerated() {
      result.append(contentsOf: TextField.wrap(graphemes, line: index, width: wrapWidth))
    }
    return result
  }

  static func wrap(_ graphemes: [Character], line: Int, width: Int) -> [Row] {
    var rows: [Row] = []
    var start = 0
    while true {
      var offset = start
      var used = 0
      var lastBreak: Int?
      while offset < graphemes.count {
        let character = graphemes[offset]
        if character == " " {
          // Spaces hang: they never force a break themselves.
          offset += 1
          used += 1
          lastBreak = offset
          continue
        }
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > width, offset > start { break }
        used += characterWidth
        offset += 1
      }
      if offset >= graphemes.count {
        rows.append(Row(line: line, start: start, end: graphemes.count, isLastOfLine: true))
        return rows
      }
      let end = lastBreak.map { $0 > start ? $0 : offset } ?? offset
      rows.append(Row(line: line, start: start, end: end, isLastOfLine: false))
      start = end
    }
  }

  /// The text of each wrapped row, hanging spaces included.
  package func wrappedLines() -> [String] {
    rows().map { String(lines[$0.line][$0.start..<$0.end]) }
  }

  /// The rows as they are drawn: at most `wrapWidth` columns each. A space
  /// that hangs past the edge (where the cursor may stand) is left off, so a
  /// word that ends at the edge is never cut to make room for it.
  package func visibleLines() -> [String] {
    wrappedLines().map { row in
      var shown = row
      while DisplayWidth.of(shown) > wrapWidth, shown.last == " " { shown.removeLast() }
      return shown
    }
  }

  private func cursorRowIndex() -> Int { cursorRowIndex(in: rows()) }

  private func cursorRowIndex(in all: [Row]) -> Int {
    var found = 0
    for (index, row) in all.enumerated() where row.line == line {
      if column >= row.start && (column < row.end || row.isLastOfLine) { return index }
      found = index
    }
    return found
  }

  /// Where the terminal cursor stands, in wrapped rows and display columns
  /// from the top left of the field. A cursor after a full row, or on a
  /// hanging space, stands on the edge (column `wrapWidth`).
  package func cursorPosition() -> Position {
    let all = rows()
    let index = cursorRowIndex(in: all)
    let row = all[index]
    let width = lines[line][row.start..<column].reduce(0) { $0 + DisplayWidth.of($1) }
    return Position(x: min(width, wrapWidth), y: index)
  }
}

extension String {
  /// Carriage returns become newlines; a single-line field turns every newline into a space.
  fileprivate func replacingNewlines(multiline: Bool) -> String {
    var result = ""
    var previousWasCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        result.unicodeScalars.append(multiline ? "\n" : " ")
        previousWasCR = true
        continue
      }
      if scalar == "\n" {
        if !previousWasCR { result.unicodeScalars.append(multiline ? "\n" : " ") }
        previousWasCR = false
        continue
      }
      if scalar == "\t" {
        result.unicodeScalars.append(" ")
      } else {
        result.unicodeScalars.append(scalar)
      }
      previousWasCR = false
    }
    return result
  }
}
