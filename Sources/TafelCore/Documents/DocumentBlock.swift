// A short document Tafel writes for people outside the table (the decision
// letter, the request to the RvdK): a title and blocks of a heading,
// paragraphs and a list, written as Markdown or as one self-contained HTML
// page in the minutes' print style. Every text is escaped for its format.

package struct DocumentBlock: Sendable {
  package var heading: String?
  package var paragraphs: [String] = []
  package var bullets: [String] = []

  package init(heading: String? = nil, paragraphs: [String] = [], bullets: [String] = []) {
    self.heading = heading
    self.paragraphs = paragraphs
    self.bullets = bullets
  }
}

package enum DocumentText {
  package static func markdown(title: String, _ blocks: [DocumentBlock]) -> String {
    var lines = ["# " + MarkdownText.inline(title), ""]
    for block in blocks {
      if let heading = block.heading { lines += ["## " + MarkdownText.inline(heading), ""] }
      for paragraph in block.paragraphs { lines += [MarkdownText.line(paragraph), ""] }
      if !block.bullets.isEmpty {
        lines += block.bullets.map { "- " + MarkdownText.inline($0) } + [""]
      }
    }
    return lines.joined(separator: "\n")
  }

  package static func html(title: String, _ blocks: [DocumentBlock], language: Language) -> String {
    let escape = Minutes.escape
    var body = ["<h1>\(escape(title))</h1>"]
    for block in blocks {
      if let heading = block.heading { body.append("<h2>\(escape(heading))</h2>") }
      for paragraph in block.paragraphs { body.append("<p>\(escape(paragraph))</p>") }
      if !block.bullets.isEmpty {
        body.append("<ul>")
        body += block.bullets.map { "<li>\(escape($0))</li>" }
        body.append("</ul>")
      }
    }
    return Minutes.page(title: title, body: body, language: language)
  }
}
