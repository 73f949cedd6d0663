// Everything a command writes for a person goes through the one sanitiser:
// text, Markdown, HTML and CSV keep their newlines and tabs, and every other
// control character is shown as a visible stand-in (Sanitized); JSON keeps its
// data, with the controls an encoder leaves raw written as \u escapes.
// `print` is shadowed in this module so that no command can forget it.

import Foundation
import TafelCore

enum CommandOutput {
  /// Writes text for people on stdout, ending in one newline when `endingLine` is set.
  static func write(_ text: String, endingLine: Bool = true) {
    let ended = endingLine && !text.hasSuffix("\n") ? text + "\n" : text
    FileHandle.standardOutput.write(Data(Sanitized.text(ended).utf8))
  }

  /// Writes JSON on stdout, ending in one newline.
  static func writeJSON(_ text: String) {
    let ended = text.hasSuffix("\n") ? text : text + "\n"
    FileHandle.standardOutput.write(Data(Sanitized.json(ended).utf8))
  }
}

/// `print` for commands: the text is sanitised before it reaches the terminal.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { "\($0)" }.joined(separator: separator)
  Swift.print(Sanitized.text(text), terminator: terminator)
}
