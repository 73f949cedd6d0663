// The board without a terminal (`tafel board --script FILE --dump DIR`) on a
// fresh demo store: the real binary, loop, store and watcher, keys from a
// script, the screens written as text. No tmux, and no time waited but what
// the board itself takes: every `wait` in a script waits for the screen.
import Foundation

final class ScriptedBoard {
  let directory: TemporaryDirectory
  let home: String
  let store: String

  init() throws {
    directory = try TemporaryDirectory()
    home = directory.file("home")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    store = try DemoStore.make(in: directory, home: home)
  }

  /// Where the screens of the run named `name` are written.
  func dumps(_ name: String) -> String { directory.file("screens-" + name) }

  /// Runs the board on `script` (its lines); the screens go to `dumps(name)`.
  func run(
    _ script: [String], name: String = "run", arguments: [String] = ["board", "--no-mouse"]
  ) throws -> ProcessResult {
    let path = directory.file(name + ".script")
    try Data((script.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.createDirectory(
      atPath: dumps(name), withIntermediateDirectories: true)
    return try ProcessRun.run(
      [try TafelBinary.path()] + arguments + [
        "--store", store, "--script", path, "--dump", dumps(name),
      ], environment: TmuxSession.pinnedEnvironment(home: home))
  }

  /// A screen the script dumped.
  func screen(_ name: String, run: String = "run") throws -> String {
    try String(contentsOfFile: dumps(run) + "/" + name + ".txt", encoding: .utf8)
  }

  /// Runs another `tafel` command on the same store, as from a second terminal.
  func tafel(_ arguments: [String]) throws -> ProcessResult {
    try ProcessRun.run(
      [try TafelBinary.path()] + arguments + ["--store", store],
      environment: TmuxSession.pinnedEnvironment(home: home))
  }
}
