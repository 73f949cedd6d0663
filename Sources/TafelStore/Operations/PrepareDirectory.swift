// The region's organisations, their professionals and the people who may
// record: added, edited, revoked. One operation each, under the lock of the
// file it changes (organisations.json, people.json), its rules checked
// there; nothing is written on a refusal.

import TafelCore

extension Store {
  /// Adds an organisation; an id or a name already there is refused.
  package func addOrganisation(_ organisation: Organisation, by author: String) throws
    -> Recorded<Void>
  {
    try updateDirectory(by: author, what: "added organisation \(organisation.id)") { directory in
      if directory.organisation(organisation.id) != nil {
        throw ArgumentRefusal("ID", "organisation \(organisation.id) already exists")
      }
      if directory.organisations.contains(where: {
        $0.name.compare(organisation.name, options: .caseInsensitive) == .orderedSame
      }) {
        throw ArgumentRefusal(
          "--name", "an organisation is already called \"\(organisation.name)\"")
      }
      directory.organisations.append(organisation)
    }
    return Recorded(value: (), receipt: receipt([StoreLayout.directory]))
  }

  /// Another name, kind or municipality for organisation `id`, or a new
  /// contact from a day (`municipality` "" removes it). The value: what
  /// changed, in words ("name \"…\"", "kind …").
  package func editOrganisation(
    _ id: String, name: String?, kind: OrganisationKind?, municipality: String?,
    contact: ContactPerson?, by author: String
  ) throws -> Recorded<[String]> {
    let words = try updateDirectory(by: author, what: "edited organisation \(id)") {
      directory -> [String] in
      guard let index = directory.organisations.firstIndex(where: { $0.id == id }) else {
        throw ArgumentRefusal("ID", "no organisation \(id) (see tafel organisation list)")
      }
      var words: [String] = []
      var organisation = directory.organisations[index]
      if let name = name?.trimmed, name != organisation.name {
        if directory.organisations.contains(where: {
          $0.id != id && $0.name.compare(name, options: .caseInsensitive) == .orderedSame
        }) {
          throw ArgumentRefusal("--name", "an organisation is already called \"\(name)\"")
        }
        words.append("name \"\(name)\"")
        organisation.name = name
      }
      if let kind, kind != organisation.kind {
        words.append("kind \(kind.rawValue)")
        organisation.kind = kind
      }
      if let municipality {
        let place = municipality.trimmed.nonEmpty
        if place != organisation.municipality {
          words.append("municipality \(place ?? "none")")
          organisation.municipality = place
        }
      }
      if let contact {
        if organisation.contacts.contains(where: { $0.since == contact.since }) {
          throw ArgumentRefusal(
            "--contact", "\(id) already has a contact from \(contact.since); nothing was recorded")
        }
        words.append("contact \(contact.name) from \(contact.since)")
        organisation.contacts.append(contact)
        organisation.contacts.sort { $0.since < $1.since }
      }
      directory.organisations[index] = organisation
      return words
    }
    return Recorded(value: words, receipt: receipt([StoreLayout.directory]))
  }

  /// Adds a professional of `organisation` with `role`; the id is the next
  /// number, tagged on a tagged replica ("P-0082-b"), so two laptops adding
  /// a person offline never give two people one id.
  package func addProfessional(
    named name: String, organisation: String, role: String, by author: String
  ) throws -> Recorded<Professional> {
    let added = try updateDirectory(by: author, what: "added professional \(name)") {
      directory in
      let number =
        directory.professionals.compactMap { professional -> Int? in
          guard professional.id.hasPrefix("P-") else { return nil }
          return Int(ReplicaTag.untagged(professional.id.dropFirst(2)))
        }.max() ?? 0
      let professional = Professional(
        id: ReplicaTag.tagged("P-" + zeroPadded(number + 1, 4), replica), name: name,
        organisation: organisation, role: role)
      directory.professionals.append(professional)
      return professional
    }
    return Recorded(value: added, receipt: receipt([StoreLayout.directory]))
  }

  /// Adds `key` to the person `existing` (by id), or adds a new person with
  /// it: `id`, else one made from the name (an id taken is refused). The
  /// value: the person as written.
  package func addPersonOrKey(
    existing: String?, id: String?, name: String, role: PersonRole?, organisation: String?,
    key: String, what: String, by author: String
  ) throws -> Recorded<Person> {
    let added = try updatePeople(by: author, what: what) { people -> Person in
      if let index = people.people.firstIndex(where: { $0.id == existing }) {
        if !people.people[index].keys.contains(key) { people.people[index].keys.append(key) }
        return people.people[index]
      }
      guard let role, let organisation else {
        throw ArgumentRefusal("--role and --organisation", "needed for a new person")
      }
      let person = Person(
        id: id ?? people.newID(for: name), name: name, role: role, organisation: organisation,
        keys: [key])
      guard people.person(person.id) == nil else {
        throw ArgumentRefusal("--id", "\(person.id) is taken")
      }
      people.people.append(person)
      return person
    }
    return Recorded(value: added, receipt: receipt([StoreLayout.people]))
  }

  /// Revokes the person `id` (a lost laptop, someone who left): kept with
  /// the revocation, never removed.
  package func revokePerson(
    _ id: String, revocation: Revocation, what: String, by author: String
  ) throws -> Recorded<Void> {
    try updatePeople(by: author, what: what) { people in
      if let index = people.people.firstIndex(where: { $0.id == id }) {
        people.people[index].revoked = revocation
      }
    }
    return Recorded(value: (), receipt: receipt([StoreLayout.people]))
  }
}
