// `tafel people` and `tafel whoami`: who may record in a store (people.json,
// each person with a role, an organisation and ssh public keys), and which
// of them this machine records as. Only an administrator changes the list;
// the first person, an administrator, is added by whoever sets the store up.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct PeopleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "people",
    abstract: "Who may record in the store, known by their ssh keys.",
    subcommands: [PeopleAddCommand.self, PeopleRevokeCommand.self, PeopleListCommand.self])
}

/// Opens the store for a change of people.json: by an administrator where
/// the store lists people, by anyone adding the first.
private func openForPeopleChange(_ options: StoreOptions) throws -> (Store, People?) {
  let store = try options.open()
  let people = try store.people()
  if let people, !people.people.isEmpty,
    let refusal = StoreOptions.notAdministrator("changes who may record")
  {
    throw CommandFailure.data(refusal)
  }
  return (store, people)
}

struct PeopleAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a person (or another key of a person) to people.json.",
    discussion: """
      Roles: \(PersonRole.allCases.map(\.rawValue).joined(separator: ", ")). The key is an \
      OpenSSH public key file (ssh-keygen -t ed25519; -t ed25519-sk keeps it on a FIDO2 \
      token, a second factor). The first person of a store must be an administrator. A person \
      already listed gets the key added.
      """)

  @Argument(help: ArgumentHelp("The person's name, e.g. \"Linda Kamphuis\".", valueName: "name"))
  var name: String

  @Option(help: ArgumentHelp("Their role at the table.", valueName: "role"))
  var role: String?

  @Option(
    help: ArgumentHelp("Their organisation (an id from organisations.json).", valueName: "org"))
  var organisation: String?

  @Option(help: ArgumentHelp("Their ssh public key file.", valueName: "file.pub"))
  var key: String

  @Option(help: ArgumentHelp("Their id (default: made from the name).", valueName: "id"))
  var id: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if Sanitized.hasControl(name) || name.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure.usage("name: empty or a control character")
    }
    if let role, PersonRole(rawValue: role) == nil {
      throw CommandFailure.usage(
        "--role: \"\(role)\" is not a role (\(PersonRole.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    if let id, !People.isValidID(id) {
      throw CommandFailure.usage(
        "--id: \"\(id)\" must be lower-case letters, digits, '.', '-' or '_'")
    }
  }

  func run() throws {
    let line: String
    do {
      line = try MachineIdentity.publicKey(of: key)
    } catch let error as StoreError {
      throw CommandFailure.usage("--key: \(error)")
    }
    let (store, people) = try openForPeopleChange(options)
    var existing = people?.person(named: name)
    if let id, existing?.id != id {
      // An id of its own is a person of their own (someone revoked comes back this way).
      existing = people?.person(id)
    }
    if let revoked = existing?.revoked {
      throw CommandFailure.data(
        "\(existing!.name) (\(existing!.id)) was taken off the list on \(revoked.at.utcDay); "
          + "a revocation stays: add them anew with another id (--id \(existing!.id)2)")
    }
    if existing == nil {
      guard let role, let organisation else {
        throw CommandFailure.usage("--role and --organisation: needed for a new person")
      }
      if (people?.people ?? []).isEmpty, role != PersonRole.administrator.rawValue {
        throw CommandFailure.data(
          "the first person of a store is its administrator: --role administrator")
      }
      guard (try store.directory()).organisation(organisation) != nil else {
        throw CommandFailure.data("--organisation: unknown organisation \(organisation)")
      }
    }
    if let holder = people?.person(withKey: line), holder.id != existing?.id {
      throw CommandFailure.data("--key: this key is \(holder.name)'s (\(holder.id))")
    }
    let recorded = try store.addPersonOrKey(
      existing: existing?.id, id: id, name: name, role: role.flatMap(PersonRole.init(rawValue:)),
      organisation: organisation, key: line,
      what: existing == nil ? "added \(name)" : "added a key of \(name)", by: options.author)
    recorded.receipt.warn()
    let added = recorded.value
    print(
      "\(added.name) (\(added.id)), \(added.role.rawValue) at \(added.organisation): \(added.keys.count) key(s)"
    )
  }
}

