// The parts of the board that can have focus, in Tab order.

import TafelCore
import TafelScreen

package enum PaneID: String, CaseIterable, Sendable {
  case agenda
  case plan
  case involved
  case assessments
  case decisions
  case signals

  func title(_ strings: Strings, hasMeeting: Bool) -> String {
    switch self {
    case .agenda: hasMeeting ? strings.agenda : strings.families
    case .plan: strings.familyPlan
    case .involved: strings.involved
    case .assessments: strings.assessments
    case .decisions: strings.decisionLog
    case .signals: strings.signals
    }
  }
}

extension FamilyPart {
  /// The part shown in a pane, or nil for panes that are not edited this way.
  package init?(pane: PaneID) {
    switch pane {
    case .plan: self = .plan
    case .involved: self = .involvements
    case .assessments: self = .assessments
    case .agenda, .decisions, .signals: return nil
    }
  }
}
