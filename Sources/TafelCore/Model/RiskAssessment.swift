// A risk assessment in its instrument's own terms, plus the two values on the
// shared scales (safety now, future risk) that let outcomes of different
// instruments and organisations be laid side by side. The shared values are
// always derived by `SharedScale`, never typed by hand.

package enum Instrument: String, Codable, CaseIterable, Sendable {
  case lirik
  case zrm
  case signsOfSafety = "signs-of-safety"
  case arij
  case delta
  case vtSafety = "vt-safety"
  case other

  package var displayName: String {
    switch self {
    case .lirik: "LIRIK"
    case .zrm: "ZRM"
    case .signsOfSafety: "3-kolommen"
    case .arij: "ARIJ"
    case .delta: "Delta"
    case .vtSafety: "VT-veiligheid"
    case .other: "Anders"
    }
  }
}

/// Shared ordinal scale for the safety of the child now; later cases are worse.
package enum SafetyNow: String, Codable, CaseIterable, Sendable, Comparable {
  case safe
  case mostlySafe = "mostly-safe"
  case concerns
  case unsafe

  package var step: Int { SafetyNow.allCases.firstIndex(of: self)! }
  package static func < (lhs: SafetyNow, rhs: SafetyNow) -> Bool { lhs.step < rhs.step }
}

/// Shared ordinal scale for the risk of future harm; later cases are worse.
package enum FutureRisk: String, Codable, CaseIterable, Sendable, Comparable {
  case low
  case moderate
  case high
  case veryHigh = "very-high"

  package var step: Int { FutureRisk.allCases.firstIndex(of: self)! }
  package static func < (lhs: FutureRisk, rhs: FutureRisk) -> Bool { lhs.step < rhs.step }
}

package struct RaterScore: Codable, Hashable, Sendable {
  package var rater: String
  /// 0 (certain harm) … 10 (safe enough to close the case).
  package var score: Int

  package init(rater: String, score: Int) {
    self.rater = rater
    self.score = score
  }
}

/// The three-column model (Signs of Safety): worries, what works, what must happen,
/// and a 0–10 safety score per rater.
package struct SafetyColumns: Codable, Hashable, Sendable {
  package var worries: [String]
  package var working: [String]
  package var next: [String]
  package var scores: [RaterScore]

  package init(
    worries: [String] = [], working: [String] = [], next: [String] = [], scores: [RaterScore] = []
  ) {
    self.worries = worries
    self.working = working
    self.next = next
    self.scores = scores
  }
}

/// What the instrument itself said, kept faithfully. Which fields are used
/// depends on the instrument (see docs/risk-scales.md).
package struct InstrumentOutcome: Codable, Hashable, Sendable {
  /// Ordinal level in the instrument's own words (ARIJ "high", Delta "conditionally-safe").
  package var level: String?
  /// ZRM: domain → score 1 (acute problems) … 5 (fully self-sufficient).
  package var domains: [String: Int]?
  package var columns: SafetyColumns?
  package var text: String?

  package init(
    level: String? = nil, domains: [String: Int]? = nil, columns: SafetyColumns? = nil,
    text: String? = nil
  ) {
    self.level = level
    self.domains = domains
    self.columns = columns
    self.text = text
  }
}

package struct RiskAssessment: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "R2".
  package var id: String
  package var instrument: Instrument
  package var version: String?
  package var part: String?
  package var date: Day
  /// Organisation id.
  package var organisation: String
  /// Name or professional id of who scored it.
  package var rater: String
  /// A member id, or "household".
  package var subject: String
  package var outcome: InstrumentOutcome
  package var safetyNow: SafetyNow?
  package var futureRisk: FutureRisk?

  package init(
    id: String, instrument: Instrument, version: String? = nil, part: String? = nil, date: Day,
    organisation: String, rater: String, subject: String, outcome: InstrumentOutcome
  ) {
    self.id = id
    self.instrument = instrument
    self.version = version
    self.part = part
    self.date = date
    self.organisation = organisation
    self.rater = rater
    self.subject = subject
    self.outcome = outcome
    let shared = SharedScale.derive(instrument: instrument, outcome: outcome)
    self.safetyNow = shared?.safetyNow
    self.futureRisk = shared?.futureRisk
  }

  /// The instrument's own outcome in one short line, e.g. "high", "min 2 · avg 3.1"
  /// ("min 2 · gem 3.1" in Dutch), "3/5 /10".
  package func outcomeSummary(_ language: Language) -> String {
    switch instrument {
    case .zrm:
      guard let domains = outcome.domains, !domains.isEmpty else { return outcome.text ?? "—" }
      let values = domains.values
      let average = Double(values.reduce(0, +)) / Double(values.count)
      return "min \(values.min()!) · \(language.pick("avg", "gem")) "
        + SharedScale.oneDecimal(average, language)
    case .signsOfSafety:
      guard let scores = outcome.columns?.scores, !scores.isEmpty else {
        return outcome.text ?? "—"
      }
      return scores.map { String($0.score) }.joined(separator: "/") + " /10"
    default:
      return outcome.level.map { SharedScale.levelName($0, language) } ?? outcome.text ?? "—"
    }
  }
}
