// The organisations and professionals of the fictional Foodvalley demo: the
// four municipalities' local teams (Ede with its access team in front),
// Veilig Thuis, the RvdK, the juvenile court, three GIs, schools, police, a GP
// and care providers. Every person here is invented; names are made by
// pairing two fixed lists so that no name repeats.

import TafelCore

/// The demo's professionals by organisation, so that families can name
/// "the second coach of the local team in Ede" without spelling out ids.
package struct DemoStaff: Sendable {
  package let directory: Directory
  private let byOrganisation: [String: [String]]

  init(directory: Directory) {
    self.directory = directory
    var grouped: [String: [String]] = [:]
    for professional in directory.professionals {
      grouped[professional.organisation, default: []].append(professional.id)
    }
    self.byOrganisation = grouped
  }

  /// The id of the `index`-th professional (from 0) of an organisation.
  package func id(_ organisation: String, _ index: Int) -> String {
    let ids = byOrganisation[organisation] ?? []
    precondition(index < ids.count, "demo has no professional \(index) at \(organisation)")
    return ids[index]
  }

  package func name(_ organisation: String, _ index: Int) -> String {
    directory.professional(id(organisation, index))?.name ?? ""
  }

  /// Every professional id of an organisation, in directory order.
  package func ids(_ organisation: String) -> [String] { byOrganisation[organisation] ?? [] }
}

enum DemoDirectory {
  /// An organisation of the demo and the (role, count) of its professionals.
  private struct Template {
    let id: String
    let kind: OrganisationKind
    let name: String
    let municipality: String?
    let phone: String
    let staff: [(role: String, count: Int)]
  }

  private static let templates: [Template] = [
    Template(
      id: "lt-nijkerk", kind: .localTeam, name: "Sociaal Team Nijkerk", municipality: "Nijkerk",
      phone: "033 000 1101", staff: [("jeugd- en gezinscoach", 5)]),
    Template(
      id: "toegang-ede", kind: .accessTeam, name: "Toegang Ede", municipality: "Ede",
      phone: "0318 000 201", staff: [("consulent Toegang", 3)]),
    Template(
      id: "lt-ede", kind: .localTeam, name: "Lokaal Team Ede", municipality: "Ede",
      phone: "0318 000 202", staff: [("gezinscoach", 6)]),
    Template(
      id: "lt-barneveld", kind: .localTeam, name: "Jeugdteam Barneveld",
      municipality: "Barneveld", phone: "0342 000 301", staff: [("jeugdconsulent", 5)]),
    Template(
      id: "lt-scherpenzeel", kind: .localTeam, name: "Sociaal Team Scherpenzeel",
      municipality: "Scherpenzeel", phone: "033 000 4401",
      staff: [("medewerker sociaal team", 3)]),
    Template(
      id: "vt-gm", kind: .veiligThuis, name: "Veilig Thuis Gelderland-Midden", municipality: nil,
      phone: "0800 000 0001", staff: [("medewerker triage", 2), ("casemanager onderzoek", 5)]),
    Template(
      id: "jbt-fv", kind: .jbt, name: "Jeugdbeschermingstafel Foodvalley", municipality: nil,
      phone: "0318 000 500", staff: [("voorzitter", 2), ("notulist", 1)]),
    Template(
      id: "rvdk", kind: .rvdk, name: "Raad voor de Kinderbescherming, locatie Arnhem",
      municipality: nil, phone: "088 000 0600", staff: [("raadsonderzoeker", 5)]),
    Template(
      id: "kr-gelderland", kind: .juvenileCourt, name: "Rechtbank Gelderland, kinderrechter",
      municipality: nil, phone: "088 000 0700", staff: [("kinderrechter", 2)]),
    Template(
      id: "gi-jbg", kind: .gi, name: "Jeugdbescherming Gelderland", municipality: nil,
      phone: "026 000 0800", staff: [("jeugdbeschermer", 7)]),
    Template(
      id: "gi-wsg", kind: .gi, name: "William Schrikker Groep", municipality: nil,
      phone: "020 000 0900", staff: [("jeugdbeschermer", 4)]),
    Template(
      id: "gi-ldh", kind: .gi, name: "Leger des Heils Jeugdbescherming & Reclassering",
      municipality: nil, phone: "088 000 1000", staff: [("jeugdbeschermer", 4)]),
    Template(
      id: "politie-fv", kind: .police, name: "Politie basisteam Vallei", municipality: nil,
      phone: "0900 000 0011", staff: [("wijkagent", 2), ("jeugdagent", 2)]),
    Template(
      id: "school-klaverblad", kind: .school, name: "CBS Het Klaverblad",
      municipality: "Nijkerk", phone: "033 000 1201", staff: [("intern begeleider", 2)]),
    Template(
      id: "school-vlinderhof", kind: .school, name: "OBS De Vlinderhof", municipality: "Ede",
      phone: "0318 000 210", staff: [("intern begeleider", 2)]),
    Template(
      id: "school-eikenhorst", kind: .school, name: "Het Eikenhorst College",
      municipality: "Ede", phone: "0318 000 211", staff: [("zorgcoördinator", 1), ("mentor", 1)]),
    Template(
      id: "school-esdoorn", kind: .school, name: "Basisschool De Esdoorn",
      municipality: "Barneveld", phone: "0342 000 310", staff: [("intern begeleider", 2)]),
    Template(
      id: "gp-veenhof", kind: .gp, name: "Huisartsenpraktijk Het Veenhof",
      municipality: "Scherpenzeel", phone: "033 000 4410",
      staff: [("huisarts", 1), ("POH-GGZ jeugd", 1)]),
    Template(
      id: "zorg-kwadrant", kind: .careProvider, name: "Kwadrant Jeugd en Gezin", municipality: nil,
      phone: "0318 000 620", staff: [("gezinsbehandelaar", 3), ("ambulant hulpverlener", 2)]),
    Template(
      id: "zorg-valleiggz", kind: .careProvider, name: "Valleizorg GGZ Jeugd", municipality: nil,
      phone: "0318 000 630", staff: [("kinderpsycholoog", 3), ("kinder- en jeugdpsychiater", 1)]),
    Template(
      id: "zorg-horizon", kind: .careProvider, name: "Stichting Horizonzorg (LVB)",
      municipality: nil, phone: "0342 000 640", staff: [("persoonlijk begeleider", 3)]),
    // Last, so the professionals before keep their ids.
    Template(
      id: "jeugdlink-ede", kind: .safetyTeam, name: "JeugdLink Ede (regionaal veiligheidsteam)",
      municipality: "Ede", phone: "0318 000 250", staff: [("jeugdbeschermer veiligheidsteam", 2)]),
  ]

