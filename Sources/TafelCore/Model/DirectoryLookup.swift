// The directory as dictionaries: who works where, by id. The region report
// asks these questions hundreds of thousands of times over a large store, and
// a linear search of organisations.json for each costs more than the rules.

package struct DirectoryLookup: Sendable {
  package let directory: Directory
  /// The store's people, where it lists them: the access log and the
  /// record name people with their role and organisation from here.
  package var people: People?
  private let professionals: [String: Professional]
  private let organisations: [String: Organisation]

  package init(_ directory: Directory) {
    self.directory = directory
    var professionals: [String: Professional] = [:]
    for professional in directory.professionals where professionals[professional.id] == nil {
      professionals[professional.id] = professional
    }
    var organisations: [String: Organisation] = [:]
    for organisation in directory.organisations where organisations[organisation.id] == nil {
      organisations[organisation.id] = organisation
    }
    self.professionals = professionals
    self.organisations = organisations
  }

  package func professional(_ id: String) -> Professional? { professionals[id] }

  /// The professional with this id or this name (the access log holds who
  /// was named with `--as`), when there is exactly one.
  package func professional(named name: String) -> Professional? {
    if let byID = professionals[name] { return byID }
    let matches = directory.professionals.filter {
      Folding.fold($0.name) == Folding.fold(name)
    }
    return matches.count == 1 ? matches[0] : nil
  }
  package func organisation(_ id: String) -> Organisation? { organisations[id] }

  /// The organisation id a professional works for.
  package func organisation(ofProfessional id: String) -> String? {
    professionals[id]?.organisation
  }

  /// The short name lines of text use ("RvdK", "Veilig Thuis", …), or the id itself.
  package func shortName(ofOrganisation id: String) -> String {
    organisations[id].map(ChainWords.shortName) ?? id
  }

  package func name(ofProfessional id: String) -> String { professionals[id]?.name ?? id }
}
