// "who→whom@YYYY-MM-DD" (or "who->whom@…"): who told the next party of a
// handover, scale-up or scale-down, and when. The study found that this is
// where cases get lost, so `tafel event` asks for it in one short string.

extension Informed {
  package static func parse(_ text: String) throws(ArgumentRefusal) -> Informed {
    let usage = "\"\(text)\" is not \"who→whom@YYYY-MM-DD\""
    guard let at = text.lastIndex(of: "@") else { throw ArgumentRefusal("--informed", usage) }
    let people = String(text[..<at])
    let dateText = String(text[text.index(after: at)...]).trimmed
    let arrow: String
    if people.contains("→") {
      arrow = "→"
    } else if people.contains("->") {
      arrow = "->"
    } else {
      throw ArgumentRefusal("--informed", usage)
    }
    let sides = people.components(separatedBy: arrow).map(\.trimmed)
    guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
      throw ArgumentRefusal("--informed", usage)
    }
    guard let date = Day(dateText) else {
      throw ArgumentRefusal("--informed", "\"\(dateText)\" is not a date (YYYY-MM-DD)")
    }
    return Informed(who: sides[0], whom: sides[1], date: date)
  }
}

extension String {
  /// Splits on every occurrence of `separator` (no Foundation in the core).
  func components(separatedBy separator: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(self)
    while let range = rest.range(of: separator) {
      parts.append(String(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}
