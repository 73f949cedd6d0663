// The involved professionals pane: who works with the family now (name,
// organisation, role, functions, since when), earlier involvements dimmed,
// the fixed contact of each organisation, and how many distinct
// professionals the family met in the last 12 months.

import TafelCore
import TafelScreen

enum InvolvedPane {
  static func lines(_ input: PaneInput) -> [PaneLine] {
    let strings = input.strings
    let family = input.family
    let today = input.today
    var lines: [PaneLine] = []
    let count = distinctProfessionals(family, today: today)
    let manyHelpers = count > input.thresholds.manyHelpers
    lines.append(
      PaneLine(
        [
          Span(manyHelpers ? "! " : "", .warning),
          Span(strings.distinctProfessionals(count), manyHelpers ? .warning : .title),
        ],
        item: "count"))
    if family.involvements.isEmpty {
      lines.append(PaneLine(strings.noInvolvements, .dim))
      return lines
    }
    let active = family.involvements.filter { $0.isActive(on: today) }
      .sorted { ($0.from, $0.id) > ($1.from, $1.id) }
    let ended = family.involvements.filter { !$0.isActive(on: today) }
      .sorted { ($0.to ?? $0.from, $0.id) > ($1.to ?? $1.from, $1.id) }
    let wide = input.width >= 70
    let nameWidth = max(14, input.width / 4)
    for involvement in active + ended {
      let isActive = involvement.isActive(on: today)
      let professional = input.directory.lookup.professional(involvement.professional)
      let name = professional?.name ?? involvement.professional
      let organisation = professional.map { input.directory.abbreviation($0.organisation) } ?? "?"
      let functions = involvement.functions.map { strings.function($0) }.joined(separator: ", ")
      let period =
        isActive
        ? "\(strings.since) \(involvement.from)"
        : "\(involvement.from)–\(involvement.to.map(\.description) ?? "")"
      let base: StyleRole = isActive ? .normal : .dim
      let directs = involvement.functions.contains(.direction) && isActive
      if wide {
        let spans = [
          Span(directs ? "★ " : "  ", .marker),
          Span(DisplayWidth.pad(name, to: nameWidth) + " ", base),
          Span(DisplayWidth.pad(organisation, to: 8) + " ", isActive ? .title : .dim),
          Span(
            DisplayWidth.pad(professional?.role ?? "", to: max(10, input.width / 5)) + " ", base),
          Span(DisplayWidth.pad(functions, to: max(12, input.width / 5)) + " ", base),
          Span(period, .dim),
        ]
        lines.append(PaneLine(spans, item: involvement.id))
      } else {
        lines.append(
          PaneLine(
            [
              Span(directs ? "★ " : "  ", .marker), Span(name, base),
              Span(" (" + organisation + ")", isActive ? .title : .dim),
              Span(professional.map { " · " + $0.role } ?? "", .dim),
            ], item: involvement.id))
        // The period first: a narrow pane cuts the end of a row, and a date
        // cut to "2023-01-01–2…" says nothing, where the functions still read.
        lines.append(
          PaneLine(
            [Span("    "), Span(period, .dim), Span(" · " + functions, base)],
            item: involvement.id))
      }
    }
    let organisations = orderedOrganisations(active, input.directory)
    if !organisations.isEmpty {
      lines.append(PaneLine(strings.fixedContacts, .title, item: "contacts"))
      for organisation in organisations {
        var spans = [
          Span("  " + DisplayWidth.pad(organisation.kind.abbreviation, to: 8) + " ", .title)
        ]
        if let contact = organisation.contact(on: today) {
          spans.append(Span(contact.name))
          if let phone = contact.phone { spans.append(Span(" · " + phone, .dim)) }
          spans.append(Span(" (" + organisation.name + ")", .dim))
        } else {
          spans.append(Span(strings.noContact + " (" + organisation.name + ")", .warning))
        }
        lines.append(PaneLine(spans, item: "contact-" + organisation.id))
      }
    }
    return lines
  }

  /// Distinct professionals whose involvement touched the last 12 months.
  static func distinctProfessionals(_ family: Family, today: Day) -> Int {
    let start = today.adding(months: -12)
    var seen = Set<String>()
    for involvement in family.involvements where involvement.overlaps(from: start, to: today) {
      seen.insert(involvement.professional)
    }
    return seen.count
  }

  private static func orderedOrganisations(
    _ involvements: [Involvement], _ directory: DirectoryIndex
  ) -> [Organisation] {
    var seen = Set<String>()
    var result: [Organisation] = []
    for involvement in involvements {
      guard let professional = directory.lookup.professional(involvement.professional),
        let organisation = directory.lookup.organisation(professional.organisation),
        seen.insert(organisation.id).inserted
      else { continue }
      result.append(organisation)
    }
    return result
  }
}
