// What each marker character on the board means. The board never says
// anything through colour alone, so the characters are the meaning; the help
// overlay and docs/keys.md list them from here.

import TafelCore
import TafelScreen

package enum MarkerLegend {
  package static func entries(_ language: Language) -> [(marker: String, meaning: String)] {
    let l = language
    var result: [(String, String)] = [
      ("▶", l.pick("focused pane; case in progress", "venster met focus; casus bezig")),
      (
        "▸ ›",
        l.pick(
          "selected row (focused pane, other pane)",
          "gekozen regel (venster met focus, ander venster)")
      ),
      ("·", l.pick("case waiting", "casus wacht")),
      ("◇", l.pick("case paused", "casus onderbroken")),
      ("○", l.pick("case discussed, no decision", "casus besproken, geen besluit")),
      (
        "–",
        l.pick("case not reached (meeting closed)", "casus niet aan bod (vergadering gesloten)")
      ),
      ("✓", l.pick("case decided; action done", "casus besloten; actie klaar")),
      ("‖", l.pick("case adjourned", "casus aangehouden")),
      (
        "+",
        l.pick(
          "family chosen with the filter, not on the agenda",
          "gezin gekozen met het filter, niet op de agenda")
      ),
      (
        "!",
        l.pick(
          "needs attention: no or several directors, overdue, over time",
          "vraagt aandacht: geen of meer regisseurs, te laat, tijd voorbij")
      ),
      ("★", l.pick("holds direction (regie)", "heeft de regie")),
      (
        "≠",
        l.pick(
          "assessment differs 2+ steps from another organisation",
          "taxatie wijkt 2+ stappen af van een andere organisatie")
      ),
      ("●", l.pick("decision in force", "geldend besluit")),
      (
        "✗",
        l.pick(
          "decision superseded by a correction; action cancelled",
          "besluit vervangen door een correctie; actie vervallen")
      ),
      ("→ ↺", l.pick("corrected by / corrects", "gecorrigeerd door / corrigeert")),
      ("↑ ↓", l.pick("more rows above / below", "meer regels boven / onder")),
    ]
    for kind in SignalKind.allCases {
      result.append((String(kind.marker), l.pick("signal: ", "signaal: ") + kind.name(l)))
    }
    return result
  }

  package static func title(_ language: Language) -> String { language.pick("Markers", "Tekens") }
}
