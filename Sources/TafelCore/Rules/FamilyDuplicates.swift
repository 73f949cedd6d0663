// The same thing recorded twice: an involvement of one professional in the
// same functions over the same days, or an assessment with the same
// instrument, day, organisation, rater, subject and outcome. The commands
// refuse a second one; `check` finds one that came by an edit or a sync.

package struct Duplicate: Hashable, Sendable {
  /// The path of the later entry ("involvements", index).
  package var list: String
  package var index: Int
  package var id: String
  /// The earlier entry it repeats.
  package var repeats: String
}

extension Involvement {
  /// The same professional, functions, start and end.
  package func repeats(_ other: Involvement) -> Bool {
    professional == other.professional && Set(functions) == Set(other.functions)
      && from == other.from && to == other.to
  }
}

extension RiskAssessment {
  /// Everything but the id and the derived values the same.
  package func repeats(_ other: RiskAssessment) -> Bool {
    instrument == other.instrument && version == other.version && part == other.part
      && date == other.date && organisation == other.organisation && rater == other.rater
      && subject == other.subject && outcome == other.outcome
  }
}

extension Family {
  /// Every entry that repeats an earlier one, in file order.
  package var duplicates: [Duplicate] {
    var found: [Duplicate] = []
    for (index, involvement) in involvements.enumerated() {
      if let earlier = involvements[..<index].first(where: involvement.repeats) {
        found.append(
          Duplicate(list: "involvements", index: index, id: involvement.id, repeats: earlier.id))
      }
    }
    for (index, assessment) in assessments.enumerated() {
      if let earlier = assessments[..<index].first(where: assessment.repeats) {
        found.append(
          Duplicate(list: "assessments", index: index, id: assessment.id, repeats: earlier.id))
      }
    }
    return found
  }
}
