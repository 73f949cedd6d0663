// The norms a region holds its lead times to, each with its figure, its unit
// (calendar or working days) and where it comes from, so a report can say
// how the region does against the nation's own figures. The defaults are the
// national norms the chain publishes; a region's settings (store.json)
// replace them.

package enum NormUnit: String, Codable, CaseIterable, Sendable {
  case calendarDays = "calendar-days"
  case workingDays = "working-days"
}

package struct RegionNorm: Codable, Hashable, Sendable {
  /// The lead time the norm is for.
  package var step: ChainStep
  /// The days allowed.
  package var figure: Int
  package var unit: NormUnit
  /// The share of cases meant to be within the norm, in percent, if stated.
  package var targetShare: Int?
  /// Who set the norm, in words a reader can look up.
  package var source: String

  package enum CodingKeys: String, CodingKey, CaseIterable {
    case step, figure, unit, targetShare, source
  }

  package init(
    step: ChainStep, figure: Int, unit: NormUnit, targetShare: Int? = nil, source: String
  ) {
    self.step = step
    self.figure = figure
    self.unit = unit
    self.targetShare = targetShare
    self.source = source
  }

  /// The last day within the norm for a step that began on `start`.
  package func lastDay(from start: Day) -> Day {
    switch unit {
    case .calendarDays: start.adding(days: figure)
    case .workingDays: DutchWorkingDays.adding(figure, to: start)
    }
  }

  /// Whether a step that began on `start` and ended on `end` was within the norm.
  package func isMet(from start: Day, to end: Day) -> Bool { end <= lastDay(from: start) }

  /// The time taken in the norm's own unit.
  package func elapsed(from start: Day, to end: Day) -> Int {
    switch unit {
    case .calendarDays: start.days(until: end)
    case .workingDays: DutchWorkingDays.count(from: start, to: end)
    }
  }

  /// "10 days", "5 working days (90%)".
  package func described(_ language: Language) -> String {
    RegionNorms.describe(figure: figure, unit: unit, targetShare: targetShare, language)
  }
}

package enum RegionNorms {
  /// The national figures, the defaults of every region. Steps without a
  /// published national norm have none until a region sets its own; Veilig
  /// Thuis's ten weeks for an investigation is not here because Tafel does
  /// not record Veilig Thuis's investigation as a step (decision of
  /// 2026-12-07 in docs/decisions/the-chain.md).
  package static let national: [RegionNorm] = [
    RegionNorm(
      step: .reportToIntake, figure: 5, unit: .workingDays, targetShare: 90,
      source:
        "Veilig Thuis: a safety assessment within 5 working days of a report (target 90%)"),
    RegionNorm(
      step: .requestToInvestigation, figure: 10, unit: .calendarDays,
      source:
        "Raad voor de Kinderbescherming: an investigation starts within 10 days of the request"
    ),
    RegionNorm(
      step: .tableToInvestigation, figure: 10, unit: .calendarDays,
      source:
        "Raad voor de Kinderbescherming: an investigation starts within 10 days of the request (the table's conclusion is the request)"
    ),
    RegionNorm(
      step: .reportToGI, figure: 150, unit: .calendarDays,
      source:
        "The chain's own rules: from a report to Veilig Thuis to the start of the youth protector in 5 months (8 measured in Midden- en West-Brabant, 2018)"
    ),
  ]

  /// The national sources in Dutch, for a Dutch report: a source is the
  /// region's own words, except these defaults, which Tafel wrote in both.
  static let dutchSources: [String: String] = [
    national[0].source:
      "Veilig Thuis: een veiligheidsbeoordeling binnen 5 werkdagen na een melding (doel 90%)",
    national[1].source:
      "Raad voor de Kinderbescherming: een onderzoek start binnen 10 dagen na het verzoek",
    national[2].source:
      "Raad voor de Kinderbescherming: een onderzoek start binnen 10 dagen na het verzoek (de conclusie van de tafel is het verzoek)",
    national[3].source:
      "De eigen regels van de keten: van een melding bij Veilig Thuis tot de start van de jeugdbeschermer in 5 maanden (8 gemeten in Midden- en West-Brabant, 2018)",
  ]

  /// A norm's source as a reader of `language` reads it.
  package static func source(_ source: String, _ language: Language) -> String {
    language == .nl ? dutchSources[source] ?? source : source
  }

  /// "10 days", "5 working days (90%)": a norm's figure, unit and target in words.
  package static func describe(
    figure: Int, unit: NormUnit, targetShare: Int?, _ language: Language
  ) -> String {
    let days =
      unit == .workingDays
      ? language.pick("\(figure) working days", "\(figure) werkdagen")
      : language.pick("\(figure) days", "\(figure) dagen")
    return days + (targetShare.map { " (\($0)%)" } ?? "")
  }

  /// The share of (start, end) pairs within `norm`, in percent; nil without pairs.
  package static func shareWithin(_ norm: RegionNorm, _ steps: [(start: Day, end: Day)]) -> Double?
  {
    guard !steps.isEmpty else { return nil }
    let met = steps.filter { norm.isMet(from: $0.start, to: $0.end) }.count
    return Double(met) * 100 / Double(steps.count)
  }
}
