// Meeting mode's way into the board: BoardApp asks this provider for the
// overlay of a table action (decide, correct, read back, request, attendance,
// history). Everything meeting mode shows is built here from the context.

import TafelCore
import TafelScreen

extension BoardApp: OverlayProvider {
  package func makeOverlay(for action: ActionID, context: BoardContext) -> (any Overlay)? {
    guard let family = context.selectedFamily else { return nil }
    switch action {
    case .decide:
      return DecisionFormOverlay(family: family, context: context)
    case .correct:
      guard
        let decision = MeetingFlow.decisionToCorrect(
          in: family, selected: context.selectedDecisionID)
      else { return nil }
      return DecisionFormOverlay(family: family, correcting: decision, context: context)
    case .readBack:
      guard !family.decisions.isEmpty else { return nil }
      return ReadBackOverlay(familyID: family.id, decisionID: context.selectedDecisionID)
    case .requestView:
      return RequestViewOverlay(familyID: family.id)
    case .attendance:
      return AttendanceOverlay(family: family, context: context)
    case .history:
      return HistoryViewOverlay(familyID: family.id)
    default:
      return nil
    }
  }
}
