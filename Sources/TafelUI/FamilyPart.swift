// The parts of a family that `e` on the board hands to the validated editor:
// the pane with focus decides which part is edited.

public enum FamilyPart: String, CaseIterable, Sendable {
  case plan
  case involvements
  case assessments

  /// The part shown in a pane, or nil for panes that are not edited this way.
  public init?(pane: PaneID) {
    switch pane {
    case .plan: self = .plan
    case .involved: self = .involvements
    case .assessments: self = .assessments
    case .agenda, .decisions, .signals: return nil
    }
  }
}
