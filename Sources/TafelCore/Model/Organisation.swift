// Organisations in the chain, their fixed contact persons, and the
// professionals who work for them. All of it lives in organisations.json.

public enum OrganisationKind: String, Codable, CaseIterable, Sendable {
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
  public var abbreviation: String {
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
  public var isLocal: Bool { self == .localTeam || self == .accessTeam }

  /// Whether professionals of these two kinds working on one family are a
  /// duo (a local professional with a regional safety team): one direction,
  /// not two directors and not an overlap.
  public static func formDuo(_ one: OrganisationKind?, _ other: OrganisationKind?) -> Bool {
    (one == .safetyTeam && other?.isLocal == true) || (other == .safetyTeam && one?.isLocal == true)
  }
}

public struct ContactPerson: Codable, Hashable, Sendable {
  public var name: String
  public var phone: String?
  public var email: String?
  public var since: Day

  public init(name: String, phone: String? = nil, email: String? = nil, since: Day) {
    self.name = name
    self.phone = phone
    self.email = email
    self.since = since
  }
}

public struct Organisation: Codable, Hashable, Sendable, Identifiable {
  /// A short stable slug such as "lt-ede" or "vt-gm".
  public var id: String
  public var kind: OrganisationKind
  public var name: String
  public var municipality: String?
  public var contacts: [ContactPerson]

  public init(
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
  public func contact(on day: Day) -> ContactPerson? {
    contacts.filter { $0.since <= day }.max { $0.since < $1.since }
  }
}

public struct Professional: Codable, Hashable, Sendable, Identifiable {
  /// A stable id such as "P-0017".
  public var id: String
  public var name: String
  /// The id of an `Organisation`.
  public var organisation: String
  public var role: String

  public init(id: String, name: String, organisation: String, role: String) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.role = role
  }
}

/// The whole of organisations.json.
public struct Directory: Codable, Hashable, Sendable {
  public var organisations: [Organisation]
  public var professionals: [Professional]
  public var changes: [ChangeRecord]
  /// Values two replicas changed differently (see Family.conflicts).
  public var conflicts: [MergeConflict]?

  public init(
    organisations: [Organisation] = [], professionals: [Professional] = [],
    changes: [ChangeRecord] = []
  ) {
    self.organisations = organisations
    self.professionals = professionals
    self.changes = changes
  }

  public func organisation(_ id: String) -> Organisation? { organisations.first { $0.id == id } }
  public func professional(_ id: String) -> Professional? { professionals.first { $0.id == id } }
}
