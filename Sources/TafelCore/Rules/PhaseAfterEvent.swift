// Where a family stands in the chain after a step: `tafel event` moves the
// family's phase with the step it records (docs/preparing.md has the table).
// Steps that do not say where the family is now (a handover, a petition, a
// crisis) leave the phase as it was.

extension EventKind {
  /// The family's phase after this step, given its phase before.
  package func phase(after current: Phase) -> Phase {
    switch self {
    case .report: current == .closed ? .reported : current
    case .drangEnd, .otsEnd: .voluntary
    // Scaling down to the local team, and its intake there, during drang or
    // a measure move the case, not the family: drang or the measure runs on.
    case .intake, .scaleDown: current == .drang || current == .measure ? current : .voluntary
    // A measure runs on while the table reviews it (an OTS review).
    case .requestForDiscussion, .tableDiscussion: current == .measure ? .measure : .table
    case .drangStart: .drang
    case .investigationStart, .rvdkAccept: .investigation
    // The RvdK does not investigate: the help goes on voluntarily (a measure runs on).
    case .rvdkReject: current == .measure ? .measure : .voluntary
    case .rulingOTS, .rulingProvisionalOTS, .rulingPlacement, .rulingGuardianship, .otsExtension,
      .giStart:
      .measure
    case .closure: .closed
    case .scaleUp, .handover, .investigationRequest, .investigationEnd, .petition, .crisis:
      current
    }
  }
}

extension Family {
  /// Adds `event` with the next free id; the phase follows it unless an
  /// event dated later is already recorded (history typed out of order).
  @discardableResult
  package mutating func record(event: ChainEvent, replica: String? = nil) -> ChainEvent {
    var event = event
    event.id = Family.nextNumber(prefix: "E", among: events.map(\.id), replica: replica)
    let isLatest = events.allSatisfy { $0.date <= event.date }
    events.append(event)
    if isLatest { phase = event.kind.phase(after: phase) }
    return event
  }

}
