// Turns what a secretary types for a risk assessment (a level, ZRM domain
// scores, three-column scores and texts) into the instrument's own outcome,
// refusing anything outside the instrument's scale. The shared values (safety
// now, future risk) are never typed: `RiskAssessment.init` derives them.

package struct AssessmentInput: Hashable, Sendable {
  package var instrument: Instrument
  /// `--level`: for LIRIK, ARIJ, Delta, VT safety and other instruments.
  package var level: String?
  /// `--domain "name=score"`: for the ZRM, each domain once, scores 1–5.
  package var domains: [String]
  /// `--safety-score "rater=N"` or "N" (then the assessment's rater): three-column model, 0–10.
  package var safetyScores: [String]
  /// `--worry`, `--working`, `--next`: the three columns' texts.
  package var worries: [String]
  package var working: [String]
  package var next: [String]
  /// `--text`: free text in the instrument's own words.
  package var text: String?

  package init(
    instrument: Instrument, level: String? = nil, domains: [String] = [],
    safetyScores: [String] = [], worries: [String] = [], working: [String] = [],
    next: [String] = [], text: String? = nil
  ) {
    self.instrument = instrument
    self.level = level
    self.domains = domains
    self.safetyScores = safetyScores
    self.worries = worries
    self.working = working
    self.next = next
    self.text = text
  }

  /// The lowest and highest score of one ZRM domain.
  package static let zrmScores = 1...5
  /// The three-column model's safety scale.
  package static let safetyScale = 0...10

  /// The outcome in the instrument's own terms, or the first refusal.
  /// `rater` is the assessment's rater, used for a safety score typed without one.
  package func outcome(rater: String) throws(ArgumentRefusal) -> InstrumentOutcome {
    let text = self.text.flatMap { $0.trimmed.isEmpty ? nil : $0 }
    switch instrument {
    case .lirik, .arij, .delta, .vtSafety, .other:
      try refuseOptions(domains: true, scores: true, columns: true)
      let allowed = SharedScale.levels(for: instrument)
      guard let level = level?.trimmed, !level.isEmpty else {
        if instrument == .other, text != nil { return InstrumentOutcome(text: text) }
        throw ArgumentRefusal(
          "--level", "\(instrument.rawValue) needs a level: \(allowed.joined(separator: ", "))")
      }
      guard allowed.contains(level) else {
        throw ArgumentRefusal(
          "--level",
          "\"\(level)\" is not a level of \(instrument.rawValue); use one of \(allowed.joined(separator: ", "))"
        )
      }
      return InstrumentOutcome(level: level, text: text)
    case .zrm:
      try refuseOptions(level: true, scores: true, columns: true)
      guard !domains.isEmpty else {
        throw ArgumentRefusal("--domain", "zrm needs at least one --domain \"name=score\"")
      }
      var scores: [String: Int] = [:]
      for entry in domains {
        let (typed, score) = try AssessmentInput.pair(
          entry, option: "--domain", what: "name=score")
        // The English id or the Dutch name, with or without diacritics.
        guard let name = SharedScale.zrmDomain(named: typed) else {
          throw ArgumentRefusal(
            "--domain",
            "\"\(typed)\" is not a ZRM domain; use one of "
              + SharedScale.zrmDomains.joined(separator: ", ")
              + " (or the Dutch name: financiën, huisvesting, …)")
        }
        guard scores[name] == nil else {
          throw ArgumentRefusal("--domain", "\"\(typed)\" is given twice")
        }
        guard let value = Int(score), AssessmentInput.zrmScores.contains(value) else {
          throw ArgumentRefusal("--domain", "\(name): score \"\(score)\" is not 1 to 5")
        }
        scores[name] = value
      }
      return InstrumentOutcome(domains: scores, text: text)
    case .signsOfSafety:
      try refuseOptions(level: true, domains: true)
      guard !safetyScores.isEmpty else {
        throw ArgumentRefusal(
          "--safety-score",
          "signs-of-safety needs at least one --safety-score \"rater=N\" (0 to 10)")
      }
      var scores: [RaterScore] = []
      for entry in safetyScores {
        let who: String
        let score: String
        if entry.contains("=") {
          (who, score) = try AssessmentInput.pair(entry, option: "--safety-score", what: "rater=N")
        } else {
          (who, score) = (rater, entry.trimmed)
        }
        guard let value = Int(score), AssessmentInput.safetyScale.contains(value) else {
          throw ArgumentRefusal("--safety-score", "\"\(score)\" is not a score from 0 to 10")
        }
        guard !scores.contains(where: { $0.rater == who }) else {
          throw ArgumentRefusal("--safety-score", "\(who) has two scores")
        }
        scores.append(RaterScore(rater: who, score: value))
      }
      let columns = SafetyColumns(
        worries: worries, working: working, next: next, scores: scores)
      return InstrumentOutcome(columns: columns, text: text)
    }
  }

  private func refuseOptions(
    level: Bool = false, domains: Bool = false, scores: Bool = false, columns: Bool = false
  ) throws(ArgumentRefusal) {
    let name = instrument.rawValue
    if level, self.level != nil {
      throw ArgumentRefusal("--level", "\(name) has no level; see --help for its options")
    }
    if domains, !self.domains.isEmpty {
      throw ArgumentRefusal("--domain", "only the zrm has domains, not \(name)")
    }
    if scores, !safetyScores.isEmpty {
      throw ArgumentRefusal("--safety-score", "only signs-of-safety has safety scores, not \(name)")
    }
    if columns {
      for (option, values) in [("--worry", worries), ("--working", working), ("--next", next)]
      where !values.isEmpty {
        throw ArgumentRefusal(option, "only signs-of-safety has this column, not \(name)")
      }
    }
  }

  /// Splits "left=right" into its trimmed, non-empty halves.
  static func pair(_ entry: String, option: String, what: String) throws(ArgumentRefusal) -> (
    String, String
  ) {
    guard let equals = entry.firstIndex(of: "=") else {
      throw ArgumentRefusal(option, "\"\(entry)\" is not \(what)")
    }
    let left = String(entry[..<equals]).trimmed
    let right = String(entry[entry.index(after: equals)...]).trimmed
    guard !left.isEmpty, !right.isEmpty else {
      throw ArgumentRefusal(option, "\"\(entry)\" is not \(what)")
    }
    return (left, right)
  }
}

