// One professional's part in one family's case: which functions, from when to when.

/// What a professional does for a family. The study found organisations
/// overlapping in exactly these functions.
package enum CaseFunction: String, Codable, CaseIterable, Sendable {
  case intake
  /// Regie: holding direction over the one family plan.
  case direction
  case advice
  case investigation
  case monitoring
  case drang
  /// Carrying out a child protection measure (a GI under an OTS).
  case measure
  case care
}

package struct Involvement: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "I3".
  package var id: String
  /// The id of a `Professional` in organisations.json.
  package var professional: String
  package var functions: [CaseFunction]
  package var from: Day
  package var to: Day?

  package init(
    id: String, professional: String, functions: [CaseFunction], from: Day, to: Day? = nil
  ) {
    self.id = id
    self.professional = professional
    self.functions = functions
    self.from = from
    self.to = to
  }

  /// True when the involvement runs on `day` (`to` is inclusive).
  package func isActive(on day: Day) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }

  /// True when this involvement and the period [start, end] share at least one day.
  package func overlaps(from start: Day, to end: Day?) -> Bool {
    let myEnd = to ?? Day(ordinal: Int.max / 2)
    let otherEnd = end ?? Day(ordinal: Int.max / 2)
    return from <= otherEnd && start <= myEnd
  }
}
