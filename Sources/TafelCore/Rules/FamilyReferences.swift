// What must hold between the parts of a family file and between the family
// and organisations.json: ids given once, a director who is involved, known
// professionals and organisations, a correction of a decision that exists,
// an involvement that does not end before it starts, an assessment of a
// member or the household. One function for `tafel check` (the whole file)
// and for `tafel edit --part` and the board's `e` (one part, checked in
// place in the family), so both say the same words at the same place.

/// One broken rule, at the place in the family file it is about.
package struct ReferenceProblem: Hashable, Sendable {
  package var place: [JSONPathElement]
  package var message: String

  package init(_ place: [JSONPathElement], _ message: String) {
    self.place = place
    self.message = message
  }
}

/// The ids a family may refer to; nil where organisations.json could not be
/// read (its own problem is reported instead, and references are not judged).
package struct KnownReferences: Sendable {
  package var organisations: Set<String>?
  package var professionals: Set<String>?

  package init(organisations: Set<String>?, professionals: Set<String>?) {
    self.organisations = organisations
    self.professionals = professionals
  }

  package init(_ directory: Directory?) {
    self.init(
      organisations: directory.map { Set($0.organisations.map(\.id)) },
      professionals: directory.map { Set($0.professionals.map(\.id)) })
  }
}

