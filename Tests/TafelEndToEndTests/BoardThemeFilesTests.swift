// The built-in themes have one source, their values in
// TafelScreen/BuiltInThemes.swift; themes/*.json are those values written
// out, for a user to copy and change. This test keeps each file equal to its
// theme's encoding, and no file without a theme; with TAFEL_RECORD=1 it
// writes the files again.
import Foundation
import TafelScreen
import TafelTestSupport
import Testing

@Suite("Built-in themes written out")
struct BoardThemeFilesTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test("themes/NAME.json is the built-in theme NAME, for every built-in theme")
  func filesEqualBuiltInThemes() throws {
    let directory = BoardThemeFilesTests.root.appendingPathComponent("themes")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    #expect(files == Theme.builtIn.keys.sorted(), "themes/ holds a file without a built-in theme")
    for (name, theme) in Theme.builtIn.sorted(by: { $0.key < $1.key }) {
      GoldenFile.check(
        String(decoding: theme.encoded(), as: UTF8.self) + "\n",
        at: directory.appendingPathComponent(name + ".json"), name: "themes/\(name).json",
        rerecord: "BoardThemeFiles")
    }
  }
}
