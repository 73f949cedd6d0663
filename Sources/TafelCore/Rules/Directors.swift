// Who holds direction (regie) over a family on a day: the principle is one
// family, one plan, one director. A local professional and a regional safety
// team working as a duo hold one direction together. Used by the direction
// signal, the history timeline, the plan pane and the region report's
// "exactly one direction" share.

package enum Directors {
  /// Professionals holding direction on `day`, sorted: everyone with an
  /// active involvement that includes `.direction`, plus the plan's director
  /// when that professional has any active involvement on that day.
  package static func on(_ day: Day, in family: Family) -> [String] {
    var holders = Set(
      family.involvements.filter { $0.functions.contains(.direction) && $0.isActive(on: day) }
        .map(\.professional))
    if let director = family.plan.director,
      family.involvements.contains(where: { $0.professional == director && $0.isActive(on: day) })
    {
      holders.insert(director)
    }
    return holders.sorted()
  }

  /// The last day anyone held direction before `day`, if anyone ever did.
  package static func lastHeld(before day: Day, in family: Family) -> Day? {
    family.involvements.filter { $0.functions.contains(.direction) && $0.from <= day }
      .compactMap { $0.to }.filter { $0 < day }.max()
  }

  /// The kind of the organisation a professional works for.
  package static func kind(of professional: String, lookup: DirectoryLookup) -> OrganisationKind? {
    lookup.organisation(ofProfessional: professional).flatMap { lookup.organisation($0)?.kind }
  }

  /// Whether two professionals holding direction together are a duo.
  package static func areDuo(_ one: String, _ other: String, lookup: DirectoryLookup) -> Bool {
    OrganisationKind.formDuo(kind(of: one, lookup: lookup), kind(of: other, lookup: lookup))
  }

  /// The directions on `day`: each a director alone, or a duo of a local
  /// professional and a safety-team professional. Two local professionals
  /// and one safety team are two directions (one of them a duo).
  package static func directions(on day: Day, in family: Family, lookup: DirectoryLookup)
    -> [[String]]
  {
    var left = on(day, in: family)
    var directions: [[String]] = []
    while !left.isEmpty {
      let first = left.removeFirst()
      if let partner = left.firstIndex(where: { areDuo(first, $0, lookup: lookup) }) {
        directions.append([first, left.remove(at: partner)])
      } else {
        directions.append([first])
      }
    }
    return directions
  }
}
