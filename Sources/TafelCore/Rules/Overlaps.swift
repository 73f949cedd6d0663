// Two organisations doing the same job for one family at the same time: the
// overlap the study found in intake, advice, investigation, monitoring, drang
// and direction (a duo of a local professional and a regional safety team is
// one team, not an overlap). Shared by the overlap signal (last 12 months) and the region
// report (its period).

/// One function done by two organisations for one family in one period.
package struct Overlap: Codable, Hashable, Sendable {
  package var function: CaseFunction
  /// The two organisation ids, sorted.
  package var organisations: [String]
  /// The professionals whose involvements overlap, sorted.
  package var professionals: [String]
  /// The first day both organisations did it.
  package var from: Day
  /// The last day both did it, or nil when both still do.
  package var to: Day?

  package init(
    function: CaseFunction, organisations: [String], professionals: [String], from: Day, to: Day?
  ) {
    self.function = function
    self.organisations = organisations
    self.professionals = professionals
    self.from = from
    self.to = to
  }
}

package enum Overlaps {
  /// The functions in which overlap between organisations is a problem
  /// (care by several providers at once is normal and not counted).
  package static let functions: [CaseFunction] = [
    .intake, .advice, .investigation, .monitoring, .drang, .direction,
  ]

  /// Overlaps whose shared days touch the window [start, end] (start nil: no
  /// lower bound). Involvements without an end run to `end`. One entry per
  /// function and pair of organisations, spanning all their shared periods.
  package static func find(
    in family: Family, directory: Directory, from start: Day?, to end: Day
  ) -> [Overlap] {
    find(in: family, lookup: DirectoryLookup(directory), from: start, to: end)
  }

  /// The same, with the directory already indexed (for many families at once).
  package static func find(
    in family: Family, lookup: DirectoryLookup, from start: Day?, to end: Day
  ) -> [Overlap] {
    struct Key: Hashable {
      let function: CaseFunction
      let first: String
      let second: String
    }
    var found: [Key: Overlap] = [:]
    let involvements = family.involvements.compactMap { involvement -> (Involvement, String)? in
      guard let organisation = lookup.organisation(ofProfessional: involvement.professional)
      else { return nil }
      return (involvement, organisation)
    }
    for function in functions {
      let doing = involvements.filter { $0.0.functions.contains(function) }
      guard doing.count > 1 else { continue }
      for i in 0..<doing.count {
        for j in (i + 1)..<doing.count {
          let (a, organisationA) = doing[i]
          let (b, organisationB) = doing[j]
          guard organisationA != organisationB else { continue }
          // A duo of a local professional and a safety team works as one.
          guard
            !OrganisationKind.formDuo(
              lookup.organisation(organisationA)?.kind, lookup.organisation(organisationB)?.kind)
          else { continue }
          let sharedStart = max(a.from, b.from)
          let openEnd = min(a.to ?? end, b.to ?? end)
          let sharedEnd = min(openEnd, end)
          guard sharedStart <= sharedEnd, start.map({ sharedEnd >= $0 }) ?? true else { continue }
          let ongoing = a.to.map { $0 >= end } ?? true && (b.to.map { $0 >= end } ?? true)
          let pair = [organisationA, organisationB].sorted()
          let key = Key(function: function, first: pair[0], second: pair[1])
          let periodEnd: Day? = ongoing ? nil : sharedEnd
          if var existing = found[key] {
            existing.from = min(existing.from, sharedStart)
            existing.to =
              (existing.to == nil || periodEnd == nil) ? nil : max(existing.to!, periodEnd!)
            existing.professionals = Array(
              Set(existing.professionals + [a.professional, b.professional])
            ).sorted()
            found[key] = existing
          } else {
            found[key] = Overlap(
              function: function, organisations: pair,
              professionals: Array(Set([a.professional, b.professional])).sorted(),
              from: sharedStart, to: periodEnd)
          }
        }
      }
    }
    return found.values.sorted {
      let left = functions.firstIndex(of: $0.function)!
      let right = functions.firstIndex(of: $1.function)!
      return (left, $0.organisations[0], $0.organisations[1])
        < (right, $1.organisations[0], $1.organisations[1])
    }
  }
}
