// The themes of themes/*.json, built into the binary. Generated: do not edit
// by hand. After changing a theme file, run
//   TAFEL_RECORD_THEMES=1 swift test --filter BoardThemeFiles
// which rewrites this file; the same test fails while the copies differ.

enum BoardThemes {
  static let files: [String: String] = [:]
}
