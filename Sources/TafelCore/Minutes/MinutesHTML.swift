// The minutes as one self-contained HTML file: inline CSS, no scripts, no
// outside resources, every typed text escaped, laid out to print on A4: a
// case starts right under the header, a heading stays with what follows it,
// and a long word or address wraps inside the page.

extension Minutes {
  package static func html(_ input: MinutesInput) -> String {
    let labels = MinutesWords.Labels(input.language)
    let meeting = input.meeting
    let region = input.region.isEmpty ? "" : " " + input.region
    let title = "\(labels.title)\(region), \(MinutesWords.date(meeting.date, input.language))"
    var body: [String] = []
    body.append("<header>")
    body.append("<h1>\(escape(title))</h1>")
    body.append("<p class=\"confidential\">\(escape(labels.confidential))</p>")
    body.append("<p><b>\(escape(standing(input)))</b></p>")
    for line in [afterClosingLine(input), madeLine(input)].compactMap({ $0 }) {
      body.append("<p>\(escape(line))</p>")
    }
    body.append("<dl class=\"facts\">")
    var facts = [(labels.meeting, meeting.id)]
    if !meeting.location.isEmpty { facts.append((labels.location, meeting.location)) }
    if !meeting.chair.isEmpty {
      facts.append((labels.chair, person(meeting.chair, family: nil, directory: input.directory)))
    }
    if !meeting.secretary.isEmpty {
      facts.append(
        (labels.secretary, person(meeting.secretary, family: nil, directory: input.directory)))
    }
    if let zone = zoneNote(input) {
      facts.append((input.language.pick("Times", "Tijden"), zone))
    }
    for (label, value) in facts {
      body.append("<dt>\(escape(label))</dt><dd>\(escape(value))</dd>")
    }
    body.append("</dl>")
    body.append("</header>")
    let cases = cases(input)
    if cases.isEmpty { body.append("<p>\(escape(labels.noCases))</p>") }
    for found in cases { body += html(found, input: input, labels: labels) }
    return page(title: title, body: body, language: input.language)
  }

  /// One self-contained HTML page in the print style: the minutes, the
  /// decision letter, the request to the RvdK.
  static func page(title: String, body: [String], language: Language) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>
    \(body.joined(separator: "\n"))
    </body>
    </html>

