// Who changed what, and when: every write to the store appends one of these
// to the file it changes, so a judge can later see how a record came about.

public struct ChangeRecord: Codable, Hashable, Sendable {
  public var by: String
  public var at: Timestamp
  public var what: String

  public init(by: String, at: Timestamp, what: String) {
    self.by = by
    self.at = at
    self.what = what
  }
}
