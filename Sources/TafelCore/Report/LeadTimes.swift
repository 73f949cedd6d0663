// How long a family waits between the chain's main steps. Each step ends at
// the first event of its end kind that follows a start, and runs from the
// last event of its start kind before it (the route the family is on, not an
// intake of years before); one measurement per family and step (docs/report.md).

package enum ChainStep: String, Codable, CaseIterable, Sendable {
  case reportToIntake = "report-intake"
  case intakeToTable = "intake-table"
  case tableToInvestigation = "table-investigation"
  case investigationToRuling = "investigation-ruling"
  case rulingToGI = "ruling-gi"
  /// The RvdK's own step: its request for investigation to the start of it.
  case requestToInvestigation = "request-investigation"
  /// The RvdK's decision: its request for investigation to the RvdK's
  /// acceptance or rejection, whichever it was.
  case requestToRvdKDecision = "request-rvdk"
  /// The whole chain: a report to Veilig Thuis to the start of the youth
  /// protector (the GI).
  case reportToGI = "report-gi"

  package var startKinds: Set<EventKind> {
    switch self {
    case .reportToIntake: [.report]
    case .intakeToTable: [.intake]
    case .tableToInvestigation: [.tableDiscussion]
    case .investigationToRuling: [.investigationStart, .rvdkAccept]
    case .rulingToGI: ChainStep.rulings
    case .requestToInvestigation, .requestToRvdKDecision: [.investigationRequest]
    case .reportToGI: [.report]
    }
  }

  package var endKinds: Set<EventKind> {
    switch self {
    case .reportToIntake: [.intake]
    case .intakeToTable: [.tableDiscussion]
    case .tableToInvestigation: [.investigationStart, .rvdkAccept]
    case .investigationToRuling: ChainStep.rulings
    case .rulingToGI: [.giStart]
    case .requestToInvestigation: [.investigationStart, .rvdkAccept]
    case .requestToRvdKDecision: [.rvdkAccept, .rvdkReject]
    case .reportToGI: [.giStart]
    }
  }

  static let rulings: Set<EventKind> = [
    .rulingOTS, .rulingProvisionalOTS, .rulingPlacement, .rulingGuardianship,
  ]

  /// Whether `kind` starts this step (the same as `startKinds.contains`, without a set).
  package func starts(with kind: EventKind) -> Bool {
    switch self {
    case .reportToIntake: kind == .report
    case .intakeToTable: kind == .intake
    case .tableToInvestigation: kind == .tableDiscussion
    case .investigationToRuling: kind == .investigationStart || kind == .rvdkAccept
    case .rulingToGI: kind.isRuling
    case .requestToInvestigation, .requestToRvdKDecision: kind == .investigationRequest
    case .reportToGI: kind == .report
    }
  }

  /// Whether `kind` ends this step.
  package func ends(with kind: EventKind) -> Bool {
    switch self {
    case .reportToIntake: kind == .intake
    case .intakeToTable: kind == .tableDiscussion
    case .tableToInvestigation: kind == .investigationStart || kind == .rvdkAccept
    case .investigationToRuling: kind.isRuling
    case .rulingToGI: kind == .giStart
    case .requestToInvestigation: kind == .investigationStart || kind == .rvdkAccept
    case .requestToRvdKDecision: kind.isRvdKDecision
    case .reportToGI: kind == .giStart
    }
  }

  package func name(_ language: Language) -> String {
    switch self {
    case .reportToIntake: language.pick("report → intake", "melding → intake")
    case .intakeToTable: language.pick("intake → table", "intake → tafel")
    case .tableToInvestigation:
      language.pick("table → investigation start", "tafel → start onderzoek")
    case .investigationToRuling:
      language.pick("investigation → ruling", "onderzoek → uitspraak")
    case .rulingToGI: language.pick("ruling → GI start", "uitspraak → start GI")
    case .requestToInvestigation:
      language.pick("RvdK request → investigation start", "verzoek RvdK → start onderzoek")
    case .requestToRvdKDecision:
      language.pick("RvdK request → RvdK's decision", "verzoek RvdK → besluit RvdK")
    case .reportToGI:
      language.pick("report → GI start (whole chain)", "melding → start GI (hele keten)")
    }
  }
}

package struct LeadTime: Codable, Hashable, Sendable {
  package var step: ChainStep
  package var start: Day
  package var end: Day
  package var days: Int { start.days(until: end) }
}

package enum LeadTimes {
  /// The step's measurement for a family, or nil when it has not (yet) made
  /// the step. It ends at the first end event that has a start before it and
  /// starts at the last start event on or before that end: the intake that
  /// began the family's current route, not its first intake years before.
  package static func measure(_ step: ChainStep, in family: Family) -> LeadTime? {
    measure(step, events: family.chainSteps)
  }

  /// The same over a family's chain steps already worked out (the report
  /// measures every step of a family from one list).
  package static func measure(_ step: ChainStep, events: [ChainEvent]) -> LeadTime? {
    var end: Day?
    for index in events.indices where step.ends(with: events[index].kind) {
      let date = events[index].date
      let started = events.contains { step.starts(with: $0.kind) && $0.date <= date }
      if started, end.map({ date < $0 }) ?? true { end = date }
    }
    guard let end else { return nil }
    var start: Day?
    for index in events.indices where step.starts(with: events[index].kind) {
      let date = events[index].date
      if date <= end, start.map({ date > $0 }) ?? true { start = date }
    }
    return start.map { LeadTime(step: step, start: $0, end: end) }
  }
}
