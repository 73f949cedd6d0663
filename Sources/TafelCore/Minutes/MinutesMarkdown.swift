// The minutes as Markdown that reads well as plain text: a title, the meeting,
// then one section per case with attendance, each decision and its
// corrections. Text typed at the table is escaped only where Markdown would
// otherwise read it as structure.

import Foundation

extension Minutes {
  package static func markdown(_ input: MinutesInput) -> String {
    let labels = MinutesWords.Labels(input.language)
    let meeting = input.meeting
    var lines: [String] = []
    let region = input.region.isEmpty ? "" : " \(input.region)"
    lines.append(
      "# \(labels.title)\(MarkdownText.inline(region)), \(MinutesWords.date(meeting.date, input.language))"
    )
    lines.append("")
    lines.append("*\(labels.confidential)*")
    lines.append("")
    lines.append("**\(MarkdownText.inline(standing(input)))**")
    for line in [afterClosingLine(input), madeLine(input)].compactMap({ $0 }) {
      lines[lines.count - 1] += "  "
      lines.append(MarkdownText.inline(line))
    }
    lines.append("")
    let names = { (text: String) in
      MarkdownText.inline(person(text, family: nil, directory: input.directory))
    }
    var facts = ["- \(labels.meeting): \(MarkdownText.inline(meeting.id))"]
    if !meeting.location.isEmpty {
      facts.append("- \(labels.location): \(MarkdownText.inline(meeting.location))")
    }
    if !meeting.chair.isEmpty { facts.append("- \(labels.chair): \(names(meeting.chair))") }
    if !meeting.secretary.isEmpty {
      facts.append("- \(labels.secretary): \(names(meeting.secretary))")
    }
    if let zone = zoneNote(input) { facts.append("- \(MarkdownText.inline(zone))") }
    lines += facts
    let cases = cases(input)
    if cases.isEmpty {
      lines += ["", labels.noCases]
    }
    for found in cases {
      lines += [""] + markdown(found, input: input, labels: labels)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func markdown(_ found: MinutesCase, input: MinutesInput, labels: MinutesWords.Labels)
    -> [String]
  {
    let language = input.language
    let item = found.item
    let family = input.families[item.family]
    var lines = [
      "## \(found.number). \(MarkdownText.inline(found.familyName)) (\(MarkdownText.inline(item.family)))",
      "",
    ]
    lines.append(
      "\(item.start), \(MinutesWords.kind(item.kind, language)), "
        + "\(labels.planned) \(item.minutes) \(labels.minutes)."
        + " \(labels.status): \(MinutesWords.status(item.status, language))."
        + timeAtTable(item, language))
    lines.append("")
    for line in carried(item, language, next: input.nextMeetings[item.family])
      + [documentsLine(item, language)].compactMap({ $0 })
    {
      lines += [MarkdownText.line(line), ""]
    }
    // Only what was recorded: no attendance taken is said as such, never as absences.
    let groups = Minutes.attendanceGroups(item, language)
    if groups.isEmpty {
      lines.append(labels.noAttendance)
    } else {
      for (index, (label, people)) in groups.enumerated() {
        lines.append(
          "**\(label):** \(MarkdownText.inline(attendees(people, language)))"
            + (index < groups.count - 1 ? "  " : ""))
      }
    }
    let reviewed = reviewedAgreements(item, input: input)
    if !reviewed.isEmpty {
      lines += ["", "**\(reviewLabel(language)):**", ""]
      lines += reviewed.map { "- " + MarkdownText.inline($0) }
    }
    if found.decisions.isEmpty {
      lines += ["", noDecision(input)]
    }
    for entry in found.decisions {
      lines += [""] + markdown(entry, family: family, input: input, labels: labels)
    }
    return lines
  }

  static func markdown(
    _ entry: MinutesDecision, family: Family?, input: MinutesInput, labels: MinutesWords.Labels
  ) -> [String] {
    let decision = entry.decision
    let language = input.language
    func name(_ text: String) -> String {
      MarkdownText.inline(person(text, family: family, directory: input.directory))
    }
    var lines = [
      "### \(labels.decision) \(MarkdownText.inline(decision.id)), \(time(decision.time, input))",
      "",
    ]
    if !decision.corrects.isEmpty {
      let all = ChainWords.list(decision.corrects, language)
      lines += ["*\(labels.corrects) \(MarkdownText.inline(all)).*", ""]
      for (label, text) in correctionLines(decision, family: family, input: input) {
        lines += ["**\(label):** \(MarkdownText.inline(text))", ""]
      }
    }
    if let correction = entry.correctedBy {
      lines += [
        "*\(labels.correctedBy) \(MarkdownText.inline(correction.id)) (\(time(correction.time, input))).*",
        "",
      ]
    }
    var outcome =
      "**\(labels.outcome):** \(MinutesWords.outcome(decision.outcome, language, at: entry.kind))"
    if let text = decision.outcomeText { outcome += ": " + MarkdownText.inline(oneLine(text)) }
    lines.append(outcome)
    if let deadline = decision.deadline {
      lines[lines.count - 1] += "  "
      lines.append("**\(labels.deadline):** \(MinutesWords.date(deadline, language)) (\(deadline))")
    }
    if let (label, text) = rvdk(entry, family: family, language) {
      lines[lines.count - 1] += "  "
      lines.append("**\(label):** \(MarkdownText.inline(oneLine(text)))")
    }
    lines += ["", "**\(labels.rationale):**", ""] + block(decision.rationale)
    lines += ["", "**\(labels.agreements):**", ""]
    if decision.agreements.isEmpty {
      lines.append(labels.noAgreements)
    }
    for agreement in decision.agreements {
      var line = "- " + MarkdownText.inline(oneLine(agreement.what))
      let owner = agreement.owner.isEmpty ? labels.nobody : name(agreement.owner)
      line += "; \(labels.owner): \(owner)"
      if let due = agreement.due {
        line += "; \(labels.due) \(MinutesWords.date(due, language)) (\(due))"
      }
      lines.append(line)
    }
    let texts: [(String, String?)] = [
      (labels.parentsView, decision.parentsView), (labels.childView, decision.childView),
      (labels.childNotHeard, decision.childNotHeard), (labels.dissent, decision.dissent),
    ]
    for (label, text) in texts {
      guard let text, !text.isEmpty else { continue }
      lines += ["", "**\(label):**", ""] + block(text)
    }
    lines.append("")
    if !decision.present.isEmpty {
      lines.append(
        "\(labels.presentAtDecision): \(decision.present.map(name).joined(separator: ", ")).  ")
    }
    lines.append(
      "\(labels.recordedBy) \(MarkdownText.inline(Minutes.person(decision.recordedBy, input))) \(when(decision.time, input))."
        + (afterClosing(decision, input).map { " " + $0 } ?? "")
    )
    return lines
  }

  static func attendees(_ attendees: [Attendee], _ language: Language) -> String {
    // Plain text: the Markdown writer escapes it, the HTML writer escapes it its own way.
    attendees.map { Minutes.attendee($0, language) }.joined(separator: ", ")
  }

  /// Text as typed, one Markdown paragraph per paragraph, line breaks kept.
  static func block(_ text: String) -> [String] {
    // A tab typed inside a line is a space on paper, not a control character
    // shown; an indent at a line's start is kept as typed (MarkdownText.line).
    let lines = text.replacingCRLF.split(separator: "\n", omittingEmptySubsequences: false).map {
      line in
      let indent = line.prefix { $0 == " " || $0 == "\t" }
      return String(indent) + line.dropFirst(indent.count).replacingOccurrences(of: "\t", with: " ")
    }
    var result: [String] = []
    for (index, line) in lines.enumerated() {
      if line.trimmed.isEmpty {
        if result.last != "" { result.append("") }
        continue
      }
      let kept = String(line.reversed().drop { $0.isWhitespace }.reversed())
      let nextIsText = index + 1 < lines.count && !lines[index + 1].trimmed.isEmpty
      result.append(MarkdownText.line(kept) + (nextIsText ? "  " : ""))
    }
    while result.last == "" { result.removeLast() }
    return result.isEmpty ? ["-"] : result
  }

  static func oneLine(_ text: String) -> String {
    text.replacingCRLF.replacingOccurrences(of: "\t", with: " ").split(separator: "\n").map {
      String($0).trimmed
    }.joined(separator: " ")
  }
}

extension String {
  /// Without blank lines at the start or whitespace at the end, but with the
  /// indent of its first line as typed.
  var trimmedKeepingIndent: String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, first.allSatisfy(\.isWhitespace), lines.count > 1 {
      lines.removeFirst()
    }
    let joined = lines.joined(separator: "\n")
    return String(joined.reversed().drop { $0.isWhitespace }.reversed())
  }

  /// With Windows and old Mac line ends made "\n".
  var replacingCRLF: String {
    var result = ""
    var previousWasReturn = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        result.unicodeScalars.append("\n")
        previousWasReturn = true
        continue
      }
      if scalar == "\n", previousWasReturn {
        previousWasReturn = false
        continue
      }
      previousWasReturn = false
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
