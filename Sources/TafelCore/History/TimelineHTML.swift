// The history timeline as HTML tables, for the export a family may ask for:
// on A4 a table wraps its words within their cells, where aligned text
// (`tafel history`) would run off the page or break its day column.

extension Timeline {
  /// The route, phases, direction and professionals, each under a heading
  /// `deeper` levels below h1.
  package func html(language l: Language, deeper: Int = 1) -> [String] {
    let e = Minutes.escape
    let heading = "h\(min(6, 1 + deeper))"
    var lines: [String] = []
    func title(_ text: String) { lines.append("<\(heading)>\(e(text))</\(heading)>") }
    func head(_ cells: [String]) -> String {
      "<tr>" + cells.map { "<th>\(e($0))</th>" }.joined() + "</tr>"
    }
    title(l.pick("Route", "Route"))
    lines.append("<table class=\"route\">")
    lines.append(head(routeHeader(l)))
    for row in rows {
      lines.append(
        "<tr><td class=\"day\">\(row.date)</td><td>\(e(route(row)))</td><td>\(e(what(row, l)))</td>"
          + "<td class=\"number\">\(row.daysSincePrevious.map { "+\($0)" } ?? "")</td></tr>")
      if let note = row.note(l)?.trimmed, !note.isEmpty {
        lines.append(
          "<tr class=\"note\"><td></td><td colspan=\"3\">↳ \(e(oneLine(note)))</td></tr>")
      }
    }
    lines.append("</table>")
    title(l.pick("Phases", "Fasen"))
    lines.append("<ul>")
    for band in phases {
      lines.append(
        "<li><b>\(e(ChainWords.phase(band.phase, l)))</b> \(band.from) → \(e(end(band.to, l))) "
          + "(\(e(length(band, l))))</li>")
    }
    if phases.isEmpty { lines.append("<li>\(e(l.pick("none yet", "nog geen")))</li>") }
    lines.append("</ul>")
    title(l.pick("Direction (regie)", "Regie"))
    lines.append("<ul>")
    for span in direction {
      lines.append(
        "<li>\(span.from) → \(e(end(span.to, l))): \(e(person(span.name, span.organisationName)))</li>"
      )
    }
    if direction.isEmpty {
      lines.append(
        "<li>\(e(l.pick("nobody has held direction", "niemand heeft de regie gehad")))</li>")
    }
    for overlap in directionOverlaps {
      lines.append("<li><b>!</b> \(e(overlapWords(overlap, l)))</li>")
    }
    lines.append("</ul>")
    title(safetyTitle(l))
    lines.append("<ul>")
    lines += safetyLines(l).map { "<li>\(e($0))</li>" }
    lines.append("</ul>")
    title(
      l.pick(
        "Professionals (\(professionalsMet) met in total)",
        "Professionals (\(professionalsMet) in totaal)"))
    lines.append("<table class=\"staff\">")
    lines.append(head(staffHeader(l)))
    for change in staff {
      lines.append(
        "<tr><td class=\"day\">\(change.date)</td><td>\(change.change == .joined ? "+" : "−")</td>"
          + "<td>\(e(person(change.name, change.organisationName)))</td>"
          + "<td class=\"number\">\(change.active)</td><td class=\"number\">\(change.metSoFar)</td></tr>"
      )
    }
    lines.append("</table>")
    return lines
  }
}
