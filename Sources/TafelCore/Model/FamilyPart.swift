// The parts of a family that can be edited on their own: by `tafel edit --part`
// and by `e` on the board, which hands them to the same validated editor flow;
// on the board, the pane with focus decides which part is edited (see
// `FamilyPart(pane:)` in TafelUI).

package enum FamilyPart: String, CaseIterable, Sendable {
  case plan
  case involvements
  case assessments

}
