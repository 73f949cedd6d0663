// The parts of a family that can be edited on their own: by `tafel edit --part`
// and by `e` on the board, which hands them to the same validated editor flow;
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