  static let firstNames: [String] = [
    "Anouk", "Bram", "Daniëlle", "Eline", "Fatima", "Gerrit", "Hanneke", "Iris", "Jeroen",
    "Karin", "Lotte", "Marloes", "Noor", "Orlando", "Petra", "Quinten", "Renske", "Sander",
    "Tessa", "Uğur", "Vera", "Wouter", "Yasmina", "Zoë", "Chloë", "Joost", "Femke", "Mehmet",
    "Sanne", "Ruben", "Linda", "Maarten", "Esther", "Thijs", "Ilse", "Bas", "Mirjam", "Koen",
    "Nadia", "Erik", "Sevda", "Willemijn", "Youssef", "Gert-Jan", "Annelies", "Pieter", "Roos",
    "Dewi", "Hatice", "Jan-Willem",
  ]

  static let surnames: [String] = [
    "van den Berg", "Kok", "Hendriks", "de Graaf", "Brouwer", "van Dijk", "Mulder", "Bosman",
    "Schouten", "Verhoef", "Lammertsma", "Wijnands", "van Beekum", "ter Horst", "Veenstra",
    "Kuipers", "Hoogland", "Bakx", "Postma", "Smits", "Doğan", "van Leeuwen", "Achterberg",
    "Nijhof", "de Ruiter", "Kamphuis", "Oosterveld", "Rijkers", "Maas", "van Wijk", "Bouali",
    "Heijnen", "Zwart", "Groeneveld", "Teunissen", "Vos", "Klaassen",
  ]

  /// The n-th invented name. 50 first names and 37 surnames (co-prime counts)
  /// pair up differently for the first 1,850 indexes.
  static func inventedName(_ index: Int) -> String {
    firstNames[index % firstNames.count] + " " + surnames[(index * 7) % surnames.count]
  }

  static func make(today: Day) -> Directory {
    var organisations: [Organisation] = []
    var professionals: [Professional] = []
    var nameIndex = 0
    for (position, template) in templates.enumerated() {
      // The fixed contact person, and for every third organisation the one
      // before, so that "the contact on a day" has some history.
      var contacts: [ContactPerson] = []
      let slug = String(template.id.map { $0 == "-" ? "." : $0 })
      if position % 3 == 0 {
        contacts.append(
          ContactPerson(
            name: inventedName(200 + position * 2), phone: template.phone,
            email: "contact.\(slug)@example.nl", since: today.adding(days: -1_460)))
      }
      contacts.append(
        ContactPerson(
          name: inventedName(201 + position * 2), phone: template.phone,
          email: "vast.contact.\(slug)@example.nl",
          since: today.adding(days: -300 - position * 17)))
      organisations.append(
        Organisation(
          id: template.id, kind: template.kind, name: template.name,
          municipality: template.municipality, contacts: contacts))
      for (role, count) in template.staff {
        for _ in 0..<count {
          nameIndex += 1
          professionals.append(
            Professional(
              id: "P-" + zeroPadded(nameIndex, 4), name: inventedName(nameIndex),
              organisation: template.id, role: role))
        }
      }
    }
    return Directory(organisations: organisations, professionals: professionals)
  }
}
