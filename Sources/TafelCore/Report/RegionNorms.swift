// The norms a region holds its lead times to, each with its figure, its unit
// (calendar or working days) and where it comes from, so a report can say
// how the region does against the nation's own figures. The defaults are the
// national norms the chain publishes (issue 26); a region's settings will
// be able to replace them.

public enum NormUnit: String, Codable, CaseIterable, Sendable {
  case calendarDays = "calendar-days"
  case workingDays = "working-days"
}

public struct RegionNorm: Codable, Hashable, Sendable {
  /// What is measured, e.g. "request-to-investigation".
  public var id: String
  /// The days allowed.
  public var figure: Int
  public var unit: NormUnit
  /// The share of cases meant to be within the norm, in percent, if stated.
  public var targetShare: Int?
  /// Who set the norm, in words a reader can look up.
  public var source: String

  public init(id: String, figure: Int, unit: NormUnit, targetShare: Int? = nil, source: String) {
    self.id = id
    self.figure = figure
    self.unit = unit
    self.targetShare = targetShare
    self.source = source
  }

  /// The last day within the norm for a step that began on `start`.
  public func lastDay(from start: Day) -> Day {
    switch unit {
    case .calendarDays: start.adding(days: figure)
    case .workingDays: DutchWorkingDays.adding(figure, to: start)
    }
  }

  /// Whether a step that began on `start` and ended on `end` was within the norm.
  public func isMet(from start: Day, to end: Day) -> Bool { end <= lastDay(from: start) }

  /// The time taken in the norm's own unit.
  public func elapsed(from start: Day, to end: Day) -> Int {
    switch unit {
    case .calendarDays: start.days(until: end)
    case .workingDays: DutchWorkingDays.count(from: start, to: end)
    }
  }
}

public enum RegionNorms {
  /// The national figures, the defaults of every region.
  public static let national: [RegionNorm] = [
    RegionNorm(
      id: "request-to-investigation", figure: 10, unit: .calendarDays,
      source:
        "Raad voor de Kinderbescherming: an investigation starts within 10 days of the request"
    ),
    RegionNorm(
      id: "report-to-safety-assessment", figure: 5, unit: .workingDays, targetShare: 90,
      source: "Veilig Thuis: a safety assessment within 5 working days of a report (90%)"),
    RegionNorm(
      id: "investigation-at-veilig-thuis", figure: 70, unit: .calendarDays, targetShare: 80,
      source: "Veilig Thuis: an investigation closed within 10 weeks (80%)"),
    RegionNorm(
      id: "report-to-youth-protector", figure: 150, unit: .calendarDays,
      source:
        "The chain's own rules: from a report to Veilig Thuis to the start of the youth protector in 5 months"
    ),
  ]

  /// The share of (start, end) pairs within `norm`, in percent; nil without pairs.
  public static func shareWithin(_ norm: RegionNorm, _ steps: [(start: Day, end: Day)]) -> Double? {
    guard !steps.isEmpty else { return nil }
    let met = steps.filter { norm.isMet(from: $0.start, to: $0.end) }.count
    return Double(met) * 100 / Double(steps.count)
  }
}
