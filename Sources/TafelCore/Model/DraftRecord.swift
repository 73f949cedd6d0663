// A draft: what the decision form keeps on disk while the chair types, per
// family and per person in drafts/, with when it was written, so that after a
// crash the form can say "a draft from 14:03 exists". A store file like any
// other: written by the store, read back by its one strict reader.

import Foundation

public struct DraftRecord: Codable, Hashable, Sendable {
  public var family: String
  public var savedAt: Timestamp
  public var draft: DecisionDraft

  public init(family: String, savedAt: Timestamp, draft: DecisionDraft) {
    self.family = family
    self.savedAt = savedAt
    self.draft = draft
  }

  /// Pretty JSON with sorted keys, like every file of the store.
  public func encoded() -> Data {
    (try? TafelJSON.encode(self)) ?? Data()
  }
}
