// The one sanitiser for text that leaves the program: terminal output, the
// board's cells, Markdown, HTML, CSV and error messages. Text from the store,
// the command line or $EDITOR is untrusted; a control byte in it could move a
// cursor, set a window title, write the clipboard (OSC 52) or reorder what a
// reader sees (the "Trojan Source" bidirectional overrides). Such characters
// are never emitted: each is shown as a visible stand-in instead.
//
// - C0 controls (U+0000–U+001F) and DEL become their Unicode control
//   pictures (ESC is "␛", a newline in a one-line field "␊");
// - C1 controls (U+0080–U+009F), the bidirectional embeddings, overrides and
//   isolates (U+202A–U+202E, U+2066–U+2069), the bidirectional marks (U+200E,
//   U+200F, U+061C), the byte-order mark (U+FEFF) and the line and paragraph
//   separators (U+2028, U+2029) become "⟨U+202E⟩".
//
// Long-text fields (a rationale, a view) keep their newlines and tabs with
// `text`; a single-line field (a name, an id) shows even those with `line`, so
// a newline never starts a fake row.

package enum Sanitized {
  /// `value` safe for one line of output: no character that controls a terminal.
  package static func line(_ value: String) -> String {
    clean(value, keepingLineBreaks: false)
  }

  /// `value` safe for multi-line output: newlines and tabs stay, the rest as in `line`.
  package static func text(_ value: String) -> String {
    clean(value, keepingLineBreaks: true)
  }

  /// Whether `value` holds a character that `line` would replace.
  package static func hasControl(_ value: String) -> Bool {
    value.unicodeScalars.contains { isControl($0) }
  }

  /// The first character of `value` that `line` would replace, shown as "U+001B".
  package static func firstControl(_ value: String) -> String? {
    value.unicodeScalars.first { isControl($0) }.map(codePoint)
  }

  /// Whether `scalar` is a character that must not reach a terminal as it is.
  @inline(__always)
  package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || value == 0x7F { return true }
    if value < 0x80 { return false }
    return (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
      || value == 0x200E || value == 0x200F || value == 0x061C || value == 0xFEFF
  }

  static func clean(_ value: String, keepingLineBreaks: Bool) -> String {
    // Fast path: most text has nothing to replace.
    if !value.unicodeScalars.contains(where: { isControl($0) }) { return value }
    var result = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      if !isControl(scalar) || (keepingLineBreaks && (scalar == "\n" || scalar == "\t")) {
        result.append(scalar)
      } else {
        result.append(contentsOf: standIn(for: scalar).unicodeScalars)
      }
    }
    return String(result)
  }

  /// The visible stand-in for a control character.
  package static func standIn(for scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x20 { return String(Unicode.Scalar(0x2400 + value)!) }
    if value == 0x7F { return "\u{2421}" }
    return "⟨" + codePoint(scalar) + "⟩"
  }

  package static func codePoint(_ scalar: Unicode.Scalar) -> String {
    "U+" + zeroPadded(String(scalar.value, radix: 16, uppercase: true), 4)
  }
}

extension Sanitized {
  /// JSON text (as an encoder wrote it) with every control character that the
  /// encoder left raw (C1, bidirectional controls, line separators) written as
  /// a `\uXXXX` escape: the same data, and nothing a terminal would act on.
  package static func json(_ value: String) -> String {
    if !value.unicodeScalars.contains(where: { isControl($0) }) { return value }
    var result = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      if isControl(scalar), scalar != "\n" {
        result.append(
          contentsOf: ("\\u" + zeroPadded(String(scalar.value, radix: 16), 4)).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
