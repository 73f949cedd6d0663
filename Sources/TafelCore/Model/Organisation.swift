// Organisations in the chain, their fixed contact persons, and the
// professionals who work for them. All of it lives in organisations.json.

package enum OrganisationKind: String, Codable, CaseIterable, Sendable {
  case localTeam = "local-team"
  case accessTeam = "access-team"
  case veiligThuis = "veilig-thuis"
  case jbt
  case rvdk
  case juvenileCourt = "juvenile-court"
  case gi
  /// A regional safety team (Toekomstscenario: the local team, Veilig Thuis,
  /// the RvdK and the GI together, e.g. JeugdLink in Ede): it works as a duo
  /// with the local professional.
  case safetyTeam = "safety-team"
  case police
  case school
  case gp
  case careProvider = "care-provider"
  case municipality
  case other

  /// The abbreviation the field uses, the same in Dutch and English.
  package var abbreviation: String {
    switch self {
    case .localTeam: "LT"
    case .accessTeam: "Toegang"
    case .veiligThuis: "VT"
    case .jbt: "JBT"
    case .rvdk: "RvdK"
    case .juvenileCourt: "KR"
    case .gi: "GI"
    case .safetyTeam: "RVT"
    case .police: "Politie"
    case .school: "School"
    case .gp: "Huisarts"
    case .careProvider: "Zorg"
    case .municipality: "Gemeente"
    case .other: "Anders"
    }
  }

  /// The local professional's organisations, the one half of a duo.
  package var isLocal: Bool { self == .localTeam || self == .accessTeam }

  /// Whether professionals of these two kinds working on one family are a
  /// duo (a local professional with a regional safety team): one direction,
  /// not two directors and not an overlap.
  package static func formDuo(_ one: OrganisationKind?, _ other: OrganisationKind?) -> Bool {
    (one == .safetyTeam && other?.isLocal == true) || (other == .safetyTeam && one?.isLocal == true)
  }
}

package struct ContactPerson: Codable, Hashable, Sendable {
  package var name: String
  package var phone: String?
  package var email: String?
  package var since: Day

  package init(name: String, phone: String? = nil, email: String? = nil, since: Day) {
    self.name = name
    self.phone = phone
    self.email = email
    self.since = since
  }
}

package struct Organisation: Codable, Hashable, Sendable, Identifiable {
  /// A short stable slug such as "lt-ede" or "vt-gm".
  package var id: String
  package var kind: OrganisationKind
  package var name: String
  package var municipality: String?
  package var contacts: [ContactPerson]

  package init(
    id: String, kind: OrganisationKind, name: String, municipality: String? = nil,
    contacts: [ContactPerson] = []
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.municipality = municipality
    self.contacts = contacts
  }

  /// The fixed contact person today: the one with the latest `since` not after `day`.
  package func contact(on day: Day) -> ContactPerson? {
    contacts.filter { $0.since <= day }.max { $0.since < $1.since }
  }
}

package struct Professional: Codable, Hashable, Sendable, Identifiable {
  /// A stable id such as "P-0017".
  package var id: String
  package var name: String
  /// The id of an `Organisation`.
  package var organisation: String
  package var role: String

  package init(id: String, name: String, organisation: String, role: String) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.role = role
  }
}

/// The whole of organisations.json.
package struct Directory: Codable, Hashable, Sendable {
  package var organisations: [Organisation]
  package var professionals: [Professional]
  package var changes: [ChangeRecord]
  /// Values two replicas changed differently (see Family.conflicts).
  package var conflicts: [MergeConflict]?

  package init(
    organisations: [Organisation] = [], professionals: [Professional] = [],
    changes: [ChangeRecord] = []
  ) {
    self.organisations = organisations
    self.professionals = professionals
    self.changes = changes
  }

  package func organisation(_ id: String) -> Organisation? { organisations.first { $0.id == id } }
  package func professional(_ id: String) -> Professional? { professionals.first { $0.id == id } }
}
