// One step of a family through the chain: a report, an intake, a scale-up,
// a ruling. Handovers also say who informed whom, because the study found
// that the next party is often not told.

package enum EventKind: String, Codable, CaseIterable, Sendable {
  case report
  case intake
  case scaleUp = "scale-up"
  case scaleDown = "scale-down"
  case handover
  case requestForDiscussion = "request-for-discussion"
  case tableDiscussion = "table-discussion"
  case investigationRequest = "investigation-request"
  /// The RvdK decided to investigate (RvdKDecision says who, with whom, on what conditions).
  case rvdkAccept = "rvdk-accept"
  /// The RvdK decided not to investigate, and why; the reporter carries on.
  case rvdkReject = "rvdk-reject"
  case investigationStart = "investigation-start"
  case investigationEnd = "investigation-end"
  case petition
  case rulingOTS = "ruling-ots"
  case rulingProvisionalOTS = "ruling-provisional-ots"
  case rulingPlacement = "ruling-placement"
  case rulingGuardianship = "ruling-guardianship"
  case otsExtension = "ots-extension"
  case otsEnd = "ots-end"
  case giStart = "gi-start"
  case drangStart = "drang-start"
  case drangEnd = "drang-end"
  case closure
  case crisis

  /// Scale-up, scale-down and handover must record who informed whom.
  package var needsInformed: Bool { self == .scaleUp || self == .scaleDown || self == .handover }

  package var isRuling: Bool {
    switch self {
    case .rulingOTS, .rulingProvisionalOTS, .rulingPlacement, .rulingGuardianship: true
    default: false
    }
  }
}

package struct Informed: Codable, Hashable, Sendable {
  package var who: String
  package var whom: String
  package var date: Day

  package init(who: String, whom: String, date: Day) {
    self.who = who
    self.whom = whom
    self.date = date
  }
}

package struct ChainEvent: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "E7".
  package var id: String
  package var date: Day
  package var kind: EventKind
  /// Organisation ids.
  package var from: String?
  package var to: String?
  package var note: String?
  package var informed: [Informed]?
  /// The decision this step follows from, for the steps decisions imply
  /// (`Family.chainSteps`); never stored in a family file.
  package var decision: String?
  /// For the RvdK's decision (`rvdk-accept`, `rvdk-reject`): who decided,
  /// with which behavioural expert, and on what conditions or why not.
  package var rvdk: RvdKDecision?

  package init(
    id: String, date: Day, kind: EventKind, from: String? = nil, to: String? = nil,
    note: String? = nil, informed: [Informed]? = nil, decision: String? = nil,
    rvdk: RvdKDecision? = nil
  ) {
    self.id = id
    self.date = date
    self.kind = kind
    self.from = from
    self.to = to
    self.note = note
    self.informed = informed
    self.decision = decision
    self.rvdk = rvdk
  }
}
