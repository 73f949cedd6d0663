// A meeting file without an erased family: its agenda items for that family
// (with the names of who attended) and the conflicts a sync kept about them
// are taken out of every version of the meeting, so nothing of the family
// stays in the store's history. Pure and deterministic: every replica and
// the region's server compute the same bytes from the same version, which
// is how they check an erasure someone else carried out.

package enum ErasedMeeting {
  /// The meeting without `family`, or nil when it holds nothing of it.
  package static func without(_ family: String, in meeting: JSONValue) -> JSONValue? {
    guard case .object(var fields) = meeting else { return nil }
    var changed = false
    if case .array(let items)? = fields["items"] {
      let kept = items.filter { item in
        guard case .object(let itemFields) = item, case .string(let id)? = itemFields["family"]
        else { return true }
        return id != family
      }
      if kept.count != items.count {
        fields["items"] = .array(kept)
        changed = true
      }
    }
    if case .array(let conflicts)? = fields["conflicts"] {
      let kept = conflicts.filter { !mentions($0, family) }
      if kept.count != conflicts.count {
        fields["conflicts"] = .array(kept)
        changed = true
      }
    }
    return changed ? .object(fields) : nil
  }

  /// The meeting without any of `families`, or nil when it holds nothing of them.
  package static func without(_ families: [String], in meeting: JSONValue) -> JSONValue? {
    var value = meeting
    var changed = false
    for family in families {
      if let without = without(family, in: value) {
        value = without
        changed = true
      }
    }
    return changed ? value : nil
  }

  /// Whether any string in `value` holds the family's id.
  static func mentions(_ value: JSONValue, _ family: String) -> Bool {
    switch value {
    case .string(let text): text.contains(family)
    case .array(let values): values.contains { mentions($0, family) }
    case .object(let fields):
      fields.contains { $0.key.contains(family) || mentions($0.value, family) }
    default: false
    }
  }
}
