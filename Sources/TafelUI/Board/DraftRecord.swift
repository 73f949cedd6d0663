// What the decision form keeps on disk while the chair types (through
// `Request.saveDraft`): the draft and when it was written, so that after a
// crash the form can say "a draft from 14:03 exists". The store keeps the
// bytes and knows nothing of their shape.

import Foundation
import TafelCore
import TafelScreen

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

  /// Reads a record; a bare `DecisionDraft` (a draft written by hand) is accepted too.
  public static func decode(_ data: Data, family: String) -> DraftRecord? {
    let decoder = TafelJSON.decoder()
    if let record = try? decoder.decode(DraftRecord.self, from: data) { return record }
    if let draft = try? decoder.decode(DecisionDraft.self, from: data) {
      return DraftRecord(family: family, savedAt: Timestamp(seconds: 0), draft: draft)
    }
    return nil
  }
}
