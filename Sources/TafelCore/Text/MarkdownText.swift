// Text put into Markdown (the minutes, the history, docs/keys.md) as text and
// never as markup: one escape for every Markdown Tafel writes.

package enum MarkdownText {
  /// Escapes what Markdown would read as inline markup, an entity or a
  /// table's cell border: \ * _ ` [ ] < > | &. An inline text is one line, so a control
  /// character or newline in it is shown (Sanitized.line), never obeyed.
  package static func inline(_ text: String) -> String {
    var result = ""
    for character in Sanitized.line(text) {
      if "\\*_`[]<>|&".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Escapes inline markup, and a line start that would begin a heading,
  /// list, quote or code block; an indent typed at the start is kept as
  /// non-breaking spaces (a tab as four), as Markdown would drop it.
  package static func line(_ line: String) -> String {
    let indent = line.prefix { $0 == " " || $0 == "\t" }
    if !indent.isEmpty {
      let kept = indent.map { $0 == "\t" ? "&nbsp;&nbsp;&nbsp;&nbsp;" : "&nbsp;" }.joined()
      return kept + Self.line(String(line.dropFirst(indent.count)))
    }
    let escaped = inline(line)
    guard let first = escaped.first else { return escaped }
    if "#+-=|".contains(first) { return "\\" + escaped }
    let digits = escaped.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty {
      let rest = escaped.dropFirst(digits.count)
      if rest.first == "." || rest.first == ")" {
        return String(digits) + "\\" + String(rest)
      }
    }
    return escaped
  }
}
