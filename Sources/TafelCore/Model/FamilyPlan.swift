// The one family plan (één gezin, één plan, één regisseur): its director,
// concerns, strengths, goals, actions and safety agreements.

package enum ActionStatus: String, Codable, CaseIterable, Sendable {
  case open
  case done
  case cancelled
}

package struct PlanAction: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "A4".
  package var id: String
  package var what: String
  /// A name or a professional id; empty when nobody owns it yet.
  package var owner: String
  package var due: Day?
  package var status: ActionStatus
  /// The decision whose agreement created this action, if any.
  package var decision: String?

  package init(
    id: String, what: String, owner: String, due: Day? = nil, status: ActionStatus = .open,
    decision: String? = nil
  ) {
    self.id = id
    self.what = what
    self.owner = owner
    self.due = due
    self.status = status
    self.decision = decision
  }

  package func isOverdue(on day: Day) -> Bool {
    status == .open && (due.map { $0 < day } ?? false)
  }
}

package struct FamilyPlan: Codable, Hashable, Sendable {
  /// The professional id of the one director (regisseur); nil when nobody holds it.
  package var director: String?
  package var concerns: [String]
  package var strengths: [String]
  package var goals: [String]
  package var actions: [PlanAction]
  package var safetyAgreements: [String]
  /// Every change of the plan: who and when.
  package var changes: [ChangeRecord]

  package init(
    director: String? = nil, concerns: [String] = [], strengths: [String] = [],
    goals: [String] = [], actions: [PlanAction] = [], safetyAgreements: [String] = [],
    changes: [ChangeRecord] = []
  ) {
    self.director = director
    self.concerns = concerns
    self.strengths = strengths
    self.goals = goals
    self.actions = actions
    self.safetyAgreements = safetyAgreements
    self.changes = changes
  }
}
