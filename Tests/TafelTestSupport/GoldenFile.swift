// Every file a test compares with what Tafel makes — screen goldens (text and
// style roles), the minutes, docs/keys.md, the built-in theme copies — is
// checked and re-recorded the same way:
//   - a difference fails with the first differing line and the command that
//     re-records it;
//   - `TAFEL_RECORD=1` rewrites what differs, prints each file it rewrote and
//     fails the run, so a recording run never passes unread (run again
//     without it to see green);
//   - under CI (`CI` set) recording is refused: CI compares, never writes.

import Foundation
import Testing

package enum GoldenFile {
  /// The environment variable that asks for recording.
  package static let variable = "TAFEL_RECORD"

  package static var recording: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

  static var underCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

  /// Compares `actual` with the file at `url` (shown as `name`); `rerecord`
  /// is the test filter that re-records it.
  package static func check(
    _ actual: String, at url: URL, name: String, rerecord filter: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let expected = try? String(contentsOf: url, encoding: .utf8)
    let command = "\(variable)=1 swift test --filter \(filter)"
    if recording {
      if underCI {
        Issue.record(
          "\(variable)=1 is refused under CI: golden files are compared there, never written",
          sourceLocation: sourceLocation)
      } else {
        guard expected != actual else { return }
        do {
          try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
          try Data(actual.utf8).write(to: url)
          FileHandle.standardError.write(Data("golden: rewrote \(url.path)\n".utf8))
          Issue.record(
            "rewrote \(name): read the diff, then run again without \(variable)",
            sourceLocation: sourceLocation)
        } catch {
          Issue.record("cannot rewrite \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
      }
    }
    guard let expected else {
      Issue.record("no golden file \(name); \(command)", sourceLocation: sourceLocation)
      return
    }
    guard expected != actual else { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let have = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let row =
      (0..<min(want.count, have.count)).first { want[$0] != have[$0] }
      ?? min(want.count, have.count)
    Issue.record(
      """
      \(name) differs from its golden file at line \(row + 1) (\(command) re-records it):
        expected: \(row < want.count ? String(want[row]) : "<none>")
        actual:   \(row < have.count ? String(have[row]) : "<none>")
      whole output:
      \(actual)
      """, sourceLocation: sourceLocation)
  }
}
