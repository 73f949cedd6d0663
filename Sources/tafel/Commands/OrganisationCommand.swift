// `tafel organisation`: the organisations of the chain in organisations.json,
// so that a store made with `tafel init` can be filled from the command line
// (involvements, assessments and chain steps name organisations).

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct OrganisationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "organisation",
    abstract: "Add, edit and list the organisations of the chain.",
    subcommands: [
      OrganisationAddCommand.self, OrganisationEditCommand.self, OrganisationListCommand.self,
    ])
}

/// An organisation's name, kind or municipality corrected, or a new fixed
/// contact from a day on (the earlier one stays, for what was before). The
/// id stays: families name it.
struct OrganisationEditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Change an organisation's name, kind or municipality, or add its new contact.")

  @Argument(help: ArgumentHelp("The organisation id, e.g. lt-ede.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("What kind of organisation.", valueName: "kind"))
  var kind: String?

  @Option(help: ArgumentHelp("Its name.", valueName: "text"))
  var name: String?

  @Option(help: ArgumentHelp("The municipality it serves.", valueName: "name"))
  var municipality: String?

  @Option(
    help: ArgumentHelp(
      "Its fixed contact person from a day on, as \"name|YYYY-MM-DD\".", valueName: "name|date"))
  var contact: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    guard kind != nil || name != nil || municipality != nil || contact != nil else {
      throw CommandFailure.usage("--name, --kind, --municipality or --contact: say what changes")
    }
    if let kind { _ = try PreparationArguments.choice(kind, "--kind", as: OrganisationKind.self) }
    if let name { _ = try PreparationArguments.text(name, "--name") }
    _ = try parsedContact()
  }

  func parsedContact() throws -> ContactPerson? {
    try OrganisationAddCommand.contact(contact)
  }

  func run() throws {
    let store = try options.open()
    let newKind = try kind.map {
      try PreparationArguments.choice($0, "--kind", as: OrganisationKind.self)
    }
    let newContact = try parsedContact()
    let edited = try store.editOrganisation(
      id, name: name, kind: newKind, municipality: municipality, contact: newContact,
      by: options.author)
    edited.receipt.warn()
    let words = edited.value
    print("\(id): " + (words.isEmpty ? "unchanged" : words.joined(separator: ", ")))
  }
}

struct OrganisationAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add an organisation to organisations.json.",
    discussion: "Kinds: \(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")).")

  @Argument(
    help: ArgumentHelp(
      "A short id: lower-case letters, digits and '-', e.g. lt-ede.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("What kind of organisation.", valueName: "kind"))
  var kind: String

  @Option(help: ArgumentHelp("Its name, e.g. \"Lokaal team Ede\".", valueName: "text"))
  var name: String

  @Option(help: ArgumentHelp("The municipality it serves.", valueName: "name"))
  var municipality: String?

  @Option(
    help: ArgumentHelp(
      "Its fixed contact person as \"name|YYYY-MM-DD\" (since).", valueName: "name|date"))
  var contact: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    let slug = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard !id.isEmpty, slug, id.first != "-" else {
      throw CommandFailure.usage("ID: \"\(id)\" must be lower-case letters, digits and '-'")
    }
    _ = try PreparationArguments.choice(kind, "--kind", as: OrganisationKind.self)
    _ = try PreparationArguments.text(name, "--name")
    _ = try parsedContact()
  }

  func parsedContact() throws -> ContactPerson? { try Self.contact(contact) }

  /// `--contact "name|YYYY-MM-DD"`, for adding and editing alike.
  static func contact(_ contact: String?) throws -> ContactPerson? {
    guard let contact else { return nil }
    let parts = contact.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmed
    }
    guard parts.count == 2, !parts[0].isEmpty else {
      throw CommandFailure.usage("--contact: \"\(contact)\" is not \"name|YYYY-MM-DD\"")
    }
    return ContactPerson(name: parts[0], since: try PreparationArguments.day(parts[1], "--contact"))
  }

  func run() throws {
    let kind = try PreparationArguments.choice(kind, "--kind", as: OrganisationKind.self)
    let organisation = Organisation(
      id: id, kind: kind, name: name.trimmed, municipality: municipality?.trimmed.nonEmpty,
      contacts: try parsedContact().map { [$0] } ?? [])
    let store = try options.open()
    try store.addOrganisation(organisation, by: options.author).receipt.warn()
    print("\(id): \(organisation.name) (\(kind.abbreviation))")
  }
}

struct OrganisationListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the organisations and their professionals.")

  @OptionGroup var options: StoreOptions

  func run() throws {
    let directory = try options.open().directory()
    if directory.organisations.isEmpty {
      print("no organisations (add one with `tafel organisation add`)")
      return
    }
    for organisation in directory.organisations.sorted(by: { $0.id < $1.id }) {
      // One row per organisation and professional: a newline in a name is shown, not obeyed.
      let one = Sanitized.line
      var line =
        "\(one(organisation.id))  \(one(organisation.name))  \(organisation.kind.abbreviation)"
      if let municipality = organisation.municipality { line += "  \(one(municipality))" }
      print(line)
      for professional in directory.professionals where professional.organisation == organisation.id
      {
        print("  \(one(professional.id))  \(one(professional.name))  \(one(professional.role))")
      }
    }
  }
}