extension InstrumentOutcome {
  /// What is outside `instrument`'s scale in an outcome read from a file
  /// (e.g. an assessment edited by hand): the field path under the outcome and why.
  package func problems(for instrument: Instrument) -> [(field: [String], message: String)] {
    var problems: [(field: [String], message: String)] = []
    let levels = SharedScale.levels(for: instrument)
    if let level, !levels.contains(level) {
      let allowed = levels.isEmpty ? "none" : levels.joined(separator: ", ")
      problems.append(
        (["level"], "\"\(level)\" is not a level of \(instrument.rawValue) (allowed: \(allowed))"))
    }
    for (name, score) in (domains ?? [:]).sorted(by: { $0.key < $1.key }) {
      if instrument != .zrm {
        problems.append((["domains"], "only the zrm has domains, not \(instrument.rawValue)"))
        break
      }
      if !SharedScale.zrmDomains.contains(name) {
        problems.append((["domains", name], "\"\(name)\" is not a ZRM domain"))
      } else if !AssessmentInput.zrmScores.contains(score) {
        problems.append((["domains", name], "\(name): score \(score) is not 1 to 5"))
      }
    }
    for score in columns?.scores ?? [] where !AssessmentInput.safetyScale.contains(score.score) {
      problems.append(
        (["columns", "scores"], "\(score.rater): score \(score.score) is not 0 to 10"))
    }
    return problems
  }
}
