// The history timeline as plain text (for `tafel history` and the terminal)
// and as Markdown (for a case file or an e-mail), in English or Dutch.

extension Timeline {
  package func text(language: Language) -> String {
    let l = language
    var lines: [String] = []
    lines.append("\(name) · \(family) · \(municipality) · \(ChainWords.phase(phase, l))")
    lines.append("")
    lines.append(l.pick("Route", "Route"))
    let route = RegionReport.table(
      [routeHeader(l)]
        + rows.map { row in
          [
            row.date.description, self.route(row), what(row, l),
            row.daysSincePrevious.map { "+\($0)" } ?? "",
          ]
        }, rightAligned: [3])
    // A step's note on the line under it, under its route.
    for (index, line) in route.enumerated() {
      lines.append(line)
      if index > 0, let note = rows[index - 1].note(l)?.trimmed, !note.isEmpty {
        lines.append(String(repeating: " ", count: 14) + "↳ " + oneLine(note))
      }
    }
    lines.append("")
    lines.append(l.pick("Phases", "Fasen"))
    if phases.isEmpty { lines.append("  " + l.pick("none yet", "nog geen")) }
    lines += RegionReport.table(
      phases.map { band in
        [
          ChainWords.phase(band.phase, l), band.from.description, "→", end(band.to, l),
          length(band, l),
        ]
      })
    lines.append("")
    lines.append(l.pick("Direction (regie)", "Regie"))
    if direction.isEmpty {
      lines.append("  " + l.pick("nobody has held direction", "niemand heeft de regie gehad"))
    }
    lines += RegionReport.table(
      direction.map { span in
        [span.from.description, "→", end(span.to, l), person(span.name, span.organisationName)]
      })
    for overlap in directionOverlaps {
      lines.append("  ! " + overlapWords(overlap, l))
    }
    lines.append("")
    lines.append(safetyTitle(l))
    lines += safetyLines(l).map { "  " + $0 }
    lines.append("")
    lines.append(
      l.pick(
        "Professionals (\(professionalsMet) met in total)",
        "Professionals (\(professionalsMet) in totaal)"))
    lines += RegionReport.table(
      staff.map { change in
        [
          change.date.description, change.change == .joined ? "+" : "−",
          person(change.name, change.organisationName),
          l.pick("active \(change.active)", "actief \(change.active)"),
          l.pick("met \(change.metSoFar)", "gezien \(change.metSoFar)"),
        ]
      }, rightAligned: [3, 4])
    // Every line is one line: a newline inside a name cannot start a fake row.
    return lines.map(Sanitized.line).joined(separator: "\n") + "\n"
  }

  /// The timeline as Markdown with its own title; inside another document
  /// (`titled: false`) without it, each heading `deeper` levels down.
  package func markdown(language: Language, titled: Bool = true, deeper: Int = 0) -> String {
    let l = language
    var lines: [String] = []
    if titled {
      lines.append("# \(MarkdownText.inline(name)) (\(family))")
      lines.append("")
      lines.append("\(MarkdownText.inline(municipality)) · \(ChainWords.phase(phase, l))")
      lines.append("")
    }
    lines.append("## " + l.pick("Route", "Route"))
    lines.append("")
    lines.append(
      "| " + (routeHeader(l) + [l.pick("note", "toelichting")]).joined(separator: " | ") + " |")
    lines.append("|---|---|---|--:|---|")
    for row in rows {
      lines.append(
        "| \(row.date) | \(MarkdownText.inline(route(row))) | \(MarkdownText.inline(what(row, l))) | "
          + "\(row.daysSincePrevious.map { "+\($0)" } ?? "") | \(MarkdownText.inline(row.note(l) ?? "")) |"
      )
    }
    lines.append("")
    lines.append("## " + l.pick("Phases", "Fasen"))
    lines.append("")
    for band in phases {
      lines.append(
        "- **\(ChainWords.phase(band.phase, l))** \(band.from) → \(end(band.to, l))"
          + " (\(length(band, l)))"
      )
    }
    if phases.isEmpty { lines.append("- " + l.pick("none yet", "nog geen")) }
    lines.append("")
    lines.append("## " + l.pick("Direction (regie)", "Regie"))
    lines.append("")
    for span in direction {
      lines.append(
        "- \(span.from) → \(end(span.to, l)): \(MarkdownText.inline(person(span.name, span.organisationName)))"
      )
    }
    if direction.isEmpty {
      lines.append("- " + l.pick("nobody has held direction", "niemand heeft de regie gehad"))
    }
    for overlap in directionOverlaps {
      lines.append("- **!** " + MarkdownText.inline(overlapWords(overlap, l)))
    }
    lines.append("")
    lines.append("## " + safetyTitle(l))
    lines.append("")
    lines += safetyLines(l).map { "- " + MarkdownText.inline($0) }
    lines.append("")
    lines.append(
      "## "
        + l.pick(
          "Professionals (\(professionalsMet) met in total)",
          "Professionals (\(professionalsMet) in totaal)"))
    lines.append("")
    lines.append("| " + staffHeader(l).joined(separator: " | ") + " |")
    lines.append("|---|---|---|--:|--:|")
    for change in staff {
      lines.append(
        "| \(change.date) | \(change.change == .joined ? "+" : "−") | "
          + "\(MarkdownText.inline(person(change.name, change.organisationName))) | "
          + "\(change.active) | \(change.metSoFar) |"
      )
    }
    // Every line is one line: a newline inside a name cannot start a fake row.
    // Names are escaped (MarkdownText), so a line that starts with "#" is a heading.
    let prefix = String(repeating: "#", count: deeper)
    return lines.map { Sanitized.line($0.hasPrefix("#") ? prefix + $0 : $0) }.joined(
      separator: "\n") + "\n"
  }

