// A family back at the chain after the table ended its part: a new report or
// request for discussion within the region's repeat window of a decision of
// no investigation or drang. One rule for signal B and the report's share.

/// A step that brought the family back, and the decision it came back after.
package struct FamilyReturn: Hashable, Sendable {
  package var decision: Decision
  package var step: ChainEvent
}

extension Family {
  /// Every report or request for discussion that came within `months` of
  /// the table's last decision before it, when that decision (in force)
  /// ended the table's part. A later decision replaces an earlier one: after
  /// drang and then an investigation decided, the table's part had not ended.
  package func returns(within months: Int, steps: [ChainEvent]) -> [FamilyReturn] {
    let corrected = correctedIDs
    let inForce = decisions.filter { !corrected.contains($0.id) }.sorted { $0.time < $1.time }
    guard inForce.contains(where: \.endsTheTablesPart) else { return [] }
    return steps.compactMap { step in
      guard step.kind == .report || step.kind == .requestForDiscussion,
        let last = inForce.last(where: { $0.day < step.date }), last.endsTheTablesPart,
        step.date <= last.day.adding(months: months)
      else { return nil }
      return FamilyReturn(decision: last, step: step)
    }
  }
}

extension Decision {
  /// No investigation, or drang: the family leaves the table for help.
  package var endsTheTablesPart: Bool { outcome == .noInvestigation || outcome == .drang }
}
