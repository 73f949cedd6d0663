// Golden text files: a rendered grid is compared with Tests/TafelUITests/Golden/<name>.txt.
// Re-record after an intended change with
//   TAFEL_RECORD=1 swift test --filter BoardGoldenTests
// and read the diff before committing it.

import Foundation
import TafelScreen
import TafelUI
import Testing

enum Golden {
  static var directory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  }

  static var recording: Bool { ProcessInfo.processInfo.environment["TAFEL_RECORD"] == "1" }

  /// Compares the grid's text with the golden file, or writes it when recording.
  static func check(
    _ grid: CellGrid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name + ".txt")
    let actual = grid.text
    if recording {
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no golden file \(name).txt; TAFEL_RECORD=1 swift test --filter BoardGoldenTests",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(expectedLines, actualLines).enumerated().first {
        $0.element.0 != $0.element.1
      }
      let row = first?.offset ?? min(expectedLines.count, actualLines.count)
      Issue.record(
        """
        \(name) differs from its golden file at row \(row):
        expected: \(row < expectedLines.count ? String(expectedLines[row]) : "<none>")
        actual:   \(row < actualLines.count ? String(actualLines[row]) : "<none>")
        whole screen:
        \(actual)
        """, sourceLocation: sourceLocation)
    }
  }
}
