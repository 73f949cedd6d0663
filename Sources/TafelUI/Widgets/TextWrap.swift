// Word wrap by display columns, for texts that must be read whole (signals,
// read-back): breaks at spaces, and splits a word longer than a line.

import TafelCore
import TafelScreen

extension DisplayWidth {
  /// The text broken into lines of at most `columns` columns.
  package static func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        var wordWidth = of(word)
        if lineWidth > 0 && lineWidth + 1 + wordWidth <= columns {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        while wordWidth > columns {
          var head = ""
          var headWidth = 0
          var rest = Substring(word)
          while let character = rest.first, headWidth + of(character) <= columns {
            head.append(character)
            headWidth += of(character)
            rest = rest.dropFirst()
          }
          if head.isEmpty { break }
          lines.append(head)
          word = String(rest)
          wordWidth = of(word)
        }
        line = word
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines
  }
}
