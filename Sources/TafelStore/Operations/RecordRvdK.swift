// The RvdK's answer to a request for investigation: the one operation behind
// the board's `K` form and `tafel rvdk` (the rules are Family.recordRvdK's,
// kept under the family's lock).

import TafelCore

/// What recording the RvdK's answer did.
package struct RvdKReceipt: Sendable {
  /// The chain step written (`rvdk-accept` or `rvdk-reject`).
  package var step: ChainEvent
  /// The family's phase after it.
  package var phase: Phase
  package var receipt: Receipt
}

extension Store {
  /// Records that the RvdK accepted (or rejected) a request of `familyID`
  /// on `day`. Throws `RvdKRefusal` or a store error; nothing is written then.
  package func recordRvdK(
    _ familyID: String, accepted: Bool, on day: Day, decision: RvdKDecision, by author: String
  ) throws -> RvdKReceipt {
    let organisation = try directory().organisations.first { $0.kind == .rvdk }?.id
    let word = accepted ? "accepted" : "rejected"
    let why = accepted ? nil : decision.reason?.trimmed.nonEmpty
    let (step, phase) = try updateFamily(
      familyID, by: author,
      what: "the RvdK \(word) the request for investigation on \(day)"
        + (why.map { " (\(Sanitized.line($0)))" } ?? "")
    ) { family in
      let step = try family.recordRvdK(
        accepted: accepted, on: day, decision: decision, organisation: organisation,
        replica: replica)
      return (step, family.phase)
    }
    return RvdKReceipt(
      step: step, phase: phase, receipt: receipt([relativePath(family: familyID)]))
  }
}