package enum FamilyReferences {
  package static func problems(_ family: Family, known: KnownReferences) -> [ReferenceProblem] {
    var problems: [ReferenceProblem] = []
    problems += duplicates(family.members.map(\.id), at: ["members"], kind: "member")
    problems += duplicates(family.involvements.map(\.id), at: ["involvements"], kind: "involvement")
    problems += duplicates(family.plan.actions.map(\.id), at: ["plan", "actions"], kind: "action")
    problems += duplicates(family.assessments.map(\.id), at: ["assessments"], kind: "assessment")
    problems += duplicates(family.events.map(\.id), at: ["events"], kind: "event")
    problems += duplicates(family.decisions.map(\.id), at: ["decisions"], kind: "decision")

    if let director = family.plan.director,
      !family.involvements.contains(where: { $0.professional == director })
    {
      problems.append(
        ReferenceProblem(
          [.key("plan"), .key("director")],
          "director \(director) is not involved in \(family.id) (see `tafel involve`)"))
    }
    for (position, involvement) in family.involvements.enumerated() {
      let place: [JSONPathElement] = [.key("involvements"), .index(position)]
      if let professionals = known.professionals,
        !professionals.contains(involvement.professional)
      {
        problems.append(
          ReferenceProblem(
            place + [.key("professional")],
            "unknown professional \(involvement.professional) (not in organisations.json)"))
      }
      if let to = involvement.to, to < involvement.from {
        problems.append(
          ReferenceProblem(place + [.key("to")], "\(to) is before from \(involvement.from)"))
      }
    }
    problems += duplicates((family.safety ?? []).map(\.id), at: ["safety"], kind: "safety record")
    for (position, record) in (family.safety ?? []).enumerated() {
      let place: [JSONPathElement] = [.key("safety"), .index(position)]
      for (key, id) in [("organisation", record.organisation), ("offeredBy", record.offeredBy)] {
        guard let id, let organisations = known.organisations, !organisations.contains(id) else {
          continue
        }
        problems.append(
          ReferenceProblem(
            place + [.key(key)], "unknown organisation \(id) (not in organisations.json)"))
      }
      if let id = record.professional, let professionals = known.professionals,
        !professionals.contains(id)
      {
        problems.append(
          ReferenceProblem(
            place + [.key("professional")], "unknown professional \(id) (not in organisations.json)"
          ))
      }
      if record.answer == .refused, record.reason?.trimmed.isEmpty ?? true {
        problems.append(ReferenceProblem(place + [.key("reason")], "a refused handover says why"))
      }
      if let from = record.from, let to = record.to, to < from {
        problems.append(ReferenceProblem(place + [.key("to")], "\(to) is before from \(from)"))
      }
    }
    // Two replicas may each have recorded an answer of the RvdK to one request.
    var answered: [String: String] = [:]
    // In the order the answers count (Family.rvdkAnswers): by day, then as recorded.
    let byDay = family.events.enumerated().sorted { ($0.1.date, $0.0) < ($1.1.date, $1.0) }
    for (position, event) in byDay where event.kind.isRvdKDecision {
      guard let rvdk = event.rvdk else {
        problems.append(
          ReferenceProblem(
            [.key("events"), .index(position)],
            "\(event.id): the RvdK's decision says who decided (rvdk.by, rvdk.expert)"))
        continue
      }
      guard let request = rvdk.request else { continue }
      if let other = answered[request] {
        problems.append(
          ReferenceProblem(
            [.key("events"), .index(position), .key("rvdk"), .key("request")],
            "\(other) and \(event.id) both answer the request \(request); only \(other) counts: ask the RvdK which stands"
          ))
      } else {
        answered[request] = event.id
      }
    }
    problems += duplicates(
      (family.agreementReviews ?? []).map(\.id), at: ["agreementReviews"], kind: "agreement review")
    let allAgreements = Set(
      family.decisions.flatMap { decision in
        decision.agreements.indices.map { decision.agreementID($0) }
      })
    for (position, review) in (family.agreementReviews ?? []).enumerated()
    where !allAgreements.contains(review.agreement) {
      problems.append(
        ReferenceProblem(
          [.key("agreementReviews"), .index(position), .key("agreement")],
          "unknown agreement \(review.agreement) (no decision of this family has it)"))
    }
    // Two replicas that each recorded a holder leave two: a person says who.
    let holding = (family.safety ?? []).filter { $0.from != nil && $0.to == nil }
    if holding.count > 1, let last = family.safety?.lastIndex(where: { $0.id == holding.last!.id })
    {
      problems.append(
        ReferenceProblem(
          [.key("safety"), .index(last)],
          "\(holding.map(\.id).joined(separator: " and ")) both hold the child's safety; record who does with tafel safety \(family.id) --holder ORG"
        ))
    }
    for (position, consent) in family.consent.enumerated() {
      if let id = consent.member, family.member(id) == nil {
        problems.append(
          ReferenceProblem(
            [.key("consent"), .index(position), .key("member")],
            "consent names member \(id), who is not in \(family.id)"))
      }
    }
    for (position, assessment) in family.assessments.enumerated() {
      let place: [JSONPathElement] = [.key("assessments"), .index(position)]
      if let organisations = known.organisations,
        !organisations.contains(assessment.organisation)
      {
        problems.append(
          ReferenceProblem(
            place + [.key("organisation")],
            "unknown organisation \(assessment.organisation) (not in organisations.json)"))
      }
      if assessment.subject != "household", family.member(assessment.subject) == nil {
        problems.append(
          ReferenceProblem(
            place + [.key("subject")],
            "\(assessment.subject) is not a member of \(family.id) or household"))
      }
    }
    let decisionIDs = Set(family.decisions.map(\.id))
    for (position, decision) in family.decisions.enumerated() {
      if let superseded = decision.supersedes, !decisionIDs.contains(superseded) {
        problems.append(
          ReferenceProblem(
            [.key("decisions"), .index(position), .key("supersedes")],
            "decision \(decision.id) supersedes \(superseded), which does not exist"))
      }
    }
    if let organisations = known.organisations {
      for (position, event) in family.events.enumerated() {
        for (key, organisation) in [("from", event.from), ("to", event.to)] {
          if let organisation, !organisations.contains(organisation) {
            problems.append(
              ReferenceProblem(
                [.key("events"), .index(position), .key(key)],
                "event \(event.id) names unknown organisation \(organisation)"))
          }
        }
      }
    }
    return problems
  }

  private static func duplicates(_ ids: [String], at keys: [String], kind: String)
    -> [ReferenceProblem]
  {
    var seen: Set<String> = []
    var problems: [ReferenceProblem] = []
    for (position, id) in ids.enumerated() where !seen.insert(id).inserted {
      problems.append(
        ReferenceProblem(
          keys.map { .key($0) } + [.index(position), .key("id")], "duplicate \(kind) id \(id)"))
    }
    return problems
  }
}
