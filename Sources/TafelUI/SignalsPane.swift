// The signals strip for the selected family: one line of words per signal,
// with its evidence, led by the signal's marker character (the same character
// the agenda row carries), so it reads without colour.

import TafelCore

struct SignalRow: Hashable, Sendable {
  let marker: Character
  let text: String
}

enum SignalsPane {
  static func lines(_ rows: [SignalRow], strings: Strings) -> [PaneLine] {
    guard !rows.isEmpty else { return [PaneLine(strings.noSignals, .dim)] }
    return rows.enumerated().map { index, row in
      PaneLine([Span(String(row.marker) + " ", .marker), Span(row.text, .warning)], item: "signal\(index)")
    }
  }
}

extension SignalRow {
  /// The signals of a family in one language (TafelCore's rules do the work).
  static func evaluate(
    family: Family, directory: Directory, today: Day, thresholds: SignalThresholds,
    language: Language
  ) -> [SignalRow] {
    []
  }
}
