// The parts of the board that can have focus, in Tab order.

import TafelCore

public enum PaneID: String, CaseIterable, Sendable {
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
