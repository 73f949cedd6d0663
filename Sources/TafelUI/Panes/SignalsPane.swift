// The signals strip for the selected family: one line of words per signal,
// with its evidence, led by the signal's marker letter (the same letter its
// agenda row carries), so it reads without colour. In privacy mode a family
// other than the one under discussion shows only the kinds of its signals,
// since the evidence can name its children.

import TafelCore
import TafelScreen

enum SignalsPane {
  /// One signal per line, wrapped to `width` so that its evidence reads whole.
  static func lines(_ signals: [Signal], strings: Strings, showNames: Bool, width: Int)
    -> [PaneLine]
  {
    guard !signals.isEmpty else { return [PaneLine(strings.noSignals, .dim)] }
    var lines: [PaneLine] = []
    for (index, signal) in signals.enumerated() {
      let text =
        showNames
        ? signal.line(language: strings.language)
        : signal.kind.name(strings.language) + " " + strings.hidden
      let wrapped = DisplayWidth.wrap(text, to: max(10, width - 2))
      for (row, part) in wrapped.enumerated() {
        let lead = row == 0 ? String(signal.marker) + " " : "  "
        lines.append(PaneLine([Span(lead, .marker), Span(part, .warning)], item: "signal\(index)"))
      }
    }
    return lines
  }
}
