// How long a family waits between the chain's main steps. Each step runs from
// the first event of its start kind to the first event of its end kind on or
// after that day; one measurement per family and step (docs/report.md).

public enum ChainStep: String, Codable, CaseIterable, Sendable {
  case reportToIntake = "report-intake"
  case intakeToTable = "intake-table"
  case tableToInvestigation = "table-investigation"
  case investigationToRuling = "investigation-ruling"
  case rulingToGI = "ruling-gi"

  public var startKinds: Set<EventKind> {
    switch self {
    case .reportToIntake: [.report]
    case .intakeToTable: [.intake]
    case .tableToInvestigation: [.tableDiscussion]
    case .investigationToRuling: [.investigationStart]
    case .rulingToGI: ChainStep.rulings
    }
  }

  public var endKinds: Set<EventKind> {
    switch self {
    case .reportToIntake: [.intake]
    case .intakeToTable: [.tableDiscussion]
    case .tableToInvestigation: [.investigationStart]
    case .investigationToRuling: ChainStep.rulings
    case .rulingToGI: [.giStart]
    }
  }

  static let rulings: Set<EventKind> = [
    .rulingOTS, .rulingProvisionalOTS, .rulingPlacement, .rulingGuardianship,
  ]

  public func name(_ language: Language) -> String {
    switch self {
    case .reportToIntake: language.pick("report → intake", "melding → intake")
    case .intakeToTable: language.pick("intake → table", "intake → tafel")
    case .tableToInvestigation:
      language.pick("table → investigation start", "tafel → start onderzoek")
    case .investigationToRuling:
      language.pick("investigation → ruling", "onderzoek → uitspraak")
    case .rulingToGI: language.pick("ruling → GI start", "uitspraak → start GI")
    }
  }
}

public struct LeadTime: Codable, Hashable, Sendable {
  public var step: ChainStep
  public var start: Day
  public var end: Day
  public var days: Int { start.days(until: end) }
}

public enum LeadTimes {
  /// The step's measurement for a family, or nil when it has not (yet) made the step.
  public static func measure(_ step: ChainStep, in family: Family) -> LeadTime? {
    guard
      let start = family.events.filter({ step.startKinds.contains($0.kind) }).map(\.date).min(),
      let end = family.events.filter({ step.endKinds.contains($0.kind) && $0.date >= start })
        .map(\.date).min()
    else { return nil }
    return LeadTime(step: step, start: start, end: end)
  }
}
