// The rows of the agenda pane: the meeting's cases (start, status, family,
// kind, signal markers) or, without a meeting, the list of families. Rows are
// built only for what is on screen, so a list of 50,000 families costs no
// more per frame than one of eight.

import TafelCore
import TafelScreen

struct AgendaEntry: Hashable, Sendable {
  let familyID: String
  let name: String
  let item: AgendaItem?
  let phase: Phase?
}

enum AgendaRows {
  /// Room for six marker letters; more end in "…" (the signals pane lists them all).
  static let markerWidth = 6

  static func statusMarker(_ status: AgendaStatus) -> String {
    switch status {
    case .waiting: "·"
    case .paused: "◇"
    case .notReached: "–"
    case .discussed: "○"
    case .inProgress: "▶"
    case .decided: "✓"
    case .adjourned: "‖"
    }
  }

  /// The entries of the agenda: the meeting's items in order, else every known family by id.
  static func entries(data: BoardData, extra: [String] = []) -> [AgendaEntry] {
    if let meeting = data.meeting {
      let onAgenda = Set(meeting.items.map(\.family))
      // Names of families that are not loaded come from the index; look them up only then.
      let missing = Set(meeting.items.map(\.family) + extra).subtracting(data.families.keys)
      var names: [String: String] = [:]
      if !missing.isEmpty {
        for summary in data.summaries ?? [] where missing.contains(summary.id) {
          names[summary.id] = summary.name
        }
      }
      let extras = extra.filter { !onAgenda.contains($0) }.map { id in
        AgendaEntry(
          familyID: id, name: data.families[id]?.name ?? names[id] ?? id, item: nil,
          phase: data.families[id]?.phase)
      }
      return meeting.items.map { item in
        let family = data.families[item.family]
        return AgendaEntry(
          familyID: item.family, name: family?.name ?? names[item.family] ?? item.family,
          item: item, phase: family?.phase)
      } + extras
    }
    if let summaries = data.summaries {
      return summaries.sorted { $0.id < $1.id }.map {
        AgendaEntry(familyID: $0.id, name: $0.name, item: nil, phase: $0.phase)
      }
    }
    return data.families.values.sorted { $0.id < $1.id }.map {
      AgendaEntry(familyID: $0.id, name: $0.name, item: nil, phase: $0.phase)
    }
  }

  static func line(
    _ entry: AgendaEntry, width: Int, strings: Strings, name: String, markers: String,
    inMeeting: Bool
  ) -> PaneLine {
    let markerSpan = Span(DisplayWidth.pad(markers, to: markerWidth), .marker)
    if let item = entry.item {
      let statusRole: StyleRole =
        item.status == .inProgress ? .inProgress : item.status == .waiting ? .normal : .dim
      if width >= 56 {
        let nameWidth = max(8, width - 6 - 2 - 1 - 13 - 13 - markerWidth)
        return PaneLine(
          [
            Span(item.start + " ", .dim),
            Span(statusMarker(item.status) + " ", statusRole),
            Span(DisplayWidth.pad(name, to: nameWidth) + " ", statusRole),
            // A case adjourned at an earlier meeting says so where its kind stands.
            Span(
              DisplayWidth.pad(
                (item.carriedFrom == nil ? "" : "↪ ") + strings.kind(item.kind), to: 12)
                + " ", .dim),
            Span(DisplayWidth.pad(strings.status(item.status), to: 12) + " ", statusRole),
            markerSpan,
          ], item: entry.familyID)
      }
      // Narrow: an OTS review says so (its deadline matters most), else ↪ for carried over.
      let kind =
        item.kind.isOTS
        ? "OTS" : item.kind == .drangEvaluation ? "DR" : item.carriedFrom != nil ? "↪" : ""
      let nameWidth = max(6, width - 6 - 2 - 1 - 4 - markerWidth)
      return PaneLine(
        [
          Span(item.start + " ", .dim),
          Span(statusMarker(item.status) + " ", statusRole),
          Span(DisplayWidth.pad(name, to: nameWidth) + " ", statusRole),
          Span(DisplayWidth.pad(kind, to: 3) + " ", .dim),
          markerSpan,
        ], item: entry.familyID)
    }
    let phase = entry.phase.map { strings.phase($0) } ?? ""
    if inMeeting {
      // A family chosen with the filter, listed below the meeting's cases.
      let nameWidth = max(6, width - 6 - 2 - 1 - markerWidth)
      return PaneLine(
        [
          Span("      ", .dim), Span("+ ", .dim),
          Span(DisplayWidth.pad(name, to: nameWidth) + " "), markerSpan,
        ], item: entry.familyID)
    }
    if width >= 56 {
      let nameWidth = max(8, width - 13 - 1 - 14 - markerWidth)
      return PaneLine(
        [
          Span(DisplayWidth.pad(entry.familyID, to: 12) + " ", .dim),
          Span(DisplayWidth.pad(name, to: nameWidth) + " "),
          Span(DisplayWidth.pad(phase, to: 13) + " ", .dim),
          markerSpan,
        ], item: entry.familyID)
    }
    let nameWidth = max(6, width - 13 - 1 - markerWidth)
    return PaneLine(
      [
        Span(DisplayWidth.pad(entry.familyID, to: 12) + " ", .dim),
        Span(DisplayWidth.pad(name, to: nameWidth) + " "),
        markerSpan,
      ], item: entry.familyID)
  }
}
