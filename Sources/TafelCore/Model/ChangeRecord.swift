// Who changed what, and when: every write to the store appends one of these
// to the file it changes, so a judge can later see how a record came about.

package struct ChangeRecord: Codable, Hashable, Sendable {
  package var by: String
  package var at: Timestamp
  package var what: String

  package init(by: String, at: Timestamp, what: String) {
    self.by = by
    self.at = at
    self.what = what
  }
}
