// Drafts: what the chair typed into a form but has not saved, kept per family
// in drafts/ so that a crash or a closed terminal loses nothing.

import Foundation

extension Store {
  public func saveDraft(_ data: Data, family: String) throws {
    try StoreLayout.validateID(family, kind: "family")
    try AtomicFile.makeDirectory(absolute(StoreLayout.drafts))
    try AtomicFile.write(data, to: absolute(draftPath(family)))
  }

  /// The saved draft of a family, or nil when there is none.
  public func draft(family: String) -> Data? {
    guard StoreLayout.isValidID(family) else { return nil }
    return try? FileReading.read(absolute(draftPath(family))).data
  }

  public func removeDraft(family: String) throws {
    try StoreLayout.validateID(family, kind: "family")
    try AtomicFile.remove(absolute(draftPath(family)))
  }

  func draftPath(_ family: String) -> String { StoreLayout.drafts + "/" + family + ".json" }
}
