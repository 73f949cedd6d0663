// Where the board's loop draws and reads its input: the terminal (ncurses),
// or a script of keys without a terminal (`tafel board --script`,
// BoardScript.swift). The loop, the store and the watcher are the same for
// both.

import TafelScreen
import TafelTerminal

protocol BoardScreen: AnyObject {
  /// The size in cells.
  var size: (width: Int, height: Int) { get }
  /// Workers wake the loop through it.
  var wakePipe: WakePipe { get }
  /// Waits at most `timeoutMilliseconds` for a key, a wake-up or a signal.
  func nextInput(timeoutMilliseconds: Int) -> TerminalInput
  func draw(_ grid: CellGrid)
  /// The next frame is drawn whole.
  func clearOnNextDraw()
  /// Hands the terminal to another program (an editor) while `body` runs.
  func runOutside<T>(_ body: () throws -> T) rethrows -> T
}

extension Terminal: BoardScreen {}
