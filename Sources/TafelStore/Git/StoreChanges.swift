// A family's changes as git holds them: every commit that touched its file,
// with who (the author: the person who made the change), when, and the
// change in words — also those made on other replicas and merged in.

import Foundation
import TafelCore

package struct StoreChange: Codable, Hashable, Sendable {
  package var commit: String
  package var by: String
  package var at: Timestamp
  package var what: String
  /// Whether the commit is a merge of two replicas' work.
  package var merge: Bool

  package init(commit: String, by: String, at: Timestamp, what: String, merge: Bool) {
    self.commit = commit
    self.by = by
    self.at = at
    self.what = what
    self.merge = merge
  }
}

extension Store {
  /// The commits that touched the family's file, newest first; nil when the
  /// store is not under git.
  package func changes(ofFamily id: String) throws -> [StoreChange]? {
    try StoreLayout.validateID(id, kind: "family")
    guard let repository else { return nil }
    _ = try family(id)
    let result = try repository.must([
      "log", "--format=%H%x1f%an%x1f%at%x1f%P%x1f%s%x1e", "--", relativePath(family: id),
    ])
    let changes: [StoreChange] = result.text.split(separator: "\u{1e}").compactMap { record in
      let fields = record.trimmingCharacters(in: .newlines).split(
        separator: "\u{1f}", omittingEmptySubsequences: false)
      guard fields.count == 5, let seconds = Int(fields[2]) else { return nil }
      var what = String(fields[4])
      if what.hasPrefix(id + ": ") { what.removeFirst(id.count + 2) }
      return StoreChange(
        commit: String(fields[0]), by: Sanitized.line(String(fields[1])),
        at: Timestamp(seconds: seconds), what: Sanitized.line(what),
        merge: fields[3].split(separator: " ").count > 1)
    }
    // Newest first by when the change was made (git's order follows the graph).
    return changes.enumerated().sorted { ($0.element.at, -$0.offset) > ($1.element.at, -$1.offset) }
      .map(\.element)
  }
}

extension StoreRepository {
  /// "commit 1a2b3c4d5e (by Mila Jansen, 2026-12-01)": how a refusal names a commit.
  func commitLabel(_ commit: String) throws(StoreError) -> String {
    let about = try git(["show", "-s", "--format=%an%x1f%as", commit])
    let parts = about.text.split(separator: "\u{1f}", omittingEmptySubsequences: false)
    let by = parts.count == 2 ? " (by \(Sanitized.line(String(parts[0]))), \(parts[1]))" : ""
    return "commit \(commit.prefix(10))" + by
  }
}
