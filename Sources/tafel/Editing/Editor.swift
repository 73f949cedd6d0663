// $VISUAL (else $EDITOR, else vi) on a private copy, for every place Tafel
// hands text to an editor: `tafel edit`, the board's `e` on a pane and the
// long fields of the decision form. The copy is a 0600 file in a 0700
// directory of its own (never a name in a shared /tmp that another user
// could guess or read), and the editor is started by the one process runner.

import Foundation
import TafelStore

#if canImport(Glibc)
  import Glibc
#endif

enum Editor {
  /// The editor command: $VISUAL, else $EDITOR, else vi, run by /bin/sh so
  /// that "code --wait" and other editor arguments work.
  static func command(environment: [String: String]) -> String {
    [environment["VISUAL"], environment["EDITOR"]]
      .compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
  }

  /// Runs the editor on `path` on this terminal and waits; its exit status
  /// (127 when it could not be started).
  static func run(on path: String, environment: [String: String]) -> Int32 {
    ProcessRunner.runAttached(
      "/bin/sh", ["-c", command(environment: environment) + " \"$1\"", "editor", path],
      environment: environment)
  }
}

/// The private copy the editor works on: a 0600 file in a 0700 directory of its own.
struct TemporaryCopy {
  let directory: String
  let path: String

  init(fileName: String, data: Data) throws {
    let base = FileManager.default.temporaryDirectory.path + "/tafel-edit-XXXXXX"
    var template = Array(base.utf8CString)
    guard let made = mkdtemp(&template) else {
      throw CommandFailure.data("\(base): cannot make a private directory for the copy")
    }
    directory = String(cString: made)
    chmod(directory, 0o700)
    path = directory + "/" + fileName
    guard
      FileManager.default.createFile(
        atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
    else {
      remove()
      throw CommandFailure.data("\(path): cannot write the copy")
    }
  }

  func remove() { try? FileManager.default.removeItem(atPath: directory) }
}
