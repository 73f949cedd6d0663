// The directory of organisations and professionals with lookups by id, built
// once per directory change so that panes never search arrays per row.

import TafelCore
import TafelScreen

struct DirectoryIndex {
  let directory: Directory
  let organisations: [String: Organisation]
  let professionals: [String: Professional]

  init(_ directory: Directory) {
    self.directory = directory
    organisations = Dictionary(
      directory.organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    professionals = Dictionary(
      directory.professionals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// "LT" for an organisation id, or the id itself when unknown.
  func abbreviation(_ organisationID: String) -> String {
    organisations[organisationID]?.kind.abbreviation ?? organisationID
  }

  func organisationName(_ organisationID: String) -> String {
    organisations[organisationID]?.name ?? organisationID
  }

  /// A professional's name, or what was written when it is not a known id.
  func name(_ professionalOrName: String) -> String {
    professionals[professionalOrName]?.name ?? professionalOrName
  }

  /// "Name (LT)" for a professional id, or the text as written.
  func nameWithOrganisation(_ professionalOrName: String) -> String {
    guard let professional = professionals[professionalOrName] else { return professionalOrName }
    return "\(professional.name) (\(abbreviation(professional.organisation)))"
  }
}
