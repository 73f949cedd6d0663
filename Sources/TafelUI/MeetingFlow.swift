// Small rules of chairing that the overlays share: which decision `c`
// corrects, and what the chair sees about a case's time.

import TafelCore

public enum MeetingFlow {
  /// The decision `c` corrects: the one selected in the log, else the latest.
  /// A decision that was corrected already leads to its latest correction,
  /// because only that one may be corrected again.
  public static func decisionToCorrect(in family: Family, selected: String?) -> Decision? {
    var decision = selected.flatMap { family.decision($0) } ?? family.decisions.last
    var seen: Set<String> = []
    while let current = decision, let correction = family.correction(of: current.id),
      !seen.contains(correction.id)
    {
      seen.insert(current.id)
      decision = correction
    }
    return decision
  }
}
