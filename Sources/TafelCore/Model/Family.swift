// A family as the table sees it: who belongs to it, where it is in the chain,
// its consent, and everything that was done and decided for it. One family is
// one file (families/<NN>/<id>.json), so one family can be read without the rest.

package enum Phase: String, Codable, CaseIterable, Sendable, Comparable {
  /// Reported, not yet in help.
  case reported
  /// Voluntary help from the local team or a care provider.
  case voluntary
  /// On the agenda of the table.
  case table
  /// A GI works inside the voluntary frame, one step short of a measure.
  case drang
  /// The RvdK investigates whether a measure is needed.
  case investigation
  /// A child protection measure (OTS, placement, guardianship) is carried out.
  case measure
  case closed

  package static func < (lhs: Phase, rhs: Phase) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

package enum MemberRole: String, Codable, CaseIterable, Sendable {
  case child
  case parent
  case caregiver
}

package struct Member: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "M1".
  package var id: String
  package var name: String
  package var role: MemberRole
  package var birthDate: Day?
  /// For parents and caregivers: whether they hold parental authority (gezag).
  package var custody: Bool?

  package init(
    id: String, name: String, role: MemberRole, birthDate: Day? = nil, custody: Bool? = nil
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.birthDate = birthDate
    self.custody = custody
  }

  package func age(on day: Day) -> Int? { birthDate.map { $0.age(on: day) } }
}

/// One person's consent to share at the table (ConsentRules says whose is
/// needed). Consents recorded before consent was per person have no member;
/// their "given by" names who gave them.
package struct Consent: Codable, Hashable, Sendable {
  package var givenBy: String
  /// The member who gave it ("M2"), for a consent recorded per person.
  package var member: String?
  package var date: Day
  package var scope: String
  /// The day it was withdrawn; the consent holds until then.
  package var withdrawn: Day?

  package init(
    givenBy: String, member: String? = nil, date: Day, scope: String, withdrawn: Day? = nil
  ) {
    self.givenBy = givenBy
    self.member = member
    self.date = date
    self.scope = scope
    self.withdrawn = withdrawn
  }
}

extension Family {
  /// The consents that hold on `day` (given by then, not withdrawn by then).
  package func consents(on day: Day) -> [Consent] {
    consent.filter { $0.date <= day && ($0.withdrawn.map { $0 > day } ?? true) }
  }
}

package struct Family: Codable, Hashable, Sendable, Identifiable {
  /// Region prefix, year and number: "FV-2026-0042".
  package var id: String
  /// The name shown on the board, e.g. "Familie Öztürk".
  package var name: String
  package var municipality: String
  package var members: [Member]
  package var phase: Phase
  package var consent: [Consent]
  package var involvements: [Involvement]
  package var plan: FamilyPlan
  package var request: RequestForDiscussion?
  /// The requests a newer one replaced, oldest first: why the family came to
  /// the table before stays on record. Absent until a request is replaced.
  package var earlierRequests: [RequestForDiscussion]?
  package var assessments: [RiskAssessment]
  package var events: [ChainEvent]
  /// Append-only: a correction is a new decision naming the one it supersedes.
  package var decisions: [Decision]
  package var changes: [ChangeRecord]
  /// Values two replicas changed differently, kept by a sync for a person
  /// to resolve (`tafel resolve`); absent when there are none.
  package var conflicts: [MergeConflict]?
  /// Who held and holds the child's safety, and the handovers offered,
  /// oldest first (SafetyResponsibility); absent until one is recorded.
  package var safety: [SafetyResponsibility]?
  /// The statuses reported for the table's agreements, oldest first
  /// (AgreementReview); absent until one is recorded.
  package var agreementReviews: [AgreementReview]?
  /// When and by whom the file was closed (`tafel archive`): read-only from
  /// then on, off the agenda and the board's lists, still in the reports.
  package var archived: ChangeRecord?

  package init(
    id: String, name: String, municipality: String, members: [Member] = [],
    phase: Phase = .reported, consent: [Consent] = [], involvements: [Involvement] = [],
    plan: FamilyPlan = FamilyPlan(), request: RequestForDiscussion? = nil,
    assessments: [RiskAssessment] = [], events: [ChainEvent] = [], decisions: [Decision] = [],
    changes: [ChangeRecord] = []
  ) {
    self.id = id
    self.name = name
    self.municipality = municipality
    self.members = members
    self.phase = phase
    self.consent = consent
    self.involvements = involvements
    self.plan = plan
    self.request = request
    self.assessments = assessments
    self.events = events
    self.decisions = decisions
    self.changes = changes
  }

  package var children: [Member] { members.filter { $0.role == .child } }

  package func member(_ id: String) -> Member? { members.first { $0.id == id } }

  package func decision(_ id: String) -> Decision? { decisions.first { $0.id == id } }

  /// The ids of every decision a later one corrects (`supersedes` or
  /// `resolves`): one pass, for loops over all decisions.
  package var correctedIDs: Set<String> {
    var ids: Set<String> = []
    for decision in decisions {
      if let supersedes = decision.supersedes { ids.insert(supersedes) }
      for id in decision.resolves ?? [] { ids.insert(id) }
    }
    return ids
  }

  /// For each corrected decision, the (first) decision that corrects it —
  /// `correction(of:)` for every decision at once, for loops over them all.
  package var corrections: [String: Decision] {
    var found: [String: Decision] = [:]
    for decision in decisions {
      for id in [decision.supersedes].compactMap({ $0 }) + (decision.resolves ?? [])
      where found[id] == nil {
        found[id] = decision
      }
    }
    return found
  }

  /// The decision that supersedes `id`, if any.
  package func correction(of id: String) -> Decision? {
    decisions.first { $0.supersedes == id || ($0.resolves?.contains(id) ?? false) }
  }

  /// Meetings at which more than one decision for this case is in force
  /// (none corrects the other) — what a sync of two replicas that each
  /// recorded one offline leaves. Flagged by the board and `tafel check`;
  /// a correction of one of them replaces them all.
  package var decisionsInForceTogether: [(meeting: String, decisions: [Decision])] {
    var byMeeting: [String: [Decision]] = [:]
    var order: [String] = []
    let corrected = correctedIDs
    for decision in decisions where !corrected.contains(decision.id) {
      guard let meeting = decision.meeting else { continue }
      if byMeeting[meeting] == nil { order.append(meeting) }
      byMeeting[meeting, default: []].append(decision)
    }
    return order.compactMap { meeting in
      let standing = byMeeting[meeting]!
      return standing.count > 1 ? (meeting, standing) : nil
    }
  }

  /// Initials of the display name without the word "Familie"/"Family": "Familie de Vries" → "dV".
  package var initials: String { Family.initials(of: name) }

  package static func initials(of name: String) -> String {
    let words = name.split(separator: " ").filter {
      let lower = $0.lowercased()
      return lower != "familie" && lower != "family" && lower != "gezin"
    }
    // A wide character (CJK) can be a whole surname: it is left out.
    let letters = words.compactMap { word -> String? in
      guard let first = word.first, first.isLetter, DisplayWidth.of(first) == 1 else { return nil }
      return String(first)
    }
    return letters.isEmpty ? "?" : letters.joined()
  }
}
