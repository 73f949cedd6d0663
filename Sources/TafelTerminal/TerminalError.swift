// Why the terminal could not be used. Each case reads as one line for the
// user; all of them are usage problems (exit code 2).

import TafelScreen

package enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, CI).
  case notATerminal
  /// `TERM` is unset, `dumb`, or has no terminfo entry.
  case unusableTerminal(String?)

  package var description: String {
    switch self {
    case .notATerminal:
      return "the board needs a terminal, but standard input or output is not a tty"
    case .unusableTerminal(nil):
      return "TERM is not set: the board cannot draw on an unknown terminal"
        + " (try TERM=xterm-256color)"
    case .unusableTerminal(let name?) where name == "dumb":
      return "TERM=dumb cannot draw a board (try TERM=xterm-256color)"
    case .unusableTerminal(let name?):
      return "TERM=\(name) is not a terminal this system knows (no terminfo entry;"
        + " try TERM=xterm-256color)"
    }
  }

  package var exitCode: Int32 { 2 }
}
