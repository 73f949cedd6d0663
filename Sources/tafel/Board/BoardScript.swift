// `tafel board --script FILE --dump DIR`: the board without a terminal. The
// real loop, store, watcher and workers run; keys come from a script and the
// frames go to a cell grid, written to DIR as text where the script says.
// Tests drive the board through it without tmux and without timing: a
// `wait` waits for the screen (or the store, through the watcher) to show
// something, never for a fixed time.
//
// A script is one command a line; `#` starts a comment:
//   size 120 40          the screen's size (before the first key; 120×40 else)
//   keys j j Enter C-s   keys by tmux's names (Enter, Escape, Tab, BTab, Up,
//                        PPage, BSpace, Space, C-s, F1, or one character)
//   type Vader is ziek   the text as typed, a key a character
//   wait Agenda          until the screen shows the text (10 s at most)
//   wait-gone Agenda     until it no longer does
//   dump start           writes the screen to DIR/start.txt
// The board ends after the last line, as after a signal: drafts are kept,
// queued commits made. A wait that is not met writes the screen to
// DIR/failed.txt and ends the board with exit 1 and one line naming the
// script's line.

import Foundation
import TafelScreen
import TafelTerminal

/// One line of a board script.
enum BoardScriptStep: Equatable {
  case size(width: Int, height: Int)
  case keys([Key])
  case wait(String, present: Bool)
  case dump(String)
}

/// A script read and checked before the board opens.
struct BoardScriptFile {
  var steps: [(line: Int, step: BoardScriptStep)]

  /// How long a `wait` waits before the script fails.
  static let waitMilliseconds = 10_000

  /// Reads `text`; a line it cannot take is one `path:line:column: message`.
  init(_ text: String, path: String) throws {
    steps = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let number = index + 1
      let command = line.prefix { $0 != " " }
      let rest = line.dropFirst(command.count).trimmingCharacters(in: .whitespaces)
      let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
      /// The line's problem at the character `offset` of the raw line, else at the command.
      func refuse(_ message: String, at offset: Int? = nil) -> CommandFailure {
        CommandFailure.usage("\(path):\(number):\((offset ?? indent) + 1): \(message)")
      }
      switch command {
      case "size":
        let numbers = rest.split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 2, (20...500).contains(numbers[0]), (5...200).contains(numbers[1])
        else { throw refuse("size takes a width and a height, e.g. size 120 40") }
        steps.append((number, .size(width: numbers[0], height: numbers[1])))
      case "keys":
        var keys: [Key] = []
        // Each name with where it starts in the raw line, for the column.
        var start = indent + command.count
        for name in raw.dropFirst(start).split(separator: " ", omittingEmptySubsequences: false) {
          defer { start += name.count + 1 }
          guard !name.isEmpty else { continue }
          guard let key = Key(name: String(name)) else {
            throw refuse(
              "\"\(name)\" is not a key (Enter, Escape, Tab, Up, C-s, F1, a character)",
              at: start)
          }
          keys.append(key)
        }
        guard !keys.isEmpty else { throw refuse("keys names at least one key") }
        steps.append((number, .keys(keys)))
      case "type":
        guard !rest.isEmpty else { throw refuse("type needs the text to type") }
        steps.append((number, .keys(rest.map { Key.character($0) })))
      case "wait", "wait-gone":
        guard !rest.isEmpty else { throw refuse("\(command) needs the text to wait for") }
        steps.append((number, .wait(rest, present: command == "wait")))
      case "dump":
        guard !rest.isEmpty, !rest.contains("/"), !rest.hasPrefix(".") else {
          throw refuse("dump needs a name for the file (letters, no /)")
        }
        steps.append((number, .dump(rest)))
      default:
        throw refuse(
          "\"\(command)\" is not a script command (size, keys, type, wait, wait-gone, dump)")
      }
    }
  }
}

/// The screen of a scripted board: keys from the script, frames kept.
final class BoardScriptScreen: BoardScreen {
  let wakePipe = WakePipe()
  private(set) var size: (width: Int, height: Int) = (120, 40)
  private var steps: ArraySlice<(line: Int, step: BoardScriptStep)>
  private var pendingKeys: [Key] = []
  private var lastFrame: CellGrid?
  private var waitStarted: Int?
  private let dumpDirectory: String
  private let scriptPath: String
  /// Why the script failed, once it has.
  private(set) var failure: String?

  init(script: BoardScriptFile, scriptPath: String, dumpDirectory: String) {
    steps = script.steps[...]
    self.scriptPath = scriptPath
    self.dumpDirectory = dumpDirectory
  }

  func nextInput(timeoutMilliseconds: Int) -> TerminalInput {
    while true {
      if !pendingKeys.isEmpty { return .key(pendingKeys.removeFirst()) }
      guard let (line, step) = steps.first else { return .stop(signal: 0) }
      switch step {
      case .size(let width, let height):
        steps.removeFirst()
        size = (width, height)
        return .key(.resize)
      case .keys(let keys):
        steps.removeFirst()
        pendingKeys = keys
      case .dump(let name):
        steps.removeFirst()
        guard write(name + ".txt") else {
          return fail("\(scriptPath):\(line):1: cannot write \(dumpDirectory)/\(name).txt")
        }
      case .wait(let text, let present):
        if (lastFrame?.text.contains(text) ?? false) == present {
          steps.removeFirst()
          waitStarted = nil
          continue
        }
        let now = Monotonic.milliseconds()
        let started = waitStarted ?? now
        waitStarted = started
        let left = BoardScriptFile.waitMilliseconds - (now - started)
        if left <= 0 {
          _ = write("failed.txt")
          return fail(
            "\(scriptPath):\(line):1: waited \(BoardScriptFile.waitMilliseconds / 1000) s for "
              + "the screen to \(present ? "show" : "no longer show") \"\(text)\"; "
              + "the screen is in \(dumpDirectory)/failed.txt")
        }
        // The loop draws after every input: a wake-up or the tick brings a new frame.
        let waited = min(left, max(0, timeoutMilliseconds), 100)
        return wakePipe.wait(timeoutMilliseconds: waited) ? .wake : .timeout
      }
    }
  }

  func draw(_ grid: CellGrid) { lastFrame = grid }

  func clearOnNextDraw() {}

  func runOutside<T>(_ body: () throws -> T) rethrows -> T { try body() }

  private func fail(_ message: String) -> TerminalInput {
    failure = message
    steps = []
    pendingKeys = []
    return .stop(signal: 0)
  }

  private func write(_ name: String) -> Bool {
    guard let frame = lastFrame else { return false }
    return FileManager.default.createFile(
      atPath: dumpDirectory + "/" + name, contents: Data(frame.text.utf8),
      attributes: [.posixPermissions: 0o600])
  }
}
