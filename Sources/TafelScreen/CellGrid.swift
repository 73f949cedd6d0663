// The screen as a plain grid of cells. Every frame is drawn here first; the
// ncurses backend only copies it out, and tests compare its `text` with
// golden files. A wide character is a lead cell followed by a continuation
// cell, so one row always has exactly `width` cells.

import TafelCore

package struct Cell: Hashable, Sendable {
  /// The grapheme shown; a space for blank cells and continuation cells.
  package var character: Character
  /// 1 for an ordinary cell, 2 for the lead cell of a wide character,
  /// 0 for the continuation cell right of a wide character.
  package var width: UInt8
  package var role: StyleRole

  package init(character: Character = " ", width: UInt8 = 1, role: StyleRole = .normal) {
    self.character = character
    self.width = width
    self.role = role
  }

  package var isContinuation: Bool { width == 0 }

  package static let blank = Cell()

  /// The code points of one cell of a cluster as a Character: they are
  /// always one grapheme cluster (a visible code point and what extends it),
  /// except for code points Unicode starts a cluster with; those keep the first.
  static func character(_ scalars: [Unicode.Scalar]) -> Character {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return text.count == 1 ? Character(text) : Character(scalars[0])
  }
}

package struct CellGrid: Sendable {
  package let width: Int
  package let height: Int
  package private(set) var cells: [Cell]
  /// Where the terminal cursor should stand (a text field being edited), else hidden.
  package var cursor: Position?

  package init(width: Int, height: Int, role: StyleRole = .normal) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: Cell(role: role), count: self.width * self.height)
  }

  package var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  package subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Writes `text` from column `x` on row `y`, at most `maxWidth` columns (to
  /// the right edge when nil). Controls are shown as stand-ins; a wide character that
  /// does not fit whole becomes a space. Returns the number of columns used.
  @discardableResult
  package mutating func put(
    _ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole = .normal
  ) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let limit = min(width, x + (maxWidth ?? width))
    var column = x
    for character in text {
      if column >= limit { break }
      // A control character, escape or bidirectional override from the data
      // is drawn as its visible stand-in (Sanitized), never sent to the terminal.
      if character.unicodeScalars.contains(where: Sanitized.isControl) {
        column += put(
          Sanitized.line(String(character)), x: column, y: y, maxWidth: limit - column, role: role)
        continue
      }
      let characterWidth = DisplayWidth.of(character)
      if characterWidth == 0 { continue }
      if column < 0 {
        column += characterWidth
        continue
      }
      // A grapheme cluster is cut whole: what does not fit becomes spaces.
      if column + characterWidth > limit {
        while column < limit {
          setCell(x: column, y: y, Cell(character: " ", width: 1, role: role))
          column += 1
        }
        break
      }
      // One cell per visible code point, as the terminal lays the cluster
      // out (शर्मा takes four cells, 👍🏽 two wide ones); the cells' text,
      // sent back to back, is the whole cluster.
      let cells = DisplayWidth.cells(of: character)
      for part in cells {
        let shown = cells.count == 1 ? character : Cell.character(part.scalars)
        setCell(x: column, y: y, Cell(character: shown, width: UInt8(part.width), role: role))
        if part.width == 2 {
          setCell(x: column + 1, y: y, Cell(character: " ", width: 0, role: role))
        }
        column += part.width
      }
    }
    return max(0, column - x)
  }

  /// Sets one cell, clearing the other half of any wide character it cuts through.
  private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
    let index = y * width + x
    let old = cells[index]
    if old.width == 2 && x + 1 < width && cell.width != 2 {
      cells[index + 1] = Cell(character: " ", width: 1, role: cells[index + 1].role)
    }
    if old.width == 0 && x > 0 {
      cells[index - 1] = Cell(character: " ", width: 1, role: cells[index - 1].role)
    }
    cells[index] = cell
  }

  /// Fills a rectangle with blanks of one role.
  package mutating func fill(_ rect: Rect, role: StyleRole = .normal, character: Character = " ") {
    let clipped = clip(rect)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX {
        setCell(x: column, y: row, Cell(character: character, width: 1, role: role))
      }
    }
  }

  /// Changes the role of the cells in a rectangle, keeping their characters.
  package mutating func restyle(_ rect: Rect, role: StyleRole) {
    let clipped = clip(rect)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX { cells[row * width + column].role = role }
    }
  }

  /// The part of `rect` that lies on the grid.
  package func clip(_ rect: Rect) -> Rect {
    let left = max(0, rect.x)
    let top = max(0, rect.y)
    let right = min(width, rect.maxX)
    let bottom = min(height, rect.maxY)
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// One row as text: continuation cells add nothing, so the text has the row's display width.
  package func line(_ y: Int) -> String {
    var text = ""
    text.reserveCapacity(width)
    for column in 0..<width {
      let cell = cells[y * width + column]
      if cell.width != 0 { text.append(cell.character) }
    }
    return text
  }

  /// Every row as text, trailing spaces removed (for golden files).
  package var lines: [String] {
    (0..<height).map { row in
      var text = line(row)
      while text.last == " " { text.removeLast() }
      return text
    }
  }

  /// The whole grid as text, one line per row.
  package var text: String { lines.joined(separator: "\n") + "\n" }
}
