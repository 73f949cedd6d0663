// One row of a list pane, made of styled pieces. Panes build their rows once
// per family and width (BoardApp caches them) and the renderer only copies
// the visible ones into the grid.

import TafelCore
import TafelScreen

package struct Span: Hashable, Sendable {
  package var text: String
  package var role: StyleRole

  package init(_ text: String, _ role: StyleRole = .normal) {
    self.text = text
    self.role = role
  }
}

package struct PaneLine: Hashable, Sendable {
  package var spans: [Span]
  /// What the row is about (a decision id, an assessment id …), so that a
  /// selection survives a change on disk and actions know their subject.
  package var item: String?

  package init(_ spans: [Span], item: String? = nil) {
    self.spans = spans
    self.item = item
  }

  package init(_ text: String, _ role: StyleRole = .normal, item: String? = nil) {
    self.init([Span(text, role)], item: item)
  }

  package var text: String { spans.map(\.text).joined() }
}

/// What a pane needs to build its rows for one family.
struct PaneInput {
  let family: Family
  let directory: DirectoryIndex
  let today: Day
  let strings: Strings
  let thresholds: SignalThresholds
  let zone: TimeZoneRule
  /// False in privacy mode for a family other than the one under discussion.
  let showNames: Bool
  /// Columns available for text.
  let width: Int

  /// Free text about the family, or a notice that it is hidden in privacy mode.
  func personal(_ text: String) -> String { showNames ? text : strings.hidden }

  func memberName(_ id: String) -> String {
    guard let member = family.member(id) else { return id }
    return showNames ? member.name : Privacy.initials(of: member.name)
  }
}

extension PaneLine {
  /// The row as screen rows of at most `width` columns: broken at spaces (a
  /// word longer than a row is split), each piece keeping its style, the
  /// rows after the first indented under the text after the row's marker
  /// ("• ", "! ", "  ★ "). A row that fits is one row.
  package func wrapped(to width: Int) -> [[Span]] {
    guard width > 0 else { return [] }
    var cells: [(character: Character, role: StyleRole)] = []
    for span in spans {
      for character in span.text { cells.append((character, span.role)) }
    }
    let total = cells.reduce(0) { $0 + DisplayWidth.of($1.character) }
    guard total > width else { return [spans] }
    // The indent: the leading spaces and marker characters, at most a third of the row.
    var indent = 0
    for cell in cells {
      guard !cell.character.isLetter, !cell.character.isNumber else { break }
      indent += DisplayWidth.of(cell.character)
    }
    indent = min(indent, width / 3)

    var rows: [[(character: Character, role: StyleRole)]] = []
    var row: [(character: Character, role: StyleRole)] = []
    var used = 0
    var limit = width
    for cell in cells {
      let cellWidth = DisplayWidth.of(cell.character)
      if used + cellWidth > limit {
        // Break after the last space of the row when there is one.
        var carried: [(character: Character, role: StyleRole)] = []
        // Not inside a number written in groups (a phone number "0318 000 630").
        let breakable = row.indices.filter { index in
          guard row[index].character == " " else { return false }
          let before = index > 0 ? row[index - 1].character : " "
          let after = index + 1 < row.count ? row[index + 1].character : cell.character
          return !(before.isNumber && after.isNumber)
        }
        if let space = breakable.last, space > indent {
          carried = Array(row[(space + 1)...])
          row = Array(row[..<space])
        }
        rows.append(row)
        row = Array(repeating: (" ", StyleRole.normal), count: indent) + carried
        used = indent + carried.reduce(0) { $0 + DisplayWidth.of($1.character) }
        limit = width
      }
      if cell.character == " ", used == indent, !rows.isEmpty { continue }
      row.append(cell)
      used += cellWidth
    }
    rows.append(row)
    return rows.map { cells in
      var spans: [Span] = []
      for cell in cells {
        if let last = spans.last, last.role == cell.role {
          spans[spans.count - 1].text.append(cell.character)
        } else {
          spans.append(Span(String(cell.character), cell.role))
        }
      }
      return spans
    }
  }
}
