// Whose consent a family's route needs, and whether it rests on consent at
// all. Consent is per person: for a child under 12 the parents with custody
// (gezag) decide; from 12 to 16 the child and the parents with custody both;
// from 16 the youth alone. Voluntary help, the table and drang rest on
// consent; Veilig Thuis's work after a report, the RvdK's investigation and a
// measure a judge imposed rest on the law, so no consent is asked there.

package enum LegalBasis: String, Codable, CaseIterable, Sendable {
  /// The people concerned agree (voluntary help, the table, drang).
  case consent
  /// Veilig Thuis's statutory task after a report.
  case statutoryTask = "statutory-task"
  /// The RvdK's investigation: it does not rest on consent.
  case investigation
  /// A measure a judge imposed (OTS, placement, guardianship).
  case ruling
  /// The file is closed: nothing is shared.
  case none

  /// The basis of the route a family in `phase` is on.
  package static func of(_ phase: Phase) -> LegalBasis {
    switch phase {
    case .voluntary, .table, .drang: .consent
    case .reported: .statutoryTask
    case .investigation: .investigation
    case .measure: .ruling
    case .closed: .none
    }
  }

  package func words(_ language: Language) -> String {
    switch self {
    case .consent: language.pick("consent", "toestemming")
    case .statutoryTask:
      language.pick("Veilig Thuis's statutory task", "wettelijke taak van Veilig Thuis")
    case .investigation:
      language.pick("the RvdK's investigation (the law)", "onderzoek van de Raad (de wet)")
    case .ruling: language.pick("a judge's ruling", "uitspraak van de rechter")
    case .none: language.pick("none (closed)", "geen (gesloten)")
    }
  }
}

/// Someone whose consent the route needs, and why.
package struct ConsentNeeded: Hashable, Sendable {
  package enum Why: String, Hashable, Sendable {
    /// A parent or caregiver with custody of a child under 16.
    case custody
    /// A child of 12 to 16 (beside the parents).
    case childFrom12 = "child-12"
    /// A youth of 16 or older (alone).
    case youthFrom16 = "youth-16"
  }

  package var member: Member
  package var why: Why
}

package enum ConsentRules {
  /// From this age a child consents beside the parents.
  package static let ownConsentAge = 12
  /// From this age the youth consents alone.
  package static let aloneAge = 16

  /// Everyone whose consent the family's route needs on `day`, in member
  /// order. A child without a birth date is taken to be under 12 (its
  /// parents decide). Parents with custody are those recorded with custody;
  /// when none is, every parent not recorded without it.
  package static func needed(in family: Family, on day: Day) -> [ConsentNeeded] {
    let children = family.children
    var needParents = false
    var needed: [String: ConsentNeeded.Why] = [:]
    for child in children {
      let age = child.age(on: day) ?? 0
      if age >= aloneAge {
        needed[child.id] = .youthFrom16
      } else {
        needParents = true
        if age >= ownConsentAge { needed[child.id] = .childFrom12 }
      }
    }
    if needParents {
      let adults = family.members.filter { $0.role != .child }
      let withCustody = adults.filter { $0.custody == true }
      let deciding =
        withCustody.isEmpty
        ? adults.filter { $0.role == .parent && $0.custody != false } : withCustody
      for parent in deciding { needed[parent.id] = .custody }
    }
    return family.members.compactMap { member in
      needed[member.id].map { ConsentNeeded(member: member, why: $0) }
    }
  }

  /// Whether `member`'s consent holds on `day`: one of theirs, or one
  /// recorded before consent was per person whose "given by" names them.
  package static func holds(for member: Member, in family: Family, on day: Day) -> Bool {
    family.consents(on: day).contains { consent in
      if let id = consent.member { return id == member.id }
      return names(member, in: consent.givenBy)
    }
  }

  /// Whether `member` withdrew a consent of theirs by `day` (and gave none since).
  package static func withdrew(_ member: Member, in family: Family, on day: Day) -> Day? {
    family.consent.filter { consent in
      (consent.member.map { $0 == member.id } ?? names(member, in: consent.givenBy))
        && (consent.withdrawn.map { $0 <= day } ?? false)
    }.compactMap(\.withdrawn).max()
  }

  /// Whether a "given by" text names the member: their whole name, ignoring
  /// case, not inside a longer word ("Ali" is not in "Alicia Bakker").
  package static func names(_ member: Member, in text: String) -> Bool {
    let name = Array(member.name.trimmed.lowercased())
    let words = Array(text.lowercased())
    guard !name.isEmpty, words.count >= name.count else { return false }
    for start in 0...(words.count - name.count) where words[start] == name[0] {
      let end = start + name.count
      guard Array(words[start..<end]) == name else { continue }
      let before = start == 0 || !words[start - 1].isLetter
      let after = end == words.count || !words[end].isLetter
      if before && after { return true }
    }
    return false
  }

  /// Those whose consent is needed on `day` and does not hold, when the
  /// route rests on consent; empty otherwise. A family with no members
  /// recorded — or none whose consent the rules name (no parent recorded
  /// with custody, only adults) — needs one consent that holds (`nobody`
  /// true when none does).
  package static func missing(in family: Family, on day: Day) -> (
    people: [ConsentNeeded], nobody: Bool
  ) {
    guard LegalBasis.of(family.phase) == .consent else { return ([], false) }
    let needed = needed(in: family, on: day)
    if needed.isEmpty { return ([], family.consents(on: day).isEmpty) }
    return (needed.filter { !holds(for: $0.member, in: family, on: day) }, false)
  }
}
