// Finds the python3 interpreter the test process itself would run, as an
// absolute path to the real binary, so a script run inside a tmux pane —
// whose PATH is pinned to the system directories and whose HOME is private —
// can use it. CI's python3 may be a pyenv shim outside /usr/bin.
import Foundation

enum ExecutableSearch {
  /// The interpreter behind `python3` on this process's PATH
  /// (`sys.executable`); throws with what went wrong when there is none.
  static func python3() throws -> String {
    let result = try ProcessRun.run(
      ["/usr/bin/env", "python3", "-c", "import sys; print(sys.executable)"])
    let path = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    guard result.status == 0, path.hasPrefix("/"),
      FileManager.default.isExecutableFile(atPath: path)
    else {
      throw HarnessFailure("this test needs python3 on PATH: \(result)")
    }
    return path
  }
}
