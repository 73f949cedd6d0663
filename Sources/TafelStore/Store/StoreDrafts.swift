// Drafts: what someone typed into a form but has not saved, kept per family
// and per person in drafts/ so that a crash or a closed terminal loses
// nothing — and so that the secretary's board never offers the chair's
// unsaved words as her own. `drafts/<family>.json` (one per family, before
// drafts were per person) is still read and removed.

import Foundation

extension Store {
  public func saveDraft(_ data: Data, family: String, user: String? = nil) throws {
    try StoreLayout.validateID(family, kind: "family")
    try AtomicFile.makeDirectory(absolute(StoreLayout.drafts))
    try writeFile(data, draftPath(family, user: user))
  }

  /// The saved draft of a family by `user` (else the one from before drafts
  /// were per person), or nil when there is none.
  public func draft(family: String, user: String? = nil) -> Data? {
    guard StoreLayout.isValidID(family) else { return nil }
    if let own = localDraft(draftPath(family, user: user)) { return own }
    guard user != nil else { return nil }
    return localDraft(draftPath(family, user: nil))
  }

  /// A draft typed on this machine: never one git put there (a commit that
  /// carried drafts/ and a `git pull` by hand), which would offer another's
  /// words — or an attacker's — as the chair's own.
  private func localDraft(_ relative: String) -> Data? {
    guard (try? refuseLinks(relative)) != nil,
      let data = try? FileReading.read(absolute(relative)).data
    else { return nil }
    if let repository, let tracked = try? repository.git(["ls-files", "--", relative]),
      !tracked.succeeded || !tracked.text.isEmpty
    {
      return nil
    }
    return data
  }

  public func removeDraft(family: String, user: String? = nil) throws {
    try StoreLayout.validateID(family, kind: "family")
    try AtomicFile.remove(absolute(draftPath(family, user: user)))
    if user != nil { try AtomicFile.remove(absolute(draftPath(family, user: nil))) }
  }

  /// `drafts/<family>.json`, or `drafts/<family>.<person>.json` for one person
  /// (the name as letters, digits and hyphens, with a short hash to keep two
  /// names that look alike apart).
  func draftPath(_ family: String, user: String?) -> String {
    guard let user, !user.isEmpty else { return StoreLayout.drafts + "/" + family + ".json" }
    var slug = ""
    for scalar in user.unicodeScalars.prefix(40) {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    var hash: UInt32 = 2_166_136_261
    for byte in user.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    let tag = String(hash, radix: 36)
    return StoreLayout.drafts + "/" + family + "." + slug + "-" + tag + ".json"
  }
}