    """
  }

  static let style = """
    @page { size: A4; margin: 20mm 18mm; }
    html { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans",
      "Noto Sans CJK SC", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Color Emoji", sans-serif; }
    html { font-size: 11pt; line-height: 1.4; color: #111; background: #fff; }
    html { overflow-wrap: anywhere; }
    body { max-width: 174mm; margin: 0 auto; padding: 8mm 0; }
    h1 { font-size: 17pt; margin: 0 0 4pt; }
    h2 { font-size: 13.5pt; margin: 18pt 0 4pt; }
    h2 { border-bottom: 1px solid #555; padding-bottom: 2pt; }
    h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
    .confidential { font-style: italic; margin: 0 0 8pt; }
    dl.facts { display: grid; grid-template-columns: max-content auto; gap: 1pt 10pt; margin: 0; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    h1, h2, h3, .label { break-after: avoid; }
    p, li { orphans: 2; widows: 2; }
    article.decision { border-left: 3px solid #555; padding-left: 8pt; margin: 8pt 0 12pt; }
    article.superseded { border-left-style: dashed; color: #333; }
    .note { font-style: italic; }
    .label { font-weight: bold; margin: 6pt 0 1pt; }
    .text { white-space: pre-wrap; margin: 0 0 4pt; }
    ul { margin: 2pt 0 4pt 14pt; padding: 0; }
    .meta { font-size: 9.5pt; color: #333; }
    table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 2pt 0 6pt; }
    th { text-align: left; border-bottom: 1px solid #555; }
    th, td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
    td.day, td.number { white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.number { text-align: right; }
    tr.note td { font-size: 9pt; color: #333; padding-bottom: 3pt; }
    tr { break-inside: avoid; }
    @media print { body { padding: 0; max-width: none; } a { color: inherit; } }
    """

  static func html(_ found: MinutesCase, input: MinutesInput, labels: MinutesWords.Labels)
    -> [String]
  {
    let language = input.language
    let item = found.item
    let family = input.families[item.family]
    var lines = ["<section class=\"case\">"]
    lines.append("<h2>\(found.number). \(escape(found.familyName)) (\(escape(item.family)))</h2>")
    lines.append(
      "<p>\(escape(item.start)), \(escape(MinutesWords.kind(item.kind, language))), "
        + "\(escape(labels.planned)) \(item.minutes) \(escape(labels.minutes)). "
        + "\(escape(labels.status)): \(escape(MinutesWords.status(item.status, language)))."
        + "\(escape(timeAtTable(item, language)))</p>")
    for line in carried(item, language, next: input.nextMeetings[item.family])
      + [documentsLine(item, language)].compactMap({ $0 })
    {
      lines.append("<p>\(escape(line))</p>")
    }
    // Only what was recorded: no attendance taken is said as such, never as absences.
    let groups = Minutes.attendanceGroups(item, language)
    if groups.isEmpty {
      lines.append("<p>\(escape(labels.noAttendance))</p>")
    } else {
      for (label, people) in groups {
        lines.append("<p><b>\(escape(label)):</b> \(escape(attendees(people, language)))</p>")
      }
    }
    let reviewed = reviewedAgreements(item, input: input)
    if !reviewed.isEmpty {
      lines.append("<p class=\"label\">\(escape(reviewLabel(language))):</p>")
      lines.append("<ul>")
      lines += reviewed.map { "<li>\(escape($0))</li>" }
      lines.append("</ul>")
    }
    if found.decisions.isEmpty { lines.append("<p>\(escape(noDecision(input)))</p>") }
    for entry in found.decisions {
      lines += html(entry, family: family, input: input, labels: labels)
    }
    lines.append("</section>")
    return lines
  }

  static func html(
    _ entry: MinutesDecision, family: Family?, input: MinutesInput, labels: MinutesWords.Labels
  ) -> [String] {
    let decision = entry.decision
    let language = input.language
    func name(_ text: String) -> String { person(text, family: family, directory: input.directory) }
    let superseded = entry.correctedBy != nil
    var lines = ["<article class=\"decision\(superseded ? " superseded" : "")\">"]
    lines.append(
      "<h3>\(escape(labels.decision)) \(escape(decision.id)), "
        + "\(escape(time(decision.time, input)))</h3>"
    )
    if !decision.corrects.isEmpty {
      let all = ChainWords.list(decision.corrects, language)
      lines.append("<p class=\"note\">\(escape(labels.corrects)) \(escape(all)).</p>")
      for (label, text) in correctionLines(decision, family: family, input: input) {
        lines.append("<p><b>\(escape(label)):</b> \(escape(text))</p>")
      }
    }
    if let correction = entry.correctedBy {
      lines.append(
        "<p class=\"note\">\(escape(labels.correctedBy)) \(escape(correction.id)) "
          + "(\(escape(time(correction.time, input)))).</p>")
    }
    var outcome = MinutesWords.outcome(decision.outcome, language, at: entry.kind)
    if let text = decision.outcomeText { outcome += ": " + text }
    lines.append("<p><b>\(escape(labels.outcome)):</b> \(escape(outcome))</p>")
    if let deadline = decision.deadline {
      lines.append(
        "<p><b>\(escape(labels.deadline)):</b> "
          + "\(escape(MinutesWords.date(deadline, language))) (\(deadline))</p>"
      )
    }
    if let (label, text) = rvdk(entry, family: family, language) {
      lines.append("<p><b>\(escape(label)):</b> \(escape(text))</p>")
    }
    lines.append("<p class=\"label\">\(escape(labels.rationale)):</p>")
    lines.append(
      "<p class=\"text\">\(escape(decision.rationale.replacingCRLF.trimmedKeepingIndent))</p>")
    lines.append("<p class=\"label\">\(escape(labels.agreements)):</p>")
    if decision.agreements.isEmpty {
      lines.append("<p>\(escape(labels.noAgreements))</p>")
    } else {
      lines.append("<ul>")
      for agreement in decision.agreements {
        var line = escape(agreement.what)
        let owner = agreement.owner.isEmpty ? labels.nobody : name(agreement.owner)
        line += "; \(escape(labels.owner)): \(escape(owner))"
        if let due = agreement.due {
          line += "; \(escape(labels.due)) \(escape(MinutesWords.date(due, language))) (\(due))"
        }
        lines.append("<li>\(line)</li>")
      }
      lines.append("</ul>")
    }
    let texts: [(String, String?)] = [
      (labels.parentsView, decision.parentsView), (labels.childView, decision.childView),
      (labels.childNotHeard, decision.childNotHeard), (labels.dissent, decision.dissent),
    ]
    for (label, text) in texts {
      guard let text, !text.isEmpty else { continue }
      lines.append("<p class=\"label\">\(escape(label)):</p>")
      lines.append("<p class=\"text\">\(escape(text.replacingCRLF.trimmedKeepingIndent))</p>")
    }
    var meta: [String] = []
    if !decision.present.isEmpty {
      meta.append(
        "\(labels.presentAtDecision): \(decision.present.map(name).joined(separator: ", ")).")
    }
    meta.append(
      "\(labels.recordedBy) \(Minutes.person(decision.recordedBy, input)) \(when(decision.time, input))."
        + (afterClosing(decision, input).map { " " + $0 } ?? ""))
    lines.append("<p class=\"meta\">\(meta.map(escape).joined(separator: "<br>"))</p>")
    lines.append("</article>")
    return lines
  }

  /// Text for HTML: & < > " ' escaped.
  package static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in Sanitized.text(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
