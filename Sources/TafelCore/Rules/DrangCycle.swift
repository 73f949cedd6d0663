// Drang as a cycle: a drang decision sets conditions (its agreements) and a
// deadline; when the deadline comes, the table evaluates. A meeting made on
// or after a family's deadline takes that family as a drang evaluation,
// unless it is already on an agenda on or after the deadline; one the table
// has no meeting for yet is flagged (`tafel meeting list`). The evaluation's
// outcome is the table's decision: conditions met (no investigation, the
// help stays voluntary) or not met (a request to the RvdK).

/// A drang decision waiting for its evaluation.
package struct DrangEvaluation: Hashable, Sendable {
  package var family: String
  package var decision: String
  package var deadline: Day
}

extension Family {
  /// The drang whose evaluation is due: the family's latest decision in
  /// force, when it is drang with a deadline (a later decision — an
  /// evaluation, a correction — ends it). None for an archived family.
  package var drangToEvaluate: DrangEvaluation? {
    guard archived == nil, !decisions.isEmpty else { return nil }
    let corrected = correctedIDs
    let latest = decisions.filter { !corrected.contains($0.id) && $0.outcome != .adjourned }
      .max { ($0.tableDay, $0.time, $0.id) < ($1.tableDay, $1.time, $1.id) }
    guard let latest, latest.outcome == .drang, let deadline = latest.deadline else { return nil }
    return DrangEvaluation(family: id, decision: latest.id, deadline: deadline)
  }
}

package enum DrangCycle {
  /// Whether the evaluation is planned: the family on the agenda of a
  /// meeting (not called off) dated on or after its deadline that is still
  /// open, or that decided the case. A case such a meeting closed without a
  /// decision (not reached, adjourned without a next meeting) is not
  /// planned: the next meeting made takes it.
  package static func isPlanned(_ evaluation: DrangEvaluation, meetings: [Meeting]) -> Bool {
    meetings.contains { meeting in
      guard !meeting.isCancelled, meeting.date >= evaluation.deadline,
        let item = meeting.items.first(where: { $0.family == evaluation.family })
      else { return false }
      return !meeting.isClosed || item.status == .decided
    }
  }

  /// The evaluations a meeting on `date` takes: deadline on or before it,
  /// not planned on another meeting. Sorted by deadline, then family.
  package static func due(
    _ evaluations: [DrangEvaluation], on date: Day, meetings: [Meeting]
  ) -> [DrangEvaluation] {
    evaluations.filter { $0.deadline <= date && !isPlanned($0, meetings: meetings) }
      .sorted { ($0.deadline, $0.family) < ($1.deadline, $1.family) }
  }
}
