// Screen goldens: a rendered grid is compared with Tests/TafelUITests/Golden/
// <name>.txt (its text) and <name>.roles.txt (its style roles, one letter per
// cell; see StyleLayer). Re-record after an intended change with
//   TAFEL_RECORD=1 swift test --filter TafelUITests
// which rewrites what differs and fails, naming each file; read the diff,
// then run again without it.

import Foundation
import TafelScreen
import TafelTestSupport
import TafelUI
import Testing

enum Golden {
  static var directory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  }

  /// Compares the grid's text and style roles with the golden files.
  static func check(
    _ grid: CellGrid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    GoldenFile.check(
      grid.text, at: directory.appendingPathComponent(name + ".txt"), name: name + ".txt",
      rerecord: "TafelUITests", sourceLocation: sourceLocation)
    GoldenFile.check(
      StyleLayer.text(of: grid), at: directory.appendingPathComponent(name + ".roles.txt"),
      name: name + ".roles.txt", rerecord: "TafelUITests", sourceLocation: sourceLocation)
  }
}
