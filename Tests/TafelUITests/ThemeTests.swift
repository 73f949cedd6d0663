// The theme files in themes/: each decodes, names every role, and keeps a
// monochrome fallback for everything that must not depend on colour; the
// default file is the built-in default; a broken theme says what is wrong.

import Foundation
import TafelScreen
import TafelUI
import Testing

@Suite("Themes")
struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  static let names = ["default", "light", "high-contrast", "monochrome"]

  private func load(_ name: String) throws -> Theme {
    let data = try Data(
      contentsOf: ThemeTests.themesDirectory.appendingPathComponent(name + ".json"))
    return try Theme.decode(data)
  }

  @Test("every theme file decodes and names every role", arguments: names)
  func decodes(name: String) throws {
    let theme = try load(name)
    #expect(theme.name == name)
    #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
  }

  @Test("selection, focus, warnings and the header never rely on colour alone", arguments: names)
  func monochromeFallback(name: String) throws {
    let theme = try load(name)
    for role in [
      StyleRole.selected, .focusTitle, .warning, .error, .header, .headerPrivate, .footer,
    ] {
      #expect(!theme.style(role).mono.isEmpty, "\(name): \(role) has no mono attributes")
    }
  }

  @Test("themes/default.json is the built-in default")
  func defaultFile() throws {
    #expect(try load("default") == Theme.standard)
  }

  @Test("the monochrome theme uses no colour at all")
  func monochrome() throws {
    let theme = try load("monochrome")
    for role in StyleRole.allCases {
      #expect(theme.style(role).foreground == .default)
      #expect(theme.style(role).background == .default)
    }
  }

  @Test("a theme names only what it changes; the rest is the default")
  func partial() throws {
    let theme = try Theme.decode(Data(#"{"roles": {"header": {"fg": "red"}}}"#.utf8))
    #expect(theme.style(.header).foreground == .red)
    #expect(theme.style(.header).background == .default)
    #expect(theme.style(.selected) == Theme.standard.style(.selected))
  }

  @Test("a broken theme gives one line naming what is wrong")
  func broken() {
    let cases: [(String, String)] = [
      (#"{"roles": {"heading": {"fg": "red"}}}"#, "unknown role \"heading\""),
      (#"{"roles": {"header": {"fg": "orange"}}}"#, "roles.header.fg"),
      (#"{"roles": {"header": {"attributes": ["blink"]}}}"#, "roles.header.attributes"),
      (#"{"roles": "#, "JSON"),
      (#"{"name": "x"}"#, "roles"),
    ]
    for (json, expected) in cases {
      do {
        _ = try Theme.decode(Data(json.utf8))
        Issue.record("\(json) was accepted")
      } catch {
        let message = "\(error)"
        #expect(message.contains(expected), "\(message)")
        #expect(!message.contains("\n"), "\(message)")
      }
    }
  }

  @Test("a theme survives encoding and decoding")
  func roundTrip() throws {
    #expect(try Theme.decode(Theme.standard.encoded()) == Theme.standard)
  }
}
