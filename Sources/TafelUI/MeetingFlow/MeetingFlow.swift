// Small rules of chairing that the overlays share: which decision `c`
// corrects, and what the chair sees about a case's time.

import TafelCore
import TafelScreen

package enum MeetingFlow {
  /// The decision `c` corrects: the one selected in the log, else the latest.
  /// A decision that was corrected already leads to its latest correction,
  /// because only that one may be corrected again.
  package static func decisionToCorrect(in family: Family, selected: String?) -> Decision? {
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
  /// `X`: "Close JBT-2026-12-01? 3 cases not reached. The minutes become final." — yes
  /// closes; with a deadline running for a case left, it is named; `c` closes
  /// and carries the cases left to the next open meeting.
  package static func closeConfirmation(meeting: Meeting, context: BoardContext) -> ConfirmOverlay {
    let open = meeting.items.filter { $0.status == .waiting }.count
    let unfinished = meeting.items.filter { [.inProgress, .paused].contains($0.status) }.count
    let language = context.language
    let finishing =
      unfinished == 0
      ? ""
      : language.pick(
        " \(unfinished) started, finished without a decision;",
        " \(unfinished) begonnen, afgerond zonder besluit;")
    // A deadline running for a case the meeting leaves unfinished is named:
    // an OTS that ends before the next sitting must not strand unseen.
    let stakes = meeting.items.filter { [.waiting, .inProgress, .paused].contains($0.status) }
      .compactMap { item -> (name: String, deadline: MeasureDeadline)? in
        guard let family = context.data.families[item.family],
          let soonest = MeasureDeadlines.running(in: family)
            .filter({ $0.date >= context.data.today }).min(by: { $0.date < $1.date })
        else { return nil }
        return (context.familyLabel(id: family.id, name: family.name), soonest)
      }.sorted { $0.deadline.date < $1.deadline.date }
    let atStake =
      stakes.isEmpty
      ? ""
      : language.pick(" At stake: ", " Op het spel: ")
        + stakes.prefix(2).map { stake in
          let kind: String =
            switch stake.deadline.kind {
            case .drang: "drang"
            case .provisionalOTS: language.pick("provisional OTS", "voorlopige OTS")
            case .ots: "OTS"
            }
          return "\(stake.name), \(kind) \(language.pick("ends", "eindigt")) \(stake.deadline.date)"
        }.joined(separator: "; ") + (stakes.count > 2 ? " …" : "") + "."
    // With cases left and a later meeting open: closing can carry them there.
    let next = context.data.laterMeetings.first
    let carry: (line: String, requests: [Request])? =
      open + unfinished > 0
      ? next.map { next in
        (
          language.pick("c = close, carry them to \(next)", "m = sluiten, meenemen naar \(next)"),
          [.closeMeeting(meetingID: meeting.id, carryTo: next)]
        )
      } : nil
    return ConfirmOverlay(
      question: language.pick(
        "Close \(meeting.id)?\(finishing) \(open) not reached; the minutes become final."
          + atStake,
        "\(meeting.id) sluiten?\(finishing) \(open) niet aan bod; het verslag wordt definitief."
          + atStake),
      yes: [.closeMeeting(meetingID: meeting.id, carryTo: nil)], other: carry)
  }
}

extension MeetingFlow {
  /// `s` while another case is at the table: "Familie Bakker is at the table
  /// (12 min). Pause it and start Familie Visser?" — y pauses it, f finishes
  /// it (discussed, no decision), n keeps it at the table.
  package static func switchCase(
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
