// Keeps fields this version of Tafel does not know when it rewrites a file.
//
// The unknown fields of a file are exactly those that do not survive a
// decode-then-encode round trip through the model. When the model is changed
// and written back, those fields are laid back onto the new tree at the same
// place. Array elements are matched by their "id" (or "family" for agenda
// items), else by position. A field the model knows and the user removed
// stays removed, because it did survive the round trip.

package enum UnknownFields {
  /// `updated` with every field of `original` that is missing from `roundTrip` put back.
  package static func restore(updated: JSONValue, original: JSONValue, roundTrip: JSONValue)
    -> JSONValue
  {
    switch (updated, original, roundTrip) {
    case (.object(var result), .object(let old), .object(let known)):
      for (key, oldValue) in old {
        if let knownValue = known[key] {
          if let newValue = result[key] {
            result[key] = restore(updated: newValue, original: oldValue, roundTrip: knownValue)
          }
        } else if result[key] == nil {
          result[key] = oldValue
        }
      }
      return .object(result)
    case (.array(let new), .array(let old), .array(let known)):
      return .array(
        new.enumerated().map { index, element in
          guard let match = partner(of: element, at: index, in: old, known: known) else {
            return element
          }
          return restore(updated: element, original: match.original, roundTrip: match.known)
        })
    default:
      return updated
    }
  }

  /// True when a round trip dropped something, i.e. the file holds unknown fields.
  package static func hasUnknown(original: JSONValue, roundTrip: JSONValue) -> Bool {
    switch (original, roundTrip) {
    case (.object(let old), .object(let known)):
      for (key, value) in old {
        // A field the model does not write back — `null` included — is
        // kept as it was written.
        guard let knownValue = known[key] else { return true }
        if hasUnknown(original: value, roundTrip: knownValue) { return true }
      }
      return false
    case (.array(let old), .array(let known)):
      return zip(old, known).contains { hasUnknown(original: $0, roundTrip: $1) }
    default:
      return false
    }
  }

  private static func partner(
    of element: JSONValue, at index: Int, in old: [JSONValue], known: [JSONValue]
  )
    -> (original: JSONValue, known: JSONValue)?
  {
    guard old.count == known.count else { return nil }
    for key in ["id", "family"] {
      if let identity = element[key] {
        guard let position = old.firstIndex(where: { $0[key] == identity }) else { return nil }
        return (old[position], known[position])
      }
    }
    return index < old.count ? (old[index], known[index]) : nil
  }
}
