// The export written out for a family: one Markdown or one self-contained
// HTML document from FamilyExport's sections, with a confidentiality line,
// when and from which table it was made, and each list line on one line
// (Minutes.oneLine: typed line breaks and tabs become spaces).

import Foundation

extension FamilyExport {
  static func confidential(_ language: Language) -> String {
    language.pick(
      "Confidential: this document holds data about children and their family.",
      "Vertrouwelijk: dit overzicht bevat gegevens over kinderen en hun gezin.")
  }

  static func made(_ input: FamilyExportInput) -> String {
    input.language.pick("Made ", "Gemaakt ") + input.zone.local(input.made).day.description
      + input.language.pick(" from the store of the table of ", " uit de gegevens van de tafel ")
      + input.region + "."
  }

  static func title(_ input: FamilyExportInput) -> String {
    input.language.pick("What is held about ", "Wat er is vastgelegd over ")
      + "\(input.family.name) (\(input.family.id))"
  }

  package static func markdown(_ input: FamilyExportInput) -> String {
    let l = input.language
    var lines = [
      "# " + MarkdownText.inline(title(input)), "",
      "*" + MarkdownText.inline(confidential(l)) + "*", "",
      MarkdownText.line(made(input)), "",
    ]
    for section in sections(input) {
      lines += ["## " + MarkdownText.inline(section.title), ""]
      if let own = section.markdown {
        lines += own + [""]
        continue
      }
      if section.lines.isEmpty {
        lines.append(l.pick("_Nothing recorded._", "_Niets vastgelegd._"))
      }
      for (index, line) in section.lines.enumerated() {
        lines.append("- " + MarkdownText.inline(Minutes.oneLine(line)))
        lines += (section.details[index] ?? []).map {
          "  - " + MarkdownText.inline(Minutes.oneLine($0))
        }
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  package static func html(_ input: FamilyExportInput) -> String {
    let l = input.language
    let e = Minutes.escape
    var lines = [
      "<!DOCTYPE html>", "<html lang=\"\(l.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(e(title(input)))</title>",
      // The minutes' own look (A4, decisions set off), so their part reads as in the minutes.
      "<style>", Minutes.style, "</style>",
      "</head>", "<body>", "<h1>\(e(title(input)))</h1>",
      "<p class=\"confidential\">\(e(confidential(l)))</p>", "<p>\(e(made(input)))</p>",
    ]
    for section in sections(input) {
      lines.append("<h2>\(e(section.title))</h2>")
      if let own = section.html {
        lines += own
        continue
      }
      if section.lines.isEmpty {
        lines.append("<p>\(e(l.pick("Nothing recorded.", "Niets vastgelegd.")))</p>")
        continue
      }
      lines.append("<ul>")
      for (index, line) in section.lines.enumerated() {
        let details = (section.details[index] ?? []).map { "<li>\(e(Minutes.oneLine($0)))</li>" }
        lines.append(
          "<li>\(e(Minutes.oneLine(line)))"
            + (details.isEmpty ? "" : "<ul>" + details.joined() + "</ul>") + "</li>")
      }
      lines.append("</ul>")
    }
    lines += ["</body>", "</html>", ""]
    return lines.joined(separator: "\n")
  }
}
