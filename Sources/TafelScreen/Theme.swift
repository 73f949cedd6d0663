// Colour themes: each style role gets a foreground, a background, attributes,
// and the attributes to use on a terminal without colour ("mono"). Themes are
// JSON (themes/*.json, docs/themes.md); a theme names only the roles it
// changes, the rest come from the built-in default. Reading the file is the
// caller's job: this type decodes from Data.

import Foundation

/// The eight basic terminal colours, and the terminal's own default.
package enum ThemeColor: String, Codable, CaseIterable, Sendable {
  case `default`
  case black
  case red
  case green
  case yellow
  case blue
  case magenta
  case cyan
  case white
}

package enum TextAttribute: String, Codable, CaseIterable, Sendable {
  case bold
  case reverse
  case underline
  case dim
}

/// How one role looks in colour and without it.
package struct RoleStyle: Codable, Hashable, Sendable {
  package var foreground: ThemeColor
  package var background: ThemeColor
  package var attributes: [TextAttribute]
  /// Attributes used instead when colour is off (monochrome terminal, NO_COLOR).
  package var mono: [TextAttribute]

  package init(
    foreground: ThemeColor = .default, background: ThemeColor = .default,
    attributes: [TextAttribute] = [], mono: [TextAttribute] = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.mono = mono
  }

  enum CodingKeys: String, CodingKey {
    case foreground = "fg"
    case background = "bg"
    case attributes
    case mono
  }

  package init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    foreground = try container.decodeIfPresent(ThemeColor.self, forKey: .foreground) ?? .default
    background = try container.decodeIfPresent(ThemeColor.self, forKey: .background) ?? .default
    attributes = try container.decodeIfPresent([TextAttribute].self, forKey: .attributes) ?? []
    mono = try container.decodeIfPresent([TextAttribute].self, forKey: .mono) ?? []
  }
}

package struct Theme: Hashable, Sendable {
  package var name: String
  package var styles: [StyleRole: RoleStyle]

  package init(name: String, styles: [StyleRole: RoleStyle]) {
    self.name = name
    self.styles = styles
  }

  /// The style of a role; roles the theme does not name fall back to the default theme.
  package func style(_ role: StyleRole) -> RoleStyle {
    styles[role] ?? Theme.standard.styles[role] ?? RoleStyle()
  }

  /// Why a theme file could not be used, in one line.
  package struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
  }

  /// Decodes a theme file. Unknown roles, colours or attributes are refused
  /// with a message naming them, so a typo never silently changes nothing.
  package static func decode(_ data: Data) throws -> Theme {
    let file: ThemeFile
    do {
      file = try JSONDecoder().decode(ThemeFile.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      throw Problem(message: describe(context, fallback: "not valid JSON"))
    } catch let DecodingError.keyNotFound(key, context) {
      throw Problem(message: describe(context, fallback: "missing \"\(key.stringValue)\""))
    } catch let DecodingError.typeMismatch(_, context) {
      throw Problem(message: describe(context, fallback: "wrong type"))
    } catch let DecodingError.valueNotFound(_, context) {
      throw Problem(message: describe(context, fallback: "missing value"))
    } catch {
      throw Problem(message: "\(error)")
    }
    var styles: [StyleRole: RoleStyle] = [:]
    for (name, style) in file.roles {
      guard let role = StyleRole(rawValue: name) else {
        let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
        throw Problem(message: "unknown role \"\(name)\" (known: \(known))")
      }
      styles[role] = style
    }
    return Theme(name: file.name ?? "", styles: styles)
  }

  /// The theme as JSON in the documented format, roles sorted.
  package func encoded() -> Data {
    let file = ThemeFile(
      name: name,
      roles: Dictionary(uniqueKeysWithValues: styles.map { ($0.key.rawValue, $0.value) }))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(file)) ?? Data()
  }

  private static func describe(_ context: DecodingError.Context, fallback: String) -> String {
    let path = context.codingPath.map(\.stringValue).joined(separator: ".")
    let reason = context.debugDescription.isEmpty ? fallback : context.debugDescription
    return path.isEmpty ? reason : "\(path): \(reason)"
  }
}

/// The JSON shape of a theme file.
struct ThemeFile: Codable {
  var name: String?
  var roles: [String: RoleStyle]
}
