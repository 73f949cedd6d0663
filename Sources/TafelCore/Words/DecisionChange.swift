// The words a decision's change record and commit carry, the same from the
// board and from `tafel decide`: "recorded a decision (drang)", or for a
// correction "recorded a correction of FV-2026-0052-D001 (investigation)",
// so history tells a correction from the decision it corrects.

package enum DecisionChange {
  package static func what(_ draft: DecisionDraft) -> String {
    let outcome = draft.outcome?.rawValue ?? "no outcome"
    guard let superseded = draft.supersedes else { return "recorded a decision (\(outcome))" }
    return "recorded a correction of \(superseded) (\(outcome))"
  }
}
