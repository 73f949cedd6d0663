// One line of the access log: who looked at or changed a family's data,
// when, on whose behalf, what (view, change, export, print…), which part,
// on which machine — and the hash of the line before it, so that a changed,
// removed or reordered line shows (NEN 7513's questions, in the store).

package enum AccessAction: String, Codable, Sendable, CaseIterable {
  case view
  case change
  case export
  case print
  case archive
  case remove
}

package struct AccessEntry: Codable, Hashable, Sendable {
  /// 1, 2, 3 … within its log file.
  package var sequence: Int
  package var at: Timestamp
  /// The person (`--as`, else the user; in a store with people, their name).
  package var who: String
  /// In a store with people: the person's id in people.json ("mjansen").
  package var person: String?
  /// On whose behalf, when given (`--on-behalf-of`).
  package var onBehalfOf: String?
  package var action: AccessAction
  package var family: String
  /// What was seen or changed: "board", "history", "minutes JBT-2026-12-01", "plan", …
  package var part: String
  package var machine: String
  /// SHA-256 (hex) of the line before this one in the same file; "" for the first.
  package var previous: String

  package init(
    sequence: Int = 0, at: Timestamp, who: String, onBehalfOf: String? = nil,
    action: AccessAction, family: String, part: String, machine: String, previous: String = "",
    person: String? = nil
  ) {
    self.person = person
    self.sequence = sequence
    self.at = at
    self.who = who
    self.onBehalfOf = onBehalfOf
    self.action = action
    self.family = family
    self.part = part
    self.machine = machine
    self.previous = previous
  }
}
