// One thing wrong with one file of the store, at a position in it, printed the
// way compilers do ("path:line:column: message") so that editors can jump there.

import TafelCore

package struct StoreProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// The file as the user would type it: the store's path joined with the relative path.
  package var path: String
  /// 1-based; 1 when the problem has no better place.
  package var line: Int
  /// 1-based, counted in characters.
  package var column: Int
  package var message: String

  package init(path: String, line: Int = 1, column: Int = 1, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// One line, always: a message quotes what the file holds (a decoding error
  /// names the bad value), and a newline in it must not forge a second problem.
  package var description: String {
    Sanitized.line("\(path):\(line):\(column): \(message)")
  }
}
