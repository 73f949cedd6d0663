// Drafts: what someone typed into a form but has not saved, kept per family
// and per person in drafts/ so that a crash or a closed terminal loses
// nothing — and so that the secretary's board never offers the chair's
// unsaved words as her own. `drafts/<family>.json` (one per family, before
// drafts were per person) is still read and removed.

import Foundation
import TafelCore

extension Store {
  package func saveDraft(_ data: Data, family: String, user: String? = nil) throws {
    try StoreLayout.validateID(family, kind: "family")
    try AtomicFile.makeDirectory(absolute(StoreLayout.drafts))
    try writeFile(data, draftPath(family, user: user))
  }

  /// Keeps `record` as the draft of its family by `user`.
  package func saveDraft(_ record: DraftRecord, user: String? = nil) throws {
    try saveDraft(record.encoded(), family: record.family, user: user)
  }

  /// The saved draft of a family by `user` (else the one from before drafts
  /// were per person), or nil when there is none or it does not read. Read
  /// by the store's strict reader like every file; a bare decision draft (a
  /// draft written by hand) is taken too.
  package func draft(family: String, user: String? = nil) -> DraftRecord? {
    guard StoreLayout.isValidID(family) else { return nil }
    let own = draftPath(family, user: user)
    if let data = localDraft(own) { return decodeDraft(data, family: family, relative: own) }
    guard user != nil else { return nil }
    let shared = draftPath(family, user: nil)
    return localDraft(shared).flatMap { decodeDraft($0, family: family, relative: shared) }
  }

  private func decodeDraft(_ data: Data, family: String, relative: String) -> DraftRecord? {
    let path = absolute(relative)
    if let record = try? FileDecoding.decode(DraftRecord.self, from: data, path: path),
      record.family == family
    {
      return record
    }
    guard let draft = try? FileDecoding.decode(DecisionDraft.self, from: data, path: path) else {
      return nil
    }
    return DraftRecord(family: family, savedAt: Timestamp(seconds: 0), draft: draft)
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

  package func removeDraft(family: String, user: String? = nil) throws {
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
