// What the `/` search looks in besides a family's name and id: its members,
// the professionals involved and their organisations, the plan, the notes of
// its chain steps and its decisions. Every field is folded (case and
// diacritics off) and a family matches when every word of the query is in
// one of its fields or another; the first field that holds a word is what
// the search shows as "what matched".

package struct ContentMatch: Hashable, Sendable {
  package enum Field: String, Hashable, Sendable, CaseIterable {
    case name, member, professional, organisation, plan, note, decision

    package func word(_ language: Language) -> String {
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

  package var familyID: String
  package var name: String
  package var field: Field
  /// The words around the match in the field (shown only where names may be shown).
  package var text: String
  /// A query word begins a word of the family ("Zoë" the child, not "onderzoek").
  package var atWordStart: Bool

  package init(
    familyID: String, name: String, field: Field, text: String, atWordStart: Bool = true
  ) {
    self.familyID = familyID
    self.name = name
    self.field = field
    self.text = text
    self.atWordStart = atWordStart
  }
}

package enum FamilyContent {
  /// Every searchable field of a family, in the order a match is reported.
  package static func fields(of family: Family, lookup: DirectoryLookup)
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

  /// The family as a match for the folded `words`, or nil. The field shown is
  /// the first that holds a query word at the start of one of its words
  /// (else the first that holds one at all), cut to the words around it.
  package static func match(_ family: Family, lookup: DirectoryLookup, words: [String])
    -> ContentMatch?
  {
    guard !words.isEmpty else { return nil }
    let folded = fields(of: family, lookup: lookup).map {
      (field: $0.field, text: $0.text, key: Folding.fold($0.text))
    }
    return match(id: family.id, name: family.name, folded: folded, words: words)
  }

  /// The match over fields already folded (`key`): what the search index holds.
  package static func match(
    id: String, name: String,
    folded: [(field: ContentMatch.Field, text: String, key: String)], words: [String]
  ) -> ContentMatch? {
    guard !words.isEmpty, !folded.isEmpty else { return nil }
    for word in words where !folded.contains(where: { $0.key.contains(word) }) { return nil }
    func startsAWord(_ key: String) -> Bool {
      words.contains { word in
        key.hasPrefix(word) || key.contains(" " + word) || key.contains("-" + word)
          || key.contains("(" + word)
      }
    }
    let contentFields = folded.filter { $0.field != .name }
    let shown =
      contentFields.first { startsAWord($0.key) }
      ?? contentFields.first { field in words.contains { field.key.contains($0) } } ?? folded[0]
    return ContentMatch(
      familyID: id, name: name, field: shown.field,
      text: snippet(shown.text, key: shown.key, words: words),
      atWordStart: folded.contains { startsAWord($0.key) })
  }

  /// The words of `text` around the first query word, "…" where cut.
  static func snippet(_ text: String, key: String, words: [String]) -> String {
    let line = Sanitized.line(text)
    let characters = Array(line)
    // Folding keeps one character per character for Latin text; else show the start.
    let keyCharacters = Array(key)
    var start = 0
    if keyCharacters.count == characters.count,
      let word = words.first(where: { key.contains($0) }),
      let range = key.range(of: word)
    {
      start = key.distance(from: key.startIndex, to: range.lowerBound)
    }
    let from = max(0, start - 16)
    let to = min(characters.count, from + 48)
    return (from > 0 ? "…" : "") + String(characters[from..<to])
      + (to < characters.count ? "…" : "")
  }

}
