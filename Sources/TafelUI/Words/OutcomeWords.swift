// The words for each outcome of the table, as the decision form lists them
// and the read-back and decision log show them, in English and Dutch.

import TafelCore
import TafelScreen

extension Outcome {
  /// The outcome in full words: "RvdK investigation postponed with agreements
  /// (drang)" — the same words the minutes use (MinutesWords), in both languages.
  package func label(_ language: Language) -> String { MinutesWords.outcome(self, language) }
}