  /// The route table's columns: date, from → to, step, days.
  func routeHeader(_ l: Language) -> [String] {
    [
      l.pick("date", "datum"), l.pick("from → to", "van → naar"), l.pick("step", "stap"),
      l.pick("days", "dagen"),
    ]
  }

  /// The professionals table's columns.
  func staffHeader(_ l: Language) -> [String] {
    [
      l.pick("date", "datum"), "", l.pick("professional", "professional"),
      l.pick("active", "actief"), l.pick("met", "gezien"),
    ]
  }

  /// "Two directors at once: A and B from 2026-03-01 to 2026-04-15".
  func overlapWords(_ overlap: DirectionOverlap, _ l: Language) -> String {
    let names =
      person(overlap.first.name, overlap.first.organisationName) + l.pick(" and ", " en ")
      + person(overlap.second.name, overlap.second.organisationName)
    let period =
      overlap.to.map {
        l.pick("from \(overlap.from) to \($0)", "van \(overlap.from) tot \($0)")
      } ?? l.pick("since \(overlap.from)", "sinds \(overlap.from)")
    return l.pick("Two directors at once: ", "Twee regisseurs tegelijk: ") + names + " " + period
  }

  /// A note as one line: its line breaks become spaces.
  func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { String($0).trimmed }.joined(separator: " ")
  }

  func route(_ row: Row) -> String {
    switch (row.fromName, row.toName) {
    case (let from?, let to?): "\(from) → \(to)"
    case (let from?, nil): from
    case (nil, let to?): "→ \(to)"
    case (nil, nil): ""
    }
  }

  func what(_ row: Row, _ language: Language) -> String {
    ChainWords.event(row.kind, language) + informedWords(row, language)
  }

  /// A chain step in one line, as the board's history view lists it: the
  /// step, where it went ("from → to") and who was informed.
  package func step(_ row: Row, _ language: Language) -> String {
    let route = self.route(row)
    return ChainWords.event(row.kind, language) + (route.isEmpty ? "" : ": " + route)
      + informedWords(row, language)
  }

  /// A step that must say who was informed and says nobody.
  package func informedMissing(_ row: Row) -> Bool {
    row.kind.needsInformed && (row.informed?.first == nil)
  }

  /// " (A informed B)", or that nobody is recorded as informed, for a step
  /// that must say; nothing for the others.
  func informedWords(_ row: Row, _ language: Language) -> String {
    guard row.kind.needsInformed else { return "" }
    guard let first = row.informed?.first else {
      return language.pick(
        " (nobody recorded as informed)", " (niemand vastgelegd als geïnformeerd)")
    }
    return language.pick(
      " (\(first.who) informed \(first.whom))", " (\(first.who) informeerde \(first.whom))")
  }

  package func safetyTitle(_ l: Language) -> String {
    l.pick("Safety (zicht op veiligheid)", "Zicht op veiligheid")
  }

  /// Who held the child's safety and every handover, one line each, the
  /// same words in every rendering of the history.
  package func safetyLines(_ l: Language) -> [String] {
    guard !safety.isEmpty else {
      return [l.pick("nobody recorded as holding it", "niemand vastgelegd die het heeft")]
    }
    return safety.map { entry in
      let record = entry.record
      let who =
        entry.organisationName + (entry.professionalName.map { " · " + $0 } ?? "")
      var line: String
      if let from = record.from {
        line = "\(from) → \(end(record.to, l)): \(who)"
      } else {
        line =
          "\(record.offeredOn?.description ?? "?"): " + l.pick("offered to ", "aangeboden aan ")
          + who
      }
      if let by = entry.offeredByName {
        let offered = record.offeredOn?.description ?? "?"
        switch record.answer {
        case .accepted?:
          line += l.pick(
            " (handed over by \(by), offered \(offered), accepted",
            " (overgedragen door \(by), aangeboden \(offered), aanvaard")
        case .refused?:
          line += l.pick(" by \(by): refused", " door \(by): geweigerd")
        case nil:
          line += l.pick(" by \(by): not answered", " door \(by): niet beantwoord")
        }
        if record.answer != nil {
          line +=
            " \(record.answeredOn?.description ?? "")"
            + (record.answeredBy.map { l.pick(" by ", " door ") + $0 } ?? "")
            + (record.answer == .accepted ? ")" : "")
        }
      }
      if let reason = record.reason { line += " · " + reason }
      for agreement in record.agreements ?? [] {
        line += l.pick(" · while waiting: ", " · tijdens het wachten: ") + agreement
      }
      return line
    }
  }

  package func end(_ day: Day?, _ language: Language) -> String {
    day?.description ?? language.pick("now", "nu")
  }

  func length(_ band: PhaseBand, _ language: Language) -> String {
    guard let to = band.to else { return language.pick("ongoing", "loopt") }
    return ChainWords.days(band.from.days(until: to), language)
  }

  package func person(_ name: String, _ organisation: String?) -> String {
    organisation.map { "\(name) (\($0))" } ?? name
  }

}
