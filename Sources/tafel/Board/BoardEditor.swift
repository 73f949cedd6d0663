// `$VISUAL` or `$EDITOR` (else vi) on a temporary file, for long texts in the
// decision form. The terminal is handed over while the editor runs; the file
// is private (0600) and removed afterwards.

import Foundation
import TafelTerminal

#if canImport(Glibc)
  import Glibc
#endif

enum BoardEditor {
  /// The edited text, or nil when the editor failed (the text stays as it was).
  static func edit(_ text: String, terminal: Terminal, environment: [String: String]) -> String? {
    let editor =
      [environment["VISUAL"], environment["EDITOR"]]
      .compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
    let directory = FileManager.default.temporaryDirectory.path
    let path = directory + "/tafel-edit-\(getpid())-\(UUID().uuidString.prefix(8)).txt"
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    else { return nil }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let status = terminal.runOutside { run(["/bin/sh", "-c", editor + " \"$1\"", "editor", path]) }
    guard status == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
    var edited = String(decoding: data, as: UTF8.self)
    if edited.hasSuffix("\n") && !text.hasSuffix("\n") { edited.removeLast() }
    return edited
  }

  /// Runs a program on this terminal and waits for it; its exit status.
  private static func run(_ arguments: [String]) -> Int32 {
    var pid: pid_t = 0
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    let spawned = posix_spawn(&pid, arguments[0], nil, nil, cArguments, environ)
    guard spawned == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
  }
}
