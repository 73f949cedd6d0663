// The few fields of a family needed to list and filter families without
// opening their files: one entry of the store's index.

package struct FamilySummary: Codable, Hashable, Sendable, Identifiable {
  package var id: String
  package var name: String
  package var municipality: String
  package var phase: Phase
  /// The family is archived (`tafel archive`): off the board's lists.
  package var archived: Bool

  package init(id: String, name: String, municipality: String, phase: Phase, archived: Bool = false)
  {
    self.id = id
    self.name = name
    self.municipality = municipality
    self.phase = phase
    self.archived = archived
  }

  package init(_ family: Family) {
    self.init(
      id: family.id, name: family.name, municipality: family.municipality, phase: family.phase,
      archived: family.archived != nil)
  }

  enum CodingKeys: String, CodingKey { case id, name, municipality, phase, archived }

  package init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    municipality = try container.decode(String.self, forKey: .municipality)
    phase = try container.decode(Phase.self, forKey: .phase)
    archived = try container.decodeIfPresent(Bool.self, forKey: .archived) ?? false
  }

  package func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if archived { try container.encode(true, forKey: .archived) }
    try container.encode(id, forKey: .id)
    try container.encode(municipality, forKey: .municipality)
    try container.encode(name, forKey: .name)
    try container.encode(phase, forKey: .phase)
  }

  package var initials: String { Family.initials(of: name) }
}
