// A long text of the decision form in the editor: the terminal is handed
// over while it runs, on the same private copy as every edit (Editor.swift),
// removed afterwards.

import Foundation

enum BoardEditor {
  /// The edited text, or nil when the editor failed (the text stays as it was).
  static func edit(
    _ text: String, terminal: any BoardScreen, environment: [String: String]
  ) -> String? {
    guard let copy = try? TemporaryCopy(fileName: "text.txt", data: Data(text.utf8)) else {
      return nil
    }
    defer { copy.remove() }
    let status = terminal.runOutside { Editor.run(on: copy.path, environment: environment) }
    guard status == 0, let data = FileManager.default.contents(atPath: copy.path) else {
      return nil
    }
    var edited = String(decoding: data, as: UTF8.self)
    if edited.hasSuffix("\n") && !text.hasSuffix("\n") { edited.removeLast() }
    return edited
  }
}
