// A draft: what the decision form keeps on disk while the chair types, per
// family and per person in drafts/, with when it was written, so that after a
// crash the form can say "a draft from 14:03 exists". A store file like any
// other: written by the store, read back by its one strict reader.

import Foundation

package struct DraftRecord: Codable, Hashable, Sendable {
  package var family: String
  package var savedAt: Timestamp
  package var draft: DecisionDraft

  package init(family: String, savedAt: Timestamp, draft: DecisionDraft) {
    self.family = family
    self.savedAt = savedAt
    self.draft = draft
  }

  /// Pretty JSON with sorted keys, like every file of the store.
  package func encoded() -> Data {
    (try? TafelJSON.encode(self)) ?? Data()
  }
}
