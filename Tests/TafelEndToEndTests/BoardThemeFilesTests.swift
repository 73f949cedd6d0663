// The binary carries its own copy of themes/*.json (Sources/tafel/Board/BoardThemes.swift),
// so `tafel --theme light` works wherever the binary is. This test keeps the
// copy equal to the files; with TAFEL_RECORD=1 it rewrites the copy.
import Foundation
import TafelTestSupport
import Testing

@Suite("Built-in theme copies")
struct BoardThemeFilesTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let generated = root.appendingPathComponent("Sources/tafel/Board/BoardThemes.swift")

  @Test("BoardThemes.swift holds exactly the files in themes/")
  func embeddedCopyEqualsFiles() throws {
    let themes = try BoardThemeFilesTests.themeFiles()
    #expect(!themes.isEmpty, "no themes/*.json found under \(BoardThemeFilesTests.root.path)")
    GoldenFile.check(
      BoardThemeFilesTests.source(for: themes), at: BoardThemeFilesTests.generated,
      name: "Sources/tafel/Board/BoardThemes.swift", rerecord: "BoardThemeFiles")
  }

  static func themeFiles() throws -> [(name: String, text: String)] {
    let directory = root.appendingPathComponent("themes")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    return try names.map { name in
      (
        String(name.dropLast(5)),
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
      )
    }
  }

  /// The Swift file that embeds `themes`: each as a raw multi-line string.
  static func source(for themes: [(name: String, text: String)]) -> String {
    var lines = [
      "// The themes of themes/*.json, built into the binary. Generated: do not edit",
      "// by hand. After changing a theme file, run",
      "//   TAFEL_RECORD=1 swift test --filter BoardThemeFiles",
      "// which rewrites this file; the same test fails while the copies differ.",
      "// The theme files are kept as written, so swift format leaves this file alone.",
      "// swift-format-ignore-file",
      "",
      "enum BoardThemes {",
      "  static let files: [String: String] = [",
    ]
    for theme in themes {
      let body = theme.text.hasSuffix("\n") ? String(theme.text.dropLast()) : theme.text
      lines.append("    \"\(theme.name)\": #\"\"\"")
      lines.append(body)
      lines.append("\"\"\"#,")
    }
    lines.append("  ]")
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}
