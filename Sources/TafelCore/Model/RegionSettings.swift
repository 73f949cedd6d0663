// The region's own rules, read from store.json's "settings": there is no
// national model of a JBT, so which outcomes the table offers, who sits at
// it, which agenda kinds it holds, how long drang may run, how long a family
// counts as coming back, and the norms its lead times are held to differ per region. Every field is
// optional in the file; an absent one is today's behaviour (the national
// norms for the norms). A value that breaks a rule is refused when the file
// is read, at its place in the file.

package struct RegionSettings: Codable, Hashable, Sendable {
  /// The outcomes the table offers, in the order the board shows them.
  package var outcomes: [Outcome]
  /// Who can sit at the table, in the order the attendance list adds them.
  package var roles: [AttendeeRole]
  /// The kinds of agenda item the table holds.
  package var agendaKinds: [AgendaKind]
  /// A drang deadline lies at most this many months after the decision.
  package var drangMaximumMonths: Int
  /// A family back within this many months of an outcome that ended the
  /// table's part (no investigation, drang) counts as a repeat.
  package var repeatWindowMonths: Int
  /// One norm per lead time at most; steps without one have no norm.
  package var norms: [RegionNorm]

  package init(
    outcomes: [Outcome] = Outcome.offered, roles: [AttendeeRole] = AttendeeRole.allCases,
    agendaKinds: [AgendaKind] = AgendaKind.allCases, drangMaximumMonths: Int = 6,
    repeatWindowMonths: Int = 12, norms: [RegionNorm] = RegionNorms.national
  ) {
    self.outcomes = outcomes
    self.roles = roles
    self.agendaKinds = agendaKinds
    self.drangMaximumMonths = drangMaximumMonths
    self.repeatWindowMonths = repeatWindowMonths
    self.norms = norms
  }

  /// The norm for `step`, if the region holds one.
  package func norm(for step: ChainStep) -> RegionNorm? { norms.first { $0.step == step } }

  /// Every rule the settings break, each with its place (the key and the
  /// index in its list) and what is wrong; empty when they hold.
  package var problems: [(path: [JSONPathElement], message: String)] {
    var found: [(path: [JSONPathElement], message: String)] = []
    func unique<Value: Hashable & RawRepresentable>(_ key: String, _ list: [Value])
    where Value.RawValue == String {
      if list.isEmpty { found.append(([.key(key)], "name at least one")) }
      var seen: Set<Value> = []
      for (index, value) in list.enumerated() where !seen.insert(value).inserted {
        found.append(([.key(key), .index(index)], "\(value.rawValue) is named twice"))
      }
    }
    unique("outcomes", outcomes)
    if let index = outcomes.firstIndex(of: .adjourned) {
      found.append(
        (
          [.key("outcomes"), .index(index)],
          "adjourned is not a decision (the board's adjourn and tafel meeting adjourn record it)"
        ))
    }
    unique("roles", roles)
    if !roles.contains(.chair) {
      found.append(([.key("roles")], "the chair sits at every table"))
    }
    unique("agendaKinds", agendaKinds)
    if !agendaKinds.contains(.first) {
      found.append(([.key("agendaKinds")], "first (a first discussion) is always held"))
    }
    for (key, value, range) in [
      ("drangMaximumMonths", drangMaximumMonths, 1...24),
      ("repeatWindowMonths", repeatWindowMonths, 1...120),
    ] where !range.contains(value) {
      found.append(
        ([.key(key)], "\(value) is outside \(range.lowerBound)–\(range.upperBound)"))
    }
    var steps: Set<ChainStep> = []
    for (index, norm) in norms.enumerated() {
      let place: [JSONPathElement] = [.key("norms"), .index(index)]
      if !steps.insert(norm.step).inserted {
        found.append((place + [.key("step")], "\(norm.step.rawValue) has two norms"))
      }
      if !(1...3650).contains(norm.figure) {
        found.append((place + [.key("figure")], "\(norm.figure) is outside 1–3650"))
      }
      if let share = norm.targetShare, !(1...100).contains(share) {
        found.append(
          (place + [.key("targetShare")], "\(share) is outside 1–100"))
      }
      if norm.source.trimmed.isEmpty {
        found.append((place + [.key("source")], "say where the norm comes from"))
      }
    }
    return found
  }

  package enum CodingKeys: String, CodingKey, CaseIterable {
    case outcomes, roles, agendaKinds, drangMaximumMonths, repeatWindowMonths
    case norms
  }

  package init(from decoder: Decoder) throws {
    let defaults = RegionSettings()
    let container = try decoder.container(keyedBy: CodingKeys.self)
    outcomes = try container.decodeIfPresent([Outcome].self, forKey: .outcomes) ?? defaults.outcomes
    roles = try container.decodeIfPresent([AttendeeRole].self, forKey: .roles) ?? defaults.roles
    agendaKinds =
      try container.decodeIfPresent([AgendaKind].self, forKey: .agendaKinds)
      ?? defaults.agendaKinds
    drangMaximumMonths =
      try container.decodeIfPresent(Int.self, forKey: .drangMaximumMonths)
      ?? defaults.drangMaximumMonths
    repeatWindowMonths =
      try container.decodeIfPresent(Int.self, forKey: .repeatWindowMonths)
      ?? defaults.repeatWindowMonths
    norms = try container.decodeIfPresent([RegionNorm].self, forKey: .norms) ?? defaults.norms
    // A rule broken is refused here, at its place, so no reader works on it.
    if let problem = problems.first {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath + problem.path.map(SettingsKey.init),
          debugDescription: problem.message))
    }
  }

  /// Only what differs from the defaults is written, so a store keeps
  /// following today's behaviour until its region chooses otherwise.
  package func encode(to encoder: Encoder) throws {
    let defaults = RegionSettings()
    var container = encoder.container(keyedBy: CodingKeys.self)
    if outcomes != defaults.outcomes { try container.encode(outcomes, forKey: .outcomes) }
    if roles != defaults.roles { try container.encode(roles, forKey: .roles) }
    if agendaKinds != defaults.agendaKinds {
      try container.encode(agendaKinds, forKey: .agendaKinds)
    }
    if drangMaximumMonths != defaults.drangMaximumMonths {
      try container.encode(drangMaximumMonths, forKey: .drangMaximumMonths)
    }
    if repeatWindowMonths != defaults.repeatWindowMonths {
      try container.encode(repeatWindowMonths, forKey: .repeatWindowMonths)
    }
    if norms != defaults.norms { try container.encode(norms, forKey: .norms) }
  }
}

/// A place inside the settings as a coding key, for a refusal's position.
struct SettingsKey: CodingKey {
  var stringValue: String
  var intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    self.intValue = nil
  }

  init(intValue: Int) {
    self.stringValue = "\(intValue)"
    self.intValue = intValue
  }

  init(_ element: JSONPathElement) {
    switch element {
    case .key(let key): self.init(stringValue: key)
    case .index(let index): self.init(intValue: index)
    }
  }
}
