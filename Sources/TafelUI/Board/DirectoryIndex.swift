// The board's words for the directory: abbreviations and "name (LT)" for the
// panes, over TafelCore's DirectoryLookup (the one lookup by id), built once
// per directory change so that panes never search arrays per row.

import TafelCore

struct DirectoryIndex {
  let lookup: DirectoryLookup

  init(_ directory: Directory) { lookup = DirectoryLookup(directory) }

  var directory: Directory { lookup.directory }

  /// "LT" for an organisation id, or the id itself when unknown.
  func abbreviation(_ organisationID: String) -> String {
    lookup.organisation(organisationID)?.kind.abbreviation ?? organisationID
  }

  func organisationName(_ organisationID: String) -> String {
    lookup.organisation(organisationID)?.name ?? organisationID
  }

  /// A professional's name, or what was written when it is not a known id.
  func name(_ professionalOrName: String) -> String {
    lookup.name(ofProfessional: professionalOrName)
  }

  /// "Name (LT)" for a professional id, or the text as written.
  func nameWithOrganisation(_ professionalOrName: String) -> String {
    guard let professional = lookup.professional(professionalOrName) else {
      return professionalOrName
    }
    return "\(professional.name) (\(abbreviation(professional.organisation)))"
  }
}
