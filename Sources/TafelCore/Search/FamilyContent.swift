// What the `/` search looks in besides a family's name and id: its members,
// the professionals involved and their organisations, the plan, the notes of
// its chain steps and its decisions. Every field is folded (case and
// diacritics off) and a family matches when every word of the query is in
// one of its fields or another; the first field that holds a word is what
// the search shows as "what matched".

public struct ContentMatch: Hashable, Sendable {
  public enum Field: String, Hashable, Sendable, CaseIterable {
    case name, member, professional, organisation, plan, note, decision

    public func word(_ language: Language) -> String {
      switch self {
      case .name: language.pick("name", "naam")
      case .member: language.pick("member", "gezinslid")
      case .professional: language.pick("professional", "professional")
      case .organisation: language.pick("organisation", "organisatie")
      case .plan: language.pick("plan", "plan")
      case .note: language.pick("note", "toelichting")
      case .decision: language.pick("decision", "besluit")
      }
    }
  }

  public var familyID: String
  public var name: String
  public var field: Field
  /// The field's text that matched (shown only where names may be shown).
  public var text: String

  public init(familyID: String, name: String, field: Field, text: String) {
    self.familyID = familyID
    self.name = name
    self.field = field
    self.text = text
  }
}

public enum FamilyContent {
  /// Every searchable field of a family, in the order a match is reported.
  public static func fields(of family: Family, lookup: DirectoryLookup)
    -> [(field: ContentMatch.Field, text: String)]
  {
    var fields: [(ContentMatch.Field, String)] = [(.name, family.id + " " + family.name)]
    for member in family.members { fields.append((.member, member.name)) }
    var organisations: [String] = []
    for involvement in family.involvements {
      fields.append((.professional, lookup.name(ofProfessional: involvement.professional)))
      if let organisation = lookup.organisation(ofProfessional: involvement.professional),
        !organisations.contains(organisation)
      {
        organisations.append(organisation)
      }
    }
    for organisation in organisations {
      fields.append((.organisation, lookup.organisation(organisation)?.name ?? organisation))
    }
    let plan = family.plan
    for text in plan.concerns + plan.strengths + plan.goals + plan.safetyAgreements {
      fields.append((.plan, text))
    }
    for action in plan.actions { fields.append((.plan, action.what)) }
    for event in family.events { if let note = event.note { fields.append((.note, note)) } }
    for decision in family.decisions {
      fields.append((.decision, decision.rationale))
      for agreement in decision.agreements { fields.append((.decision, agreement.what)) }
    }
    return fields
  }

  /// The family as a match for the folded `words`, or nil; the field shown
  /// is the first that holds the first word not already in the name.
  public static func match(_ family: Family, lookup: DirectoryLookup, words: [String])
    -> ContentMatch?
  {
    guard !words.isEmpty else { return nil }
    let folded = fields(of: family, lookup: lookup).map {
      ($0.field, $0.text, Folding.fold($0.text))
    }
    for word in words where !folded.contains(where: { $0.2.contains(word) }) { return nil }
    let shown =
      folded.first { field in field.0 != .name && words.contains { field.2.contains($0) } }
      ?? folded[0]
    return ContentMatch(
      familyID: family.id, name: family.name, field: shown.0, text: Sanitized.line(shown.1))
  }
}