struct PeopleRevokeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke",
    abstract: "Take a person off the list: their keys sign nothing from now on.",
    discussion: """
      A lost laptop, someone who left. What they signed before still verifies; the revocation \
      (when, by whom, why) stays in people.json for good, and the region's remote refuses \
      their pushes from now on.
      """)

  @Argument(help: ArgumentHelp("The person's name or id.", valueName: "name"))
  var name: String

  @Option(help: ArgumentHelp("Why, in a few words.", valueName: "text"))
  var reason: String

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if reason.trimmingCharacters(in: .whitespaces).isEmpty || Sanitized.hasControl(reason) {
      throw CommandFailure.usage("--reason: empty or a control character")
    }
  }

  func run() throws {
    let (store, people) = try openForPeopleChange(options)
    guard let person = people?.person(named: name) else {
      throw CommandFailure.data("\(name): not in people.json (see `tafel people list`)")
    }
    if person.revoked != nil { throw CommandFailure.data("\(person.name) was revoked before") }
    let now = StoreOptions.now()
    let author = options.author
    try store.revokePerson(
      person.id, revocation: Revocation(at: now, by: author, reason: reason),
      what: "revoked \(person.name): \(reason)", by: author
    ).receipt.warn()
    print("revoked \(person.name) (\(person.id)) at \(now): \(reason)")
  }
}

struct PeopleListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List who may record, with role, organisation and keys.")

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try Store.open(options.path)
    guard let people = try store.people(), !people.people.isEmpty else {
      print("no people: this store records as --as names (add the first with `tafel people add`)")
      return
    }
    let directory = try? store.directory()
    for person in people.people {
      let organisation = directory?.organisation(person.organisation)?.name ?? person.organisation
      var line =
        "\(person.id)  \(Sanitized.line(person.name)) — \(person.role.rawValue), "
        + "\(Sanitized.line(organisation)); \(person.keys.count) key(s)"
      if let revoked = person.revoked {
        line +=
          "; revoked \(revoked.at.utcDay) by \(Sanitized.line(revoked.by)): "
          + Sanitized.line(revoked.reason)
      }
      print(line)
    }
  }
}

struct WhoamiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whoami",
    abstract: "Set or show who this machine records as.",
    discussion: """
      --key names this machine's ssh key (the private key, or its .pub when the private half \
      is in ssh-agent or on a FIDO2 token); it is kept in $XDG_CONFIG_HOME/tafel/whoami.json. \
      In a store with people, every command and the board record as the person holding it, \
      and sign with it.
      """)

  @Option(help: ArgumentHelp("This machine's ssh key file.", valueName: "file"))
  var key: String?

  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "The store whose list names the person (default as for every command).",
      valueName: "path"))
  var store: String?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let path = StoreOptions.locate(explicit: store, environment: environment).path
    let opened = try? Store.open(path)
    let people = (try? opened?.people()) ?? nil
    if let key {
      let absolute = key.hasPrefix("/") ? key : FileManager.default.currentDirectoryPath + "/" + key
      let candidate = MachineIdentity(key: absolute)
      do {
        _ = try MachineIdentity.publicKey(of: absolute)
        // A key the store's list refuses is not kept: it would stop every command here.
        if let people, !people.people.isEmpty {
          _ = try candidate.person(in: people, at: StoreOptions.now())
        }
      } catch let error as StoreError {
        throw CommandFailure.usage("--key: \(error); nothing was changed")
      }
      try candidate.save(environment: environment)
    }
    guard let identity = try MachineIdentity.load(environment: environment) else {
      throw CommandFailure.usage(
        "this machine records as nobody: set who you are with "
          + "`tafel whoami --key ~/.ssh/id_ed25519.pub`")
    }
    guard let opened, let people, !people.people.isEmpty else {
      print(
        opened == nil
          ? "key \(identity.key) (no store at \(path) yet: `tafel clone` makes one)"
          : "key \(identity.key) (\(path) lists no people: there --as names who records)")
      return
    }
    do {
      let person = try identity.person(in: people, at: StoreOptions.now())
      let organisation = (try? opened.directory())?.organisation(person.organisation)?.name
      print(
        "\(Sanitized.line(person.name)) (\(person.id)), \(person.role.rawValue)"
          + ", \(Sanitized.line(organisation ?? person.organisation)); key \(identity.key)")
    } catch let error as StoreError {
      throw CommandFailure.data("\(error)")
    }
  }
}
