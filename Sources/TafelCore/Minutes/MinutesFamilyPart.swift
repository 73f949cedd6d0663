// One family's part of a meeting's minutes inside another document (the
// export a family asks for): the meeting's facts and whether the record is
// final, then the family's case as the minutes write it, its headings moved
// down under the document's own.

import Foundation

extension Minutes {
  /// The facts and the case as Markdown lines, headings `deeper` levels down.
  /// Typed text never starts a line with "#" (MarkdownText.line escapes it),
  /// so a line that does is one of the minutes' own headings.
  package static func familyPartMarkdown(_ input: MinutesInput, deeper: Int) -> [String] {
    let labels = MinutesWords.Labels(input.language)
    var lines = facts(input).map { "- " + MarkdownText.inline($0) }
    lines += ["", "**\(MarkdownText.inline(standing(input)))**"]
    if let line = afterClosingLine(input) { lines += ["", MarkdownText.inline(line)] }
    let prefix = String(repeating: "#", count: deeper)
    for found in cases(input) {
      lines +=
        [""]
        + markdown(found, input: input, labels: labels).map {
          $0.hasPrefix("#") ? prefix + $0 : $0
        }
    }
    return lines
  }

  /// The same as HTML lines. Typed text is escaped, so "<h2>" is only ever
  /// the minutes' own tag.
  package static func familyPartHTML(_ input: MinutesInput, deeper: Int) -> [String] {
    let labels = MinutesWords.Labels(input.language)
    var lines = ["<ul>"] + facts(input).map { "<li>\(escape($0))</li>" } + ["</ul>"]
    lines.append("<p><b>\(escape(standing(input)))</b></p>")
    if let line = afterClosingLine(input) { lines.append("<p>\(escape(line))</p>") }
    for found in cases(input) {
      lines += html(found, input: input, labels: labels).map { line in
        var line = line
        for level in [3, 2] {
          line = line.replacingOccurrences(of: "<h\(level)>", with: "<h\(level + deeper)>")
            .replacingOccurrences(of: "</h\(level)>", with: "</h\(level + deeper)>")
        }
        return line
      }
    }
    return lines
  }

  /// "Date: 1 December 2026", the place, the chair and the secretary.
  static func facts(_ input: MinutesInput) -> [String] {
    let labels = MinutesWords.Labels(input.language)
    let meeting = input.meeting
    var facts = [
      input.language.pick("Date: ", "Datum: ") + MinutesWords.date(meeting.date, input.language)
    ]
    if !meeting.location.isEmpty { facts.append("\(labels.location): \(meeting.location)") }
    if !meeting.chair.isEmpty {
      facts.append(
        "\(labels.chair): " + person(meeting.chair, family: nil, directory: input.directory))
    }
    if !meeting.secretary.isEmpty {
      facts.append(
        "\(labels.secretary): "
          + person(meeting.secretary, family: nil, directory: input.directory))
    }
    if let zone = zoneNote(input) { facts.append(zone) }
    return facts
  }
}
