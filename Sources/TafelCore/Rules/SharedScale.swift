// The documented mapping from each instrument's own outcome to the shared
// scales (safety now, future risk). docs/risk-scales.md is this file in words;
// change both together.

package enum SharedScale {
  /// The levels each instrument accepts in `InstrumentOutcome.level`.
  package static func levels(for instrument: Instrument) -> [String] {
    switch instrument {
    case .lirik: ["low", "medium", "high", "very-high"]
    case .arij: ["low", "medium", "high", "acute"]
    case .delta: ["safe", "conditionally-safe", "unsafe"]
    case .vtSafety: ["safe", "conditionally-safe", "unsafe", "acute-unsafe"]
    case .other: ["low", "medium", "high", "very-high"]
    case .zrm, .signsOfSafety: []
    }
  }

  /// The ZRM domains (self-sufficiency matrix), scored 1–5.
  package static let zrmDomains: [String] = [
    "finances", "work-education", "time-use", "housing", "domestic-relations", "mental-health",
    "physical-health", "addiction", "daily-living", "social-network", "community-participation",
    "justice", "parenting",
  ]

  /// A level of an instrument's own scale in words ("very-high" → "very high",
  /// "zeer hoog"); a level Tafel does not know is shown as written.
  package static func levelName(_ level: String, _ language: Language) -> String {
    let words: [String: (String, String)] = [
      "low": ("low", "laag"), "medium": ("medium", "midden"), "high": ("high", "hoog"),
      "very-high": ("very high", "zeer hoog"), "acute": ("acute", "acuut"),
      "safe": ("safe", "veilig"),
      "conditionally-safe": ("conditionally safe", "voorwaardelijk veilig"),
      "unsafe": ("unsafe", "onveilig"), "acute-unsafe": ("acutely unsafe", "acuut onveilig"),
    ]
    guard let pair = words[level] else { return level }
    return language.pick(pair.0, pair.1)
  }

  /// The Dutch names of the ZRM domains (the matrix's own words), by id.
  package static let zrmDutchNames: [String: String] = [
    "finances": "financiën", "work-education": "werk & opleiding", "time-use": "tijdsbesteding",
    "housing": "huisvesting", "domestic-relations": "huiselijke relaties",
    "mental-health": "geestelijke gezondheid", "physical-health": "lichamelijke gezondheid",
    "addiction": "middelengebruik", "daily-living": "activiteiten dagelijks leven",
    "social-network": "sociaal netwerk", "community-participation": "maatschappelijke participatie",
    "justice": "justitie", "parenting": "opvoeding",
  ]

  /// Other Dutch words a secretary types for a domain (older and newer
  /// versions of the matrix), besides its Dutch name.
  static let zrmDutchAliases: [String: String] = [
    "werk-en-opleiding": "work-education", "werk-opleiding": "work-education",
    "dagbesteding": "work-education", "verslaving": "addiction", "adl": "daily-living",
    "opvoedingsvaardigheden": "parenting", "participatie": "community-participation",
  ]

  /// The id of the ZRM domain `name` stands for: its English id or its Dutch
  /// name, in any case, with or without diacritics, with spaces, '_' or '&'
  /// ("Financiën", "financien", "huiselijke relaties", "Werk & opleiding").
  package static func zrmDomain(named name: String) -> String? {
    let key = zrmKey(name)
    if let id = zrmDomains.first(where: { zrmKey($0) == key }) { return id }
    if let (id, _) = zrmDutchNames.first(where: { zrmKey($0.value) == key }) { return id }
    return zrmDutchAliases[key]
  }

  /// The name of a domain in `language`: the id in English, the matrix's word in Dutch.
  package static func zrmDomainName(_ id: String, _ language: Language) -> String {
    language == .nl ? zrmDutchNames[id] ?? id : id
  }

  /// Lower case, diacritics off, words joined by '-' ("Werk & opleiding" → "werk-opleiding").
  private static func zrmKey(_ name: String) -> String {
    var key = ""
    var pendingDash = false
    for character in Folding.fold(name) {
      if character.isLetter || character.isNumber {
        if pendingDash, !key.isEmpty { key.append("-") }
        pendingDash = false
        key.append(character)
      } else {
        pendingDash = true
      }
    }
    return key
  }

  /// Safety now and future risk for an outcome, or nil when the outcome has
  /// nothing that maps (free text only, or an unknown level).
  package static func derive(instrument: Instrument, outcome: InstrumentOutcome) -> (
    safetyNow: SafetyNow, futureRisk: FutureRisk
  )? {
    switch instrument {
    case .lirik, .other:
      switch outcome.level {
      case "low": return (.safe, .low)
      case "medium": return (.mostlySafe, .moderate)
      case "high": return (.concerns, .high)
      case "very-high": return (.unsafe, .veryHigh)
      default: return nil
      }
    case .arij:
      switch outcome.level {
      case "low": return (.safe, .low)
      case "medium": return (.mostlySafe, .moderate)
      case "high": return (.concerns, .high)
      case "acute": return (.unsafe, .veryHigh)
      default: return nil
      }
    case .delta:
      switch outcome.level {
      case "safe": return (.safe, .low)
      case "conditionally-safe": return (.concerns, .moderate)
      case "unsafe": return (.unsafe, .high)
      default: return nil
      }
    case .vtSafety:
      switch outcome.level {
      case "safe": return (.safe, .low)
      case "conditionally-safe": return (.concerns, .moderate)
      case "unsafe": return (.unsafe, .high)
      case "acute-unsafe": return (.unsafe, .veryHigh)
      default: return nil
      }
    case .zrm:
      guard let scores = outcome.domains?.values, let lowest = scores.min() else { return nil }
      let average = Double(scores.reduce(0, +)) / Double(scores.count)
      let safety: SafetyNow =
        switch lowest {
        case ...1: .unsafe
        case 2: .concerns
        case 3: .mostlySafe
        default: .safe
        }
      let risk: FutureRisk =
        average < 2 ? .veryHigh : average < 3 ? .high : average < 4 ? .moderate : .low
      return (safety, risk)
    case .signsOfSafety:
      guard let scores = outcome.columns?.scores.map(\.score), let lowest = scores.min() else {
        return nil
      }
      let average = Double(scores.reduce(0, +)) / Double(scores.count)
      let safety: SafetyNow =
        switch lowest {
        case ...2: .unsafe
        case 3...4: .concerns
        case 5...7: .mostlySafe
        default: .safe
        }
      let risk: FutureRisk =
        average <= 2 ? .veryHigh : average <= 4 ? .high : average <= 7 ? .moderate : .low
      return (safety, risk)
    }
  }

  /// "3.1" in English, "3,1" in Dutch.
  static func oneDecimal(_ value: Double, _ language: Language = .en) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10)\(language.pick(".", ","))\(tenths % 10)"
  }
}
