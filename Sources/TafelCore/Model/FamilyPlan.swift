// The one family plan (één gezin, één plan, één regisseur): its director,
// concerns, strengths, goals, actions and safety agreements.

public enum ActionStatus: String, Codable, CaseIterable, Sendable {
  case open
  case done
  case cancelled
}

public struct PlanAction: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "A4".
  public var id: String
  public var what: String
  /// A name or a professional id; empty when nobody owns it yet.
  public var owner: String
  public var due: Day?
  public var status: ActionStatus
  /// The decision whose agreement created this action, if any.
  public var decision: String?

  public init(
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

  public func isOverdue(on day: Day) -> Bool {
    status == .open && (due.map { $0 < day } ?? false)
  }
}

public struct FamilyPlan: Codable, Hashable, Sendable {
  /// The professional id of the one director (regisseur); nil when nobody holds it.
  public var director: String?
  public var concerns: [String]
  public var strengths: [String]
  public var goals: [String]
  public var actions: [PlanAction]
  public var safetyAgreements: [String]
  /// Every change of the plan: who and when.
  public var changes: [ChangeRecord]

  public init(
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
