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

extension MeetingFlow {
  /// `a`: "Adjourn Familie Öztürk? The case goes back on a later agenda." — yes adjourns.
  public static func adjournConfirmation(
    meetingID: String, familyID: String, context: BoardContext
  ) -> ConfirmOverlay {
    let name =
      context.data.families[familyID].map { context.familyLabel(id: $0.id, name: $0.name) }
      ?? familyID
    return ConfirmOverlay(
      question: context.language.pick(
        "Adjourn the case of \(name)?", "De casus \(name) aanhouden?"),
      yes: [.adjournCase(meetingID: meetingID, familyID: familyID)])
  }
}
