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

extension MeetingFlow {
  /// `s` while another case is at the table: "Familie Bakker is at the table
  /// (12 min). Pause it and start Familie Visser?" — y pauses it, f finishes
  /// it (discussed, no decision), n keeps it at the table.
  public static func switchCase(
    running: AgendaItem, to familyID: String, meetingID: String, context: BoardContext
  ) -> ConfirmOverlay {
    func name(_ id: String) -> String {
      context.data.families[id].map { context.familyLabel(id: $0.id, name: $0.name) } ?? id
    }
    let minutes = running.secondsAtTable(at: context.data.now) / 60
    let language = context.language
    let start = Request.startCase(meetingID: meetingID, familyID: familyID)
    return ConfirmOverlay(
      question: language.pick(
        "\(name(running.family)) is at the table (\(minutes) min). Start \(name(familyID))?",
        "\(name(running.family)) is aan tafel (\(minutes) min). \(name(familyID)) starten?"),
      yes: [start],
      answers: language.pick(
        "y = pause it and start, n = no", "j = onderbreken en starten, n = nee"),
      other: (
        language.pick(
          "f = finish it (no decision) and start", "a = afronden (geen besluit) en starten"),
        [.finishCase(meetingID: meetingID, familyID: running.family), start]
      ))
  }
}
