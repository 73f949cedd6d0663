// The history view: a family's route through the chain, full screen, from
// `Timeline.build`. On top the phase bands and who held direction when; below
// one chronological list of chain steps (with the days since the previous
// step), professionals joining and leaving (with the running count) and
// direction changing hands, with the phase band running down the left edge.

import TafelCore
import TafelScreen

package final class HistoryViewOverlay: ScrollingTextOverlay {
  package let familyID: String

  package init(familyID: String) { self.familyID = familyID }

  override func title(context: BoardContext) -> String {
    let family = context.data.families[familyID]
    let name = family.map { context.familyLabel(id: $0.id, name: $0.name) } ?? familyID
    return context.language.pick("History", "Tijdlijn") + " — " + name + " · " + familyID
  }

  override func lines(width: Int, context: BoardContext) -> [PaneLine] {
    guard let family = context.data.families[familyID] else { return [] }
    let timeline = Timeline.build(family: family, directory: context.data.directory)
    return HistoryViewOverlay.lines(
      timeline, today: context.data.today, language: context.language, width: width,
      showNotes: context.mayShowNames(of: familyID))
  }

  /// One entry of the chronological list.
  struct Entry {
    var date: Day
    /// Events first on a day, then joins, direction, leaves.
    var order: Int
    var days: Int?
    var marker: String
    var text: String
    var note: String?
    var role: StyleRole
  }

  /// The view's lines: the summary, then phases, direction, safety and the
  /// route, each under its heading. The words are the history's
  /// (TimelineText): only the layout is the board's.
  static func lines(
    _ timeline: Timeline, today: Day, language: Language, width: Int, showNotes: Bool
  ) -> [PaneLine] {
    let view = HistoryView(timeline: timeline, today: today, l: language)
    var lines = [view.summary()]
    for (title, section) in [
      (language.pick("Phases", "Fasen"), view.phases()),
      (language.pick("Direction (regie)", "Regie"), view.direction()),
      (timeline.safetyTitle(language), view.safety()),
      (language.pick("Route", "Route"), view.route(width: width, showNotes: showNotes)),
    ] {
      lines += [PaneLine(""), PaneLine(title.uppercased(), .overlayTitle)] + section
    }
    return lines
  }

  /// The sections of the view for one timeline.
  private struct HistoryView {
    let timeline: Timeline
    let today: Day
    let l: Language

    func summary() -> PaneLine {
      PaneLine(
        [
          Span(timeline.municipality + " · ", .dim),
          Span(l.pick("now: ", "nu: ") + ChainWords.phase(timeline.phase, l), .normal),
          Span(
            " · "
              + l.pick(
                "\(timeline.rows.count) chain steps", "\(timeline.rows.count) stappen in de keten")
              + " · "
              + l.pick(
                "\(timeline.professionalsMet) professionals met",
                "\(timeline.professionalsMet) professionals gezien"),
            .dim),
        ])
    }

    func phases() -> [PaneLine] {
      guard !timeline.phases.isEmpty else {
        return [PaneLine("  " + l.pick("none yet", "nog geen"), .dim)]
      }
      return timeline.phases.map { band in
        let length = band.from.days(until: band.to ?? today)
        return PaneLine(
          [
            Span("  " + DisplayWidth.pad(ChainWords.phase(band.phase, l), to: 16), .normal),
            Span("\(band.from) → \(DisplayWidth.pad(timeline.end(band.to, l), to: 10))  ", .dim),
            Span(
              ChainWords.days(length, l) + (band.to == nil ? l.pick(" so far", " tot nu") : ""),
              .normal),
          ])
      }
    }

    func direction() -> [PaneLine] {
      guard !timeline.direction.isEmpty else {
        return [
          PaneLine(
            "  " + l.pick("nobody has held direction", "niemand heeft de regie gehad"), .warning)
        ]
      }
      return timeline.direction.map { span in
        // The same pairs the history's text names (a duo with a safety team is none).
        let overlapping = timeline.directionOverlaps.contains {
          $0.first == span || $0.second == span
        }
        var spans = [
          Span("  \(span.from) → \(DisplayWidth.pad(timeline.end(span.to, l), to: 10))  ", .dim),
          Span(timeline.person(span.name, span.organisationName), .normal),
        ]
        if overlapping {
          spans.append(
            Span(
              l.pick(
                "  ! at the same time as another director",
                "  ! tegelijk met een andere regisseur"),
              .warning))
        }
        return PaneLine(spans)
      }
    }

    /// Held: normal; a handover still unanswered: a warning; one refused: dim.
    func safety() -> [PaneLine] {
      timeline.safetyLines(l).enumerated().map { index, line in
        let record = timeline.safety.indices.contains(index) ? timeline.safety[index].record : nil
        let role: StyleRole =
          record.map { $0.from != nil ? .normal : ($0.answer == nil ? .warning : .dim) } ?? .normal
        return PaneLine("  " + line, role)
      }
    }

    /// Chain steps, professionals joining and leaving and direction changing
    /// hands in one chronological list, the phase band down the left edge.
    func route(width: Int, showNotes: Bool) -> [PaneLine] {
      // Room for "┃ " and the longest phase word, and a space after it.
      let bandWidth = max(
        14, 3 + (Timeline.bandPhases.map { DisplayWidth.of(ChainWords.phase($0, l)) }.max() ?? 0))
      var lines = [
        PaneLine(
          DisplayWidth.pad(l.pick("phase", "fase"), to: bandWidth)
            + DisplayWidth.pad(l.pick("date", "datum"), to: 12)
            + DisplayWidth.padLeft(l.pick("days", "dagen"), to: 5) + "    "
            + l.pick("what", "wat"), .dim)
      ]
      let entries = self.entries(showNotes: showNotes)
      var currentBand: Timeline.PhaseBand?
      let textWidth = max(10, width - bandWidth - 12 - 5 - 4)
      for entry in entries {
        let band = timeline.phases.last {
          $0.from <= entry.date && (entry.date < ($0.to ?? Day(ordinal: Int.max / 2)))
        }
        var gutter = ""
        if let band {
          gutter = band == currentBand ? "┃" : "┃ " + ChainWords.phase(band.phase, l)
        }
        currentBand = band
        lines += entryLines(
          entry, gutter: gutter, inBand: band != nil, bandWidth: bandWidth, textWidth: textWidth)
      }
      if entries.isEmpty {
        lines.append(
          PaneLine(
            "  " + l.pick("no chain steps recorded", "geen stappen in de keten vastgelegd"), .dim))
      }
      return lines
    }

    /// The list's entries, by day; on a day steps first, then joins,
    /// direction, leaves.
    func entries(showNotes: Bool) -> [Entry] {
      var entries: [Entry] = timeline.rows.map { row in
        Entry(
          date: row.date, order: 0, days: row.daysSincePrevious, marker: "●",
          text: timeline.step(row, l), note: showNotes ? row.note(l) : nil,
          role: timeline.informedMissing(row) ? .warning : .normal)
      }
      for change in timeline.staff {
        let who = timeline.person(change.name, change.organisationName)
        let counts = l.pick(
          "\(change.active) active, \(change.metSoFar) met",
          "\(change.active) actief, \(change.metSoFar) gezien")
        let joined = change.change == .joined
        entries.append(
          Entry(
            date: change.date, order: joined ? 1 : 3, days: nil, marker: joined ? "+" : "−",
            text: (joined ? l.pick("joins: ", "komt erbij: ") : l.pick("leaves: ", "gaat eruit: "))
              + who + " — " + counts,
            note: nil, role: .dim))
      }
      for span in timeline.direction {
        let who = timeline.person(span.name, span.organisationName)
        entries.append(
          Entry(
            date: span.from, order: 2, days: nil, marker: "◆",
            text: l.pick("takes direction: ", "neemt de regie: ") + who, note: nil, role: .normal))
        if let to = span.to {
          entries.append(
            Entry(
              date: to, order: 2, days: nil, marker: "◇",
              text: l.pick("gives up direction: ", "geeft de regie af: ") + who, note: nil,
              role: .dim))
        }
      }
      return entries.enumerated().sorted {
        ($0.element.date, $0.element.order, $0.offset) < (
          $1.element.date, $1.element.order, $1.offset
        )
      }.map(\.element)
    }

    /// One entry, wrapped; its note beside it when it fits, else under it, whole.
    func entryLines(
      _ entry: Entry, gutter: String, inBand: Bool, bandWidth: Int, textWidth: Int
    ) -> [PaneLine] {
      var lines: [PaneLine] = []
      let wrapped = TextField(entry.text, multiline: false, wrapWidth: textWidth).visibleLines()
      let inline =
        wrapped.count == 1
        && (entry.note ?? "").isEmpty == false
        && DisplayWidth.of(wrapped[0] + " — " + (entry.note ?? "")) <= textWidth
      for (index, piece) in wrapped.enumerated() {
        let first = index == 0
        var spans = [
          Span(DisplayWidth.pad(first ? gutter : (inBand ? "┃" : ""), to: bandWidth), .marker),
          Span(DisplayWidth.pad(first ? entry.date.description : "", to: 12), .dim),
          Span(
            DisplayWidth.padLeft(first ? entry.days.map { "+\($0)" } ?? "" : "", to: 5), .normal),
          Span(first ? "  \(entry.marker) " : "    ", .marker),
          Span(piece, entry.role),
        ]
        if first, inline {
          spans.append(Span(" — " + (entry.note ?? ""), .dim))
        }
        lines.append(PaneLine(spans))
      }
      if !inline, let note = entry.note, !note.isEmpty {
        for piece in DisplayWidth.wrap("— " + note, to: max(10, textWidth)) {
          lines.append(
            PaneLine(
              [
                Span(DisplayWidth.pad(inBand ? "┃" : "", to: bandWidth), .marker),
                Span(String(repeating: " ", count: 21) + piece, .dim),
              ]))
        }
      }
      return lines
    }
  }
}
