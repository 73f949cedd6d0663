// The few fields of a family needed to list and filter families without
// opening their files: one entry of the store's index.

public struct FamilySummary: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var municipality: String
  public var phase: Phase

  public init(id: String, name: String, municipality: String, phase: Phase) {
    self.id = id
    self.name = name
    self.municipality = municipality
    self.phase = phase
  }

  public init(_ family: Family) {
    self.init(
      id: family.id, name: family.name, municipality: family.municipality, phase: family.phase)
  }

  public var initials: String { Family.initials(of: name) }
}
