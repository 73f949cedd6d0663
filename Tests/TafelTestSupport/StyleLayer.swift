// The style layer of a screen golden: one letter per cell for the style role
// it is drawn in, so a test fails when a warning turns normal or a selection
// loses its highlight, not only when the text changes. Beside each
// `<name>.txt` golden is `<name>.roles.txt` with this layer.
//
//   .  normal          h  header          H  header (privacy)   f  footer
//   k  footer key      t  title           T  title with focus   b  border
//   B  border w. focus s  selected        S  selected, no focus w  warning
//   e  error           g  success         d  dim                m  marker
//   p  in progress     x  superseded      o  overlay            O  overlay title
//   i  input

import TafelScreen

package enum StyleLayer {
  package static func letter(_ role: StyleRole) -> Character {
    switch role {
    case .normal: "."
    case .header: "h"
    case .headerPrivate: "H"
    case .footer: "f"
    case .footerKey: "k"
    case .title: "t"
    case .focusTitle: "T"
    case .border: "b"
    case .focusBorder: "B"
    case .selected: "s"
    case .selectedInactive: "S"
    case .warning: "w"
    case .error: "e"
    case .success: "g"
    case .dim: "d"
    case .marker: "m"
    case .inProgress: "p"
    case .superseded: "x"
    case .overlay: "o"
    case .overlayTitle: "O"
    case .input: "i"
    }
  }

  /// The grid's roles, one line per row, one letter per cell.
  package static func text(of grid: CellGrid) -> String {
    var lines: [String] = []
    for y in 0..<grid.height {
      var line = ""
      for x in 0..<grid.width { line.append(letter(grid[x, y].role)) }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
