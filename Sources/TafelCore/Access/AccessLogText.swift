// The access log as a parent or a privacy officer reads it: when, who (role
// and organisation where the directory knows the person), on whose behalf,
// and what, in plain Dutch or English — as text, Markdown, HTML or JSON.

import Foundation

package enum AccessLogText {
  /// "Linda Kamphuis (voorzitter, Jeugdbeschermingstafel Foodvalley)".
  package static func who(_ entry: AccessEntry, lookup: DirectoryLookup, language: Language)
    -> String
  {
    // "unknown" is Tafel's word when nobody was named (no --as, no $USER).
    var text =
      entry.who == "unknown" ? language.pick("unknown", "onbekend") : Sanitized.line(entry.who)
    if let person = entry.person.flatMap({ lookup.people?.person($0) })
      ?? lookup.people?.person(named: entry.who)
    {
      let organisation = lookup.organisation(person.organisation)?.name ?? person.organisation
      text += " (" + person.role.words(language) + ", " + Sanitized.line(organisation) + ")"
    } else if let professional = lookup.professional(named: entry.who) {
      let organisation = lookup.organisation(professional.organisation)?.name
      text +=
        " ("
        + ([professional.role] + (organisation.map { [$0] } ?? [])).filter { !$0.isEmpty }
        .joined(separator: ", ") + ")"
    }
    if let behalf = entry.onBehalfOf {
      text += language.pick(" on behalf of ", " namens ") + Sanitized.line(behalf)
    }
    return text
  }

  /// What was done, in words: "looked at the family on the board".
  package static func what(_ entry: AccessEntry, language: Language) -> String {
    let part = Sanitized.line(entry.part)
    switch entry.action {
    case .view:
      switch part {
      case "board":
        return language.pick("looked at the family on the board", "bekeek het gezin op het bord")
      case "history":
        return language.pick(
          "looked at the family's route through the chain", "bekeek de route door de keten")
      case "changes": return language.pick("looked at the changes", "bekeek de wijzigingen")
      case "search":
        return language.pick(
          "saw lines of the family's file in the board's search",
          "zag regels uit het dossier bij zoeken op het bord")
      case "signals":
        return language.pick("looked at the family's signals", "bekeek de signalen van het gezin")
      case "access log":
        return language.pick(
          "looked at who looked at or changed the file", "bekeek wie het dossier inzag of wijzigde")
      case "family list":
        return language.pick(
          "saw the family in the list of families", "zag het gezin in de lijst van gezinnen")
      default:
        if part.hasPrefix("access log of ") {
          return language.pick("looked at what ", "bekeek wat ") + part.dropFirst(14)
            + language.pick(" looked at or changed", " inzag of wijzigde")
        }
        if part.hasPrefix("edit ") {
          return language.pick("opened ", "opende ") + part.dropFirst(5)
            + language.pick(" to edit it", " om te bewerken")
        }
        return language.pick("looked at ", "bekeek ") + part
      }
    // The change record's own words ("recorded a decision (drang)"), in the reader's language.
    case .change: return ChangeWords.text(part, language)
    case .print:
      if part.hasPrefix("minutes ") {
        return language.pick("made the minutes of ", "maakte het verslag van ")
          + part.dropFirst(8)
      }
      return language.pick("printed ", "drukte af: ") + part
    case .export:
      return language.pick(
        "made an export of everything held about the family (\(part))",
        "maakte een overzicht van alles wat over het gezin is vastgelegd (\(part))")
    case .archive: return language.pick("closed the file (archived)", "sloot het dossier (archief)")
    case .remove:
      // The part says why: "erasure (request)", "erasure (retention)", or
      // "retention" in entries written before erasure existed.
      if part.contains("request") {
        return language.pick(
          "erased the family's data on request", "vernietigde de gegevens op verzoek")
      }
      return language.pick(
        "removed the family's data after the retention period",
        "verwijderde de gegevens na de bewaartermijn")
    }
  }

  static func when(_ entry: AccessEntry, zone: TimeZoneRule) -> String {
    zone.local(entry.at).dayAndClock
  }

  /// The rows (when, who, what) in time order; the machine follows who.
  /// `families` names each entry's family first (the log of one person).
  package static func rows(
    _ entries: [AccessEntry], lookup: DirectoryLookup, language: Language, zone: TimeZoneRule,
    families: [String: String]? = nil
  ) -> [(when: String, who: String, what: String)] {
    entries.map { entry in
      var done = what(entry, language: language)
      if let families {
        done =
          (families[entry.family].map { "\($0) (\(entry.family))" } ?? entry.family) + ": " + done
      }
      return (
        when(entry, zone: zone),
        who(entry, lookup: lookup, language: language) + language.pick(" on ", " op ")
          + Sanitized.line(entry.machine),
        done
      )
    }
  }

  package static func text(
    _ entries: [AccessEntry], title: String, lookup: DirectoryLookup, language: Language,
    zone: TimeZoneRule, families: [String: String]? = nil
  ) -> String {
    let rows = rows(entries, lookup: lookup, language: language, zone: zone, families: families)
    var lines = [Sanitized.line(title), ""]
    if rows.isEmpty {
      lines.append(language.pick("No one accessed it.", "Niemand heeft het ingezien."))
    }
    let width = rows.map { DisplayWidth.of($0.who) }.max() ?? 0
    for row in rows {
      lines.append("\(row.when)  \(DisplayWidth.pad(row.who, to: width))  \(row.what)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  package static func markdown(
    _ entries: [AccessEntry], title: String, lookup: DirectoryLookup, language: Language,
    zone: TimeZoneRule, families: [String: String]? = nil
  ) -> String {
    var lines = ["## " + MarkdownText.inline(title), ""]
    lines.append(
      "| " + language.pick("when", "wanneer") + " | " + language.pick("who", "wie") + " | "
        + language.pick("what", "wat") + " |")
    lines.append("|---|---|---|")
    for row in rows(entries, lookup: lookup, language: language, zone: zone, families: families) {
      lines.append(
        "| \(row.when) | \(MarkdownText.inline(row.who)) | \(MarkdownText.inline(row.what)) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An HTML table (a fragment, or a whole page when `page`).
  package static func html(
    _ entries: [AccessEntry], title: String, lookup: DirectoryLookup, language: Language,
    zone: TimeZoneRule, page: Bool = true, families: [String: String]? = nil
  ) -> String {
    let e = Minutes.escape
    var lines: [String] = []
    if page {
      lines += [
        "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>",
        "<meta charset=\"utf-8\">", "<title>\(e(title))</title>", "</head>", "<body>",
      ]
    }
    lines.append("<h2>\(e(title))</h2>")
    lines.append(
      "<table><tr><th>\(e(language.pick("when", "wanneer")))</th><th>\(e(language.pick("who", "wie")))</th><th>\(e(language.pick("what", "wat")))</th></tr>"
    )
    for row in rows(entries, lookup: lookup, language: language, zone: zone, families: families) {
      lines.append("<tr><td>\(e(row.when))</td><td>\(e(row.who))</td><td>\(e(row.what))</td></tr>")
    }
    lines.append("</table>")
    if page { lines += ["</body>", "</html>"] }
    return lines.joined(separator: "\n") + "\n"
  }
}
