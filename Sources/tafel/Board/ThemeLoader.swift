// Finds the theme `--theme` names: one of the themes built into the binary
// (Theme.builtIn, TafelScreen/BuiltInThemes.swift; themes/*.json are those
// written out), or a path to a theme file. A theme that cannot be used gives
// one warning line and the default theme: colours are never worth refusing
// to open the board over.

import Foundation
import TafelScreen
import TafelUI

enum ThemeLoader {
  /// The names of the built-in themes, sorted.
  static var builtInNames: [String] { Theme.builtIn.keys.sorted() }

  /// The theme for `choice` (a name, a path, or nil for the default) and the
  /// warning to print when it could not be used.
  static func load(_ choice: String?) -> (theme: Theme, warning: String?) {
    guard let choice, !choice.isEmpty, choice != "default" else {
      return (.standard, nil)
    }
    if let builtIn = Theme.builtIn[choice] { return (builtIn, nil) }
    let looksLikePath = choice.contains("/") || choice.hasSuffix(".json")
    guard looksLikePath || FileManager.default.fileExists(atPath: choice) else {
      let names = builtInNames.joined(separator: ", ")
      return (
        .standard,
        "--theme \(choice): no such theme, using the default theme"
          + " (built in: \(names); or give a path to a .json file)"
      )
    }
    guard let data = FileManager.default.contents(atPath: choice) else {
      return (.standard, "\(choice): cannot read the theme file, using the default theme")
    }
    return decode(data, source: choice)
  }

  private static func decode(_ data: Data, source: String) -> (theme: Theme, warning: String?) {
    do {
      return (try Theme.decode(data), nil)
    } catch {
      return (.standard, "\(source): not used, using the default theme: \(error)")
    }
  }
}
